import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createTable, getCoreRowModel, getSortedRowModel, type SortingState, type TableState } from '@tanstack/react-table';
import type { CaseSummary } from '../../../src/shared/cases/domain';
import { PHASES, PROGRAMMES, RESIDENCE_STATUSES } from '../../../src/shared/kernel/vocabulary';
import { sortCaseRows } from '../../../src/renderer/src/cases/list/caseOrder';
import { toCaseRows, type CaseRow } from '../../../src/renderer/src/cases/list/caseRows';
import { CASE_COLUMNS, COLUMN_IDS } from '../../../src/renderer/src/cases/list/columns';
import { sampleCaseSummary } from '../helpers/sampleCaseSummary';

const TODAY = '2026-11-21';

/** TanStack Table's own sorted row model, as the grid used it before: the reference order. */
function tanstackOrder(rows: readonly CaseRow[], sorting: SortingState): CaseRow[] {
  const state = { sorting, columnVisibility: {} } as Partial<TableState>;
  const table = createTable<CaseRow>({
    data: [...rows],
    columns: CASE_COLUMNS,
    state: state as TableState,
    onStateChange: () => {},
    renderFallbackValue: null,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    enableSortingRemoval: false,
  });
  table.setOptions((previous) => ({ ...previous, state: { ...table.initialState, ...state } }));
  return table.getRowModel().rows.map((row) => row.original);
}

/** Few distinct values, so equal codes, names and dates (and many missing ones) occur often. */
const isoDay = fc.constantFrom('2024-02-29', '2025-12-31', '2026-01-01', '2026-11-21', '2027-06-30');
const word = fc.constantFrom('Müller', 'Muller', 'Özdemir', 'Haidari', 'al-Hassan', 'Ayşe', 'ahmad', 'Zoë', '');
const summary: fc.Arbitrary<CaseSummary> = fc.record({
  id: fc.uuid(),
  code: fc.constantFrom('FB-2025-0009', 'FB-2026-0001', 'FB-2026-0002', 'FB-2026-0010', 'BEN-2026-00001'),
  familyName: word,
  givenNames: word,
  documentFamilyName: fc.option(word, { nil: undefined }),
  documentGivenNames: fc.option(word),
  birthDate: fc.option(isoDay),
  phase: fc.constantFrom(...PHASES),
  programme: fc.constantFrom(...PROGRAMMES),
  counsellorId: fc.constantFrom('c1', 'c2'),
  counsellorName: fc.constantFrom('Samira Berger', 'Jonas Kraft', 'Çelik Aylin'),
  currentStatus: fc.option(fc.constantFrom(...RESIDENCE_STATUSES)),
  currentStatusUntil: fc.option(isoDay),
  nextDeadlineOn: fc.option(isoDay),
  nextDeadlineBucket: fc.constantFrom(null, 'overdue' as const, 'later' as const),
  age: fc.option(fc.integer({ min: 16, max: 30 })),
  intakeDate: isoDay,
  closedOn: fc.option(isoDay),
});
const caseRows = fc.array(summary, { maxLength: 40 }).map((summaries) => toCaseRows(summaries, TODAY));
const sortKey = fc.record({ id: fc.constantFrom(...COLUMN_IDS), desc: fc.boolean() });

describe('the case grid order (sortCaseRows)', () => {
  test('property: every column, both directions, also several keys: exactly the order of TanStack’s sorted row model', () => {
    fc.assert(
      fc.property(caseRows, fc.array(sortKey, { minLength: 1, maxLength: 3 }), (rows, sorting) => {
        expect(sortCaseRows(rows, sorting, CASE_COLUMNS)).toEqual(tanstackOrder(rows, sorting));
      }),
      { numRuns: 500 },
    );
  });

  test('property: rows that come ordered by code (the core’s order, equal codes included) are the order as they are, and reversed for descending', () => {
    fc.assert(
      fc.property(caseRows, fc.boolean(), (unordered, desc) => {
        const rows = [...unordered].sort((left, right) => (left.code < right.code ? -1 : left.code > right.code ? 1 : 0));
        const sorting = [{ id: 'code', desc }];
        const ordered = sortCaseRows(rows, sorting, CASE_COLUMNS);
        expect(ordered).toEqual(tanstackOrder(rows, sorting));
        // The fast path hands the core's rows on unsorted (no copy) when nothing has to move.
        if (!desc) expect(ordered).toBe(rows);
      }),
      { numRuns: 300 },
    );
  });

  test('property: another column and back to the code gives the core’s order again', () => {
    fc.assert(
      fc.property(caseRows, sortKey, (unordered, other) => {
        const rows = [...unordered].sort((left, right) => (left.code < right.code ? -1 : left.code > right.code ? 1 : 0));
        const byOther = sortCaseRows(rows, [other], CASE_COLUMNS);
        expect(byOther).toEqual(tanstackOrder(rows, [other]));
        expect(sortCaseRows(rows, [{ id: 'code', desc: false }], CASE_COLUMNS)).toEqual(rows);
      }),
    );
  });

  test('equal values keep the core’s order in both directions; missing values come last in both', () => {
    const rows = toCaseRows(
      [
        { code: 'FB-2026-0001', id: 'a', birthDate: null },
        { code: 'FB-2026-0002', id: 'b', birthDate: '2004-05-15' },
        { code: 'FB-2026-0002', id: 'c', birthDate: null },
        { code: 'FB-2026-0003', id: 'd', birthDate: '2004-05-15' },
      ].map((fields) => sampleCaseSummary(fields)),
      TODAY,
    );
    const ids = (sorting: SortingState) => sortCaseRows(rows, sorting, CASE_COLUMNS).map((row) => row.id);
    expect(ids([{ id: 'code', desc: false }])).toEqual(['a', 'b', 'c', 'd']);
    expect(ids([{ id: 'code', desc: true }])).toEqual(['d', 'b', 'c', 'a']);
    expect(ids([{ id: 'birthDate', desc: false }])).toEqual(tanstackOrder(rows, [{ id: 'birthDate', desc: false }]).map((row) => row.id));
    expect(ids([{ id: 'birthDate', desc: true }]).slice(0, 2)).toEqual(['b', 'd']);
    expect(ids([])).toEqual(['a', 'b', 'c', 'd']);
    expect(ids([{ id: 'unknown', desc: true }])).toEqual(['a', 'b', 'c', 'd']);
  });

  test('property: a header’s first direction is the column’s own, whatever case comes first — TanStack never looks at the rows for it', () => {
    const declared = new Map(CASE_COLUMNS.map((column) => [column.id, column.sortDescFirst]));
    // Text and dates start ascending (the soonest date first), the numbers descending.
    expect(Object.fromEntries(declared)).toEqual({
      ...Object.fromEntries(COLUMN_IDS.map((id) => [id, false])),
      age: true,
      phase: true,
    });
    fc.assert(
      fc.property(caseRows, (rows) => {
        const table = createTable<CaseRow>({
          data: [...rows],
          columns: CASE_COLUMNS,
          state: { sorting: [] } as unknown as TableState,
          onStateChange: () => {},
          renderFallbackValue: null,
          getCoreRowModel: getCoreRowModel(),
        });
        for (const column of table.getAllLeafColumns()) {
          expect(column.getFirstSortDir()).toBe(declared.get(column.id) ? 'desc' : 'asc');
        }
      }),
    );
  });
});
