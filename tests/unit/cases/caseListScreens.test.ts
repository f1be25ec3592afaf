import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sampleCaseSummary } from '../helpers/sampleCaseSummary';
import {
  filterCaseRows,
  NO_FILTERS,
  statusValidityOf,
  toCaseRows,
  countActiveFilters,
} from '../../../src/renderer/src/cases/list/caseRows';
import { cleanVisibleColumns } from '../../../src/renderer/src/cases/list/useColumnChoice';
import { formatIsoDate } from '../../../src/renderer/src/ui/dates';
import { dueStateOf } from '../../../src/renderer/src/deadlines/deadlineText';
import { foldText, maskNames } from '../../../src/renderer/src/ui/privacyMode/maskNames';
import { parseSnippet } from '../../../src/renderer/src/cases/search/snippet';

const TODAY = '2026-11-21';

describe('maskNames (privacy mode for free text)', () => {
  test('replaces the names in any case and with or without diacritics, genitive included', () => {
    const text = 'Frau MÜLLER und Ayse; Müllers Schwester kam, Frau Muller auch. Alina bleibt.';
    expect(maskNames(text, ['Müller', 'Ayşe'], '[Name]')).toBe(
      'Frau [Name] und [Name]; [Name] Schwester kam, Frau [Name] auch. Alina bleibt.',
    );
  });

  test('double names are masked word by word; other words stay', () => {
    expect(maskNames('Ahmad Shah war da, Shahin nicht.', ['Haidari', 'Ahmad Shah'])).toBe('••• ••• war da, Shahin nicht.');
    expect(maskNames('nichts zu tun', [])).toBe('nichts zu tun');
  });

  test('property: no word of the names survives in the output', () => {
    const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüßçşéñ]{2,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.array(word, { maxLength: 12 }), (names, words) => {
        const text = [...words, ...names, ...words].join(' ');
        const masked = maskNames(text, names, '#');
        const remaining = masked.split(' ').map(foldText);
        for (const name of names) expect(remaining).not.toContain(foldText(name));
      }),
    );
  });
});

describe('parseSnippet', () => {
  test('splits on the U+0002/U+0003 markers into plain and matched parts', () => {
    expect(parseSnippet('Frau \u0002Müller\u0003 kam mit \u0002Ayşe\u0003…')).toEqual([
      { text: 'Frau ', isMatch: false },
      { text: 'Müller', isMatch: true },
      { text: ' kam mit ', isMatch: false },
      { text: 'Ayşe', isMatch: true },
      { text: '…', isMatch: false },
    ]);
  });

  test('markup stays text and stray markers never reach the screen', () => {
    expect(parseSnippet('<b>x</b> \u0003a\u0002b')).toEqual([
      { text: '<b>x</b> ', isMatch: false },
      { text: 'a', isMatch: false },
      { text: 'b', isMatch: true },
    ]);
  });

  test('property: the parts hold exactly the text without markers', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('\u0002', '\u0003'))), (pieces) => {
        const snippet = pieces.join('');
        expect(
          parseSnippet(snippet)
            .map((part) => part.text)
            .join(''),
        ).toBe(snippet.replaceAll('\u0002', '').replaceAll('\u0003', ''));
      }),
    );
  });
});

describe('case list rows and filters', () => {
  test('status validity: expired, expiring within the lead time, valid, no expiry, none', () => {
    expect(statusValidityOf({ currentStatus: 'duldung60a', currentStatusUntil: '2026-11-20' }, TODAY)).toBe('expired');
    expect(statusValidityOf({ currentStatus: 'duldung60a', currentStatusUntil: '2026-11-21' }, TODAY)).toBe('expiring');
    expect(statusValidityOf({ currentStatus: 'duldung60a', currentStatusUntil: '2026-12-19' }, TODAY)).toBe('expiring');
    expect(statusValidityOf({ currentStatus: 'duldung60a', currentStatusUntil: '2026-12-20' }, TODAY)).toBe('valid');
    expect(statusValidityOf({ currentStatus: 'settlementPermit', currentStatusUntil: null }, TODAY)).toBe('noExpiry');
    expect(statusValidityOf({ currentStatus: null, currentStatusUntil: null }, TODAY)).toBe('none');
  });

  test('property: a row is its summary with the derived fields, field for field (no field lost in the copy)', () => {
    const isoDay = fc.integer({ min: 0, max: 3000 }).map((day) => new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10));
    const summaries = fc.array(
      fc.record({
        code: fc.string(),
        currentStatus: fc.constantFrom(null, 'duldung60a' as const, 'settlementPermit' as const),
        currentStatusUntil: fc.option(isoDay),
        nextDeadlineOn: fc.option(isoDay),
        nextDeadlineBucket: fc.constantFrom(null, 'overdue' as const, 'thisWeek' as const, 'later' as const),
        closedOn: fc.option(isoDay),
        documentFamilyName: fc.option(fc.string(), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(summaries, isoDay, (overrides, today) => {
        const given = overrides.map((override) => sampleCaseSummary(override));
        expect(toCaseRows(given, today)).toStrictEqual(
          given.map((one) => ({
            ...one,
            documentGivenNames: one.documentGivenNames,
            statusValidity: statusValidityOf(one, today),
            deadlineState: one.nextDeadlineBucket ?? 'none',
            isClosed: one.closedOn !== null,
          })),
        );
      }),
    );
  });

  const rows = toCaseRows(
    [
      sampleCaseSummary({
        id: 'a',
        code: 'FB-2026-0001',
        currentStatus: 'duldung60a',
        currentStatusUntil: '2026-12-01',
        nextDeadlineOn: '2026-11-19',
        nextDeadlineBucket: 'overdue',
      }),
      sampleCaseSummary({
        id: 'b',
        code: 'FB-2026-0002',
        familyName: 'Haidari',
        givenNames: 'Ahmad',
        phase: 'planning',
        counsellorId: 'c2',
        counsellorName: 'Jonas Kraft',
      }),
      sampleCaseSummary({ id: 'c', code: 'FB-2026-0003', familyName: 'Osman', givenNames: 'Nuriye', closedOn: '2026-11-01' }),
    ],
    TODAY,
  );
  const ids = (filtered: { id: string }[]) => filtered.map((row) => row.id);

  test('open cases by default; each filter narrows; the deadline state comes from the core', () => {
    expect(ids(filterCaseRows(rows, NO_FILTERS, ''))).toEqual(['a', 'b']);
    expect(ids(filterCaseRows(rows, { ...NO_FILTERS, openState: 'closed' }, ''))).toEqual(['c']);
    expect(ids(filterCaseRows(rows, { ...NO_FILTERS, openState: 'all' }, ''))).toEqual(['a', 'b', 'c']);
    expect(ids(filterCaseRows(rows, { ...NO_FILTERS, status: 'duldung60a' }, ''))).toEqual(['a']);
    expect(ids(filterCaseRows(rows, { ...NO_FILTERS, status: 'none' }, ''))).toEqual(['b']);
    expect(ids(filterCaseRows(rows, { ...NO_FILTERS, phase: 'planning' }, ''))).toEqual(['b']);
    expect(ids(filterCaseRows(rows, { ...NO_FILTERS, counsellorId: 'c2' }, ''))).toEqual(['b']);
    expect(ids(filterCaseRows(rows, { ...NO_FILTERS, deadlineState: 'overdue' }, ''))).toEqual(['a']);
    expect(ids(filterCaseRows(rows, { ...NO_FILTERS, deadlineState: 'none' }, ''))).toEqual(['b']);
    expect(countActiveFilters({ ...NO_FILTERS, phase: 'planning', counsellorId: 'c2' })).toBe(2);
  });

  test('quick filter: folded, every word must match code, name or counsellor', () => {
    expect(ids(filterCaseRows(rows, NO_FILTERS, 'MULLER'))).toEqual(['a']);
    expect(ids(filterCaseRows(rows, NO_FILTERS, 'ayse 0001'))).toEqual(['a']);
    expect(ids(filterCaseRows(rows, NO_FILTERS, 'kraft'))).toEqual(['b']);
    expect(ids(filterCaseRows(rows, NO_FILTERS, 'ayse haidari'))).toEqual([]);
    expect(ids(filterCaseRows(rows, NO_FILTERS, '  '))).toEqual(['a', 'b']);
  });

  test('a stored column choice keeps known ids in list order and always the case code', () => {
    expect(cleanVisibleColumns(['phase', 'unknown', 'name'])).toEqual(['code', 'name', 'phase']);
    expect(cleanVisibleColumns([])).toEqual(['code']);
  });
});

describe('dates and due states in words', () => {
  test('German and English date formats', () => {
    expect(formatIsoDate('2026-03-07', 'de')).toBe('07.03.2026');
    expect(formatIsoDate('2026-03-07', 'en')).toBe('07/03/2026');
  });

  test('overdue, today, tomorrow, in n days', () => {
    expect(dueStateOf('2026-11-18', TODAY)).toMatchObject({ key: 'deadlines.state.overdueMany', days: 3, tone: 'alert' });
    expect(dueStateOf('2026-11-20', TODAY)).toMatchObject({ key: 'deadlines.state.overdueOne', tone: 'alert' });
    expect(dueStateOf(TODAY, TODAY)).toMatchObject({ key: 'deadlines.state.today', tone: 'warning' });
    expect(dueStateOf('2026-11-22', TODAY)).toMatchObject({ key: 'deadlines.state.tomorrow' });
    expect(dueStateOf('2026-12-21', TODAY)).toMatchObject({ key: 'deadlines.state.inDays', days: 30, tone: 'info' });
  });
});
