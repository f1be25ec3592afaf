import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fileBaseName, plannedFiles, plannedFilesByLayout, renderFiles } from '../../../src/main/stats/statsFiles';
import { choiceSchema } from '../../../src/renderer/src/stats/choiceSchema';
import { formatIsoDateParam, lastEndedQuarter, periodFromCode } from '../../../src/renderer/src/stats/format';
import { profileFormSchema } from '../../../src/renderer/src/stats/profileFormSchema';
import type { ExportDocument } from '../../../src/shared/stats/schemas';

/**
 * The statistics screens' own logic: the confirm step's file list must name exactly the files the
 * core writes, and the forms must turn text into the contract's input with the contract's messages.
 */

function documentWith(tableIds: string[], code = '2026-Q3'): ExportDocument {
  const table = (id: string) => ({
    id,
    item: 1,
    title: id,
    titleEn: id,
    unit: 'persons' as const,
    rowDimension: 'measure',
    columnDimension: null,
    columns: [{ code: 'count', label: 'Anzahl', labelEn: 'Count' }],
    rows: [{ code: 'stock', label: 'Bestand', labelEn: 'Stock', values: [12], total: 12, merged: [] }],
    columnTotals: [12],
    grandTotal: 12,
    additive: true,
    measure: null,
    completeness: null,
  });
  return {
    schemaVersion: 2,
    catalogueVersion: '2026.1',
    period: { year: 2026, quarter: 3, code, label: '3. Quartal 2026' },
    recipient: 'Bündnis',
    method: 'suppression',
    k: 3,
    note: 'n',
    noteEn: 'n',
    ptableChecksum: null,
    source: '0123456789abcdef',
    revision: 0,
    withheldTables: [],
    tables: tableIds.map(table),
    gaps: [],
  };
}

describe('the confirm step names the files the core writes', () => {
  test('base names are plain ASCII words for any recipient name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 90 }), fc.constantFrom('2026', '2026-Q1', '2025-Q4'), (recipient, code) => {
        expect(fileBaseName(code, recipient)).toMatch(/^fallbuch-statistik_\d{4}(-Q[1-4])?_[a-z0-9-]{1,40}$/);
      }),
    );
    expect(fileBaseName('2026-Q3', 'Bündnis')).toBe('fallbuch-statistik_2026-Q3_buendnis');
    expect(fileBaseName('2026', 'Jugendmigrationsdienst Süd – Straße', 1)).toBe(
      'fallbuch-statistik_2026_jugendmigrationsdienst-sued-strasse_korrektur-1',
    );
    expect(fileBaseName('2025', '  ')).toBe('fallbuch-statistik_2025_export');
  });

  test.each(['sections', 'perTable'] as const)(
    'planned files (as the preview sends them) equal the rendered files (%s)',
    async (layout) => {
      const document = documentWith(['T01_cases', 'T03a_statusAtIntake', 'T13b_contacts']);
      const base = fileBaseName(document.period.code, 'Kommunales Integrationszentrum');
      const rendered = await renderFiles(document, base, layout);
      expect(plannedFilesByLayout(document, base)[layout]).toEqual(plannedFiles(document, base, layout));
      expect(plannedFiles(document, base, layout).map((file) => file.name)).toEqual(rendered.map((file) => file.name));
      expect(plannedFiles(document, base, layout).map((file) => file.kind)).toEqual(rendered.map((file) => file.name.split('.').at(-1)));
    },
  );
});

describe('choose step', () => {
  test('a quarter and a year become the contract period', () => {
    expect(choiceSchema.parse({ kind: 'quarter', year: ' 2026 ', quarter: '3', profileId: 'buendnis' })).toEqual({
      period: { year: 2026, quarter: 3 },
      profileId: 'buendnis',
    });
    expect(choiceSchema.parse({ kind: 'year', year: '2025', quarter: '', profileId: 'ministerium' })).toEqual({
      period: { year: 2025, quarter: null },
      profileId: 'ministerium',
    });
  });

  test('bad input gets the German message keys on the right fields', () => {
    const result = choiceSchema.safeParse({ kind: 'quarter', year: '20x6', quarter: '', profileId: '' });
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['year', 'validation.stats.year'],
        ['profileId', 'statsUi.choose.profileRequired'],
      ]),
    );
    const noQuarter = choiceSchema.safeParse({ kind: 'quarter', year: '2026', quarter: '', profileId: 'x' });
    expect(noQuarter.success ? [] : noQuarter.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['quarter', 'statsUi.choose.quarterRequired'],
    ]);
    expect(choiceSchema.safeParse({ kind: 'year', year: '1999', quarter: '', profileId: 'x' }).success).toBe(false);
  });

  test('the default is the last quarter that has ended; period codes read back', () => {
    expect(lastEndedQuarter(new Date(2026, 10, 21))).toEqual({ year: 2026, quarter: 3 });
    expect(lastEndedQuarter(new Date(2027, 1, 3))).toEqual({ year: 2026, quarter: 4 });
    expect(periodFromCode('2026-Q2')).toEqual({ year: 2026, quarter: 2 });
    expect(periodFromCode('2025')).toEqual({ year: 2025, quarter: null });
    expect(periodFromCode('combined')).toBeNull();
    expect(formatIsoDateParam('2026-12-31', 'de')).toBe('31.12.2026');
  });
});

describe('custom-profile form', () => {
  const base = { name: 'KI Arbeitskreis', tables: ['T01_cases'] };

  test('k counts for suppression and is the default for the Cell Key Method', () => {
    expect(profileFormSchema.parse({ ...base, method: 'suppression', k: ' 5 ' })).toEqual({ ...base, method: 'suppression', k: 5 });
    expect(profileFormSchema.parse({ ...base, method: 'ckm', k: 'egal' })).toEqual({ ...base, method: 'ckm', k: 3 });
  });

  test('the contract messages land on name, k and tables', () => {
    const result = profileFormSchema.safeParse({ name: ' ', method: 'suppression', k: '2', tables: [] });
    const issues = result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['name', 'validation.required'],
        ['k', 'validation.stats.kMin'],
        ['tables', 'validation.stats.noTables'],
      ]),
    );
    const empty = profileFormSchema.safeParse({ ...base, method: 'suppression', k: '' });
    expect(empty.success ? [] : empty.error.issues.map((issue) => issue.path.join('.'))).toEqual(['k']);
  });
});
