import { sortingFns, type ColumnDef, type Row, type SortingFn, type SortingState } from '@tanstack/react-table';
import type { CaseRow } from './caseRows';

type CaseColumn = ColumnDef<CaseRow, string | number | undefined>;

/**
 * What a sorting function reads of a row: TanStack's own (`basic`) and ours (columns.tsx) read
 * the value only, so a row here is an index, the case and its values of the sorted columns —
 * not one of TanStack's rows, which carry some thirty functions each (building them for 43,490
 * open cases took ~0.75 s, copying them for its sort another ~0.15 s, before the first paint).
 */
class SortRow {
  constructor(
    readonly index: number,
    readonly original: CaseRow,
    private readonly values: ReadonlyMap<string, readonly unknown[]>,
  ) {}

  getValue(columnId: string): unknown {
    return this.values.get(columnId)?.[this.index];
  }
}

interface SortKey {
  id: string;
  desc: boolean;
  sortUndefined: CaseColumn['sortUndefined'];
  invertSorting: boolean;
  sortingFn: SortingFn<CaseRow>;
}

function sortingFnOf(column: CaseColumn): SortingFn<CaseRow> {
  const { sortingFn } = column;
  if (typeof sortingFn === 'function') return sortingFn;
  if (sortingFn !== undefined && sortingFn !== 'auto' && sortingFn in sortingFns) return sortingFns[sortingFn as keyof typeof sortingFns];
  // 'auto' guesses from the data; every case column names its function instead.
  throw new Error(`the case column ${column.id ?? '?'} names no sorting function`);
}

function accessorOf(column: CaseColumn): ((row: CaseRow, index: number) => unknown) | undefined {
  return 'accessorFn' in column ? column.accessorFn : undefined;
}

/**
 * TanStack's comparison (getSortedRowModel in @tanstack/table-core 8.21) for these keys: missing
 * values first or last in both directions, then the column's function, the direction, and the
 * original position for equal values (a stable sort).
 */
function compareRows(keys: readonly SortKey[], left: SortRow, right: SortRow): number {
  for (const key of keys) {
    let order = 0;
    if (key.sortUndefined) {
      const leftValue = left.getValue(key.id);
      const rightValue = right.getValue(key.id);
      const leftMissing = leftValue === undefined;
      const rightMissing = rightValue === undefined;
      if (leftMissing || rightMissing) {
        if (key.sortUndefined === 'first') return leftMissing ? -1 : 1;
        if (key.sortUndefined === 'last') return leftMissing ? 1 : -1;
        order = leftMissing && rightMissing ? 0 : leftMissing ? key.sortUndefined : -key.sortUndefined;
      }
    }
    // The sorting functions read `getValue` only (see SortRow).
    if (order === 0) order = key.sortingFn(left as unknown as Row<CaseRow>, right as unknown as Row<CaseRow>, key.id);
    if (order !== 0) return order * (key.desc ? -1 : 1) * (key.invertSorting ? -1 : 1);
  }
  return left.index - right.index;
}

/**
 * The rows in the order TanStack Table's sorted row model gives them for `sorting` (the grid's
 * header buttons and the stored choice), without its row model. The core sends the cases ordered
 * by code, the default sort: when every row already comes before the next one, that is the order —
 * one comparison per row instead of a sort; when every row comes after the next one, the reverse.
 * Equal values compare by position (TanStack's sort is stable), so they pass only the first check.
 */
export function sortCaseRows(rows: readonly CaseRow[], sorting: SortingState, columns: readonly CaseColumn[]): readonly CaseRow[] {
  const keys: SortKey[] = [];
  const values = new Map<string, unknown[]>();
  for (const { id, desc } of sorting) {
    const column = columns.find((candidate) => candidate.id === id);
    const accessor = column && column.enableSorting !== false ? accessorOf(column) : undefined;
    if (!column || !accessor) continue;
    keys.push({
      id,
      desc,
      sortUndefined: column.sortUndefined,
      invertSorting: column.invertSorting ?? false,
      sortingFn: sortingFnOf(column),
    });
    values.set(
      id,
      rows.map((row, index) => accessor(row, index)),
    );
  }
  if (keys.length === 0 || rows.length < 2) return rows;
  const sortRows = rows.map((row, index) => new SortRow(index, row, values));
  const compare = (left: SortRow, right: SortRow) => compareRows(keys, left, right);
  if (isStrictlyOrdered(sortRows, compare)) return rows;
  if (isStrictlyOrdered(sortRows, (left, right) => compare(right, left))) return [...rows].reverse();
  return sortRows.sort(compare).map((row) => row.original);
}

function isStrictlyOrdered(rows: readonly SortRow[], compare: (left: SortRow, right: SortRow) => number): boolean {
  for (let index = 1; index < rows.length; index += 1) {
    if (compare(rows[index - 1] as SortRow, rows[index] as SortRow) >= 0) return false;
  }
  return true;
}
