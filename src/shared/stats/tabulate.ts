import type { TableContext, TableDefinition, Unit } from './catalogue';
import { DIMENSIONS, OTHER, type Dimension } from './dimensions';

/**
 * True tables: for every cell the set of contributing units (as indexes), from which the count,
 * the cell key and a fingerprint of the contributor set follow. Nothing here is published yet.
 */
export const MIN_ROW_MARGIN = 10;

export interface CellData {
  /** Sorted, distinct unit indexes. */
  ids: number[];
  n: number;
  /** Σ record keys mod 2³², a whole number in [0, 2³²). */
  cellKey: number;
  /** Same contributor set ⇔ same fingerprint (count and two independent 32-bit sums of tags). */
  fingerprint: string;
}

export interface TrueRow {
  code: string;
  merged: string[];
  cells: CellData[];
  total: CellData;
  /** Cells withheld because the row would show all its mass in one cell (group disclosure). */
  groupSuppressed: boolean;
}

export interface TableMeta {
  id: string;
  item: number;
  yearlyOnly: boolean;
  unit: 'persons' | 'notes';
  rowsExclusive: boolean;
  columnsExclusive: boolean;
}

export interface TrueTable {
  meta: TableMeta;
  rowDimension: Dimension;
  columnDimension: Dimension;
  columns: string[];
  rows: TrueRow[];
  columnTotals: CellData[];
  grandTotal: CellData;
  /** Row codes merged because of group disclosure (for the checks). */
  groupMerged: number;
  smallRowsMerged: number;
}

export interface UnitKeys {
  recordKey: number;
  tagA: number;
  tagB: number;
}

function mergeSorted(left: readonly number[], right: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    const a = left[i];
    const b = right[j];
    if (b === undefined || (a !== undefined && a < b)) {
      out.push(a!);
      i += 1;
    } else if (a === undefined || b < a) {
      out.push(b);
      j += 1;
    } else {
      out.push(a);
      i += 1;
      j += 1;
    }
  }
  return out;
}

export function cellOf(ids: number[], units: readonly UnitKeys[], emptyName: string): CellData {
  let key = 0;
  let a = 0;
  let b = 0;
  for (const id of ids) {
    const unit = units[id]!;
    // Sums of two numbers below 2³² stay exact in a double; `>>> 0` takes them mod 2³².
    key = (key + unit.recordKey) >>> 0;
    a = (a + unit.tagA) >>> 0;
    b = (b + unit.tagB) >>> 0;
  }
  const fingerprint = ids.length === 0 ? `0:${emptyName}` : `${ids.length}:${a}:${b}`;
  return { ids, n: ids.length, cellKey: key, fingerprint };
}

function pushDistinct(list: number[], id: number): void {
  if (list.at(-1) !== id) list.push(id);
}

interface RawRow {
  code: string;
  merged: string[];
  cells: number[][];
  total: number[];
  groupSuppressed: boolean;
}

/** Builds one table with row merging (true margin below 10) and the group-disclosure rule. */
export function tabulate<U extends Unit & UnitKeys>(definition: TableDefinition<U>, units: readonly U[], context: TableContext): TrueTable {
  const rowDimension = definition.rows(context);
  const columnDimension = definition.columns ?? DIMENSIONS.count;
  const columns = [...columnDimension.categories];
  const columnIndex = new Map(columns.map((code, index) => [code, index]));
  const rows: RawRow[] = rowDimension.categories.map((code) => ({
    code,
    merged: [],
    cells: columns.map(() => []),
    total: [],
    groupSuppressed: false,
  }));
  const rowIndex = new Map(rows.map((row, index) => [row.code, index]));
  units.forEach((unit, id) => {
    for (const [rowCode, columnCode] of definition.cellsOf(unit, context)) {
      const row = rows[rowIndex.get(rowCode) ?? rowIndex.get(OTHER) ?? -1];
      const column = columnIndex.get(columnCode);
      if (!row || column === undefined) continue;
      pushDistinct(row.cells[column]!, id);
      pushDistinct(row.total, id);
    }
  });

  let smallRowsMerged = 0;
  let groupMerged = 0;
  const mergeInto = (target: RawRow, source: RawRow) => {
    target.cells = target.cells.map((cell, index) => mergeSorted(cell, source.cells[index]!));
    target.total = mergeSorted(target.total, source.total);
    target.merged.push(...(source.code === OTHER ? source.merged : [source.code, ...source.merged]));
  };
  let working = rows;
  if (rowDimension.mergeable) {
    const other: RawRow = rows.find((row) => row.code === OTHER) ?? {
      code: OTHER,
      merged: [],
      cells: columns.map(() => []),
      total: [],
      groupSuppressed: false,
    };
    let kept = rows.filter((row) => row.code !== OTHER);
    const mergeRow = (row: RawRow) => {
      mergeInto(other, row);
      kept = kept.filter((candidate) => candidate !== row);
    };
    const settle = () => {
      for (const row of kept.filter((candidate) => candidate.total.length < MIN_ROW_MARGIN)) {
        mergeRow(row);
        smallRowsMerged += 1;
      }
      // The merged row itself must reach 10 too: add the smallest remaining rows until it does.
      while (other.total.length > 0 && other.total.length < MIN_ROW_MARGIN && kept.length > 0) {
        const smallest = kept.reduce((best, row) => (row.total.length < best.total.length ? row : best));
        mergeRow(smallest);
        smallRowsMerged += 1;
      }
    };
    settle();
    if (columns.length > 1) {
      for (;;) {
        const disclosing = kept.find((row) => isGroupDisclosing(row));
        if (!disclosing) break;
        mergeRow(disclosing);
        groupMerged += 1;
        settle();
      }
    }
    const hasOther = other.merged.length > 0 || rowDimension.categories.includes(OTHER);
    working = hasOther ? [...kept, other] : kept;
  }
  if (columns.length > 1) for (const row of working) row.groupSuppressed = isGroupDisclosing(row);

  const tableName = definition.id;
  const unitKeys: readonly UnitKeys[] = units;
  const columnSets = columns.map((_, index) => working.reduce<number[]>((set, row) => mergeSorted(set, row.cells[index]!), []));
  const grand = working.reduce<number[]>((set, row) => mergeSorted(set, row.total), []);
  return {
    meta: {
      id: definition.id,
      item: definition.item,
      yearlyOnly: definition.yearlyOnly,
      unit: definition.unit,
      rowsExclusive: definition.rowsExclusive,
      columnsExclusive: definition.columnsExclusive,
    },
    rowDimension,
    columnDimension,
    columns,
    rows: working.map((row) => ({
      code: row.code,
      merged: row.merged,
      groupSuppressed: row.groupSuppressed,
      cells: row.cells.map((ids, index) => cellOf(ids, unitKeys, `${tableName}:${row.code}:${columns[index]}`)),
      total: cellOf(row.total, unitKeys, `${tableName}:${row.code}:total`),
    })),
    columnTotals: columnSets.map((ids, index) => cellOf(ids, unitKeys, `${tableName}:total:${columns[index]}`)),
    grandTotal: cellOf(grand, unitKeys, `${tableName}:total:total`),
    groupMerged,
    smallRowsMerged,
  };
}

/** A row with persons whose mass sits in one cell tells the recipient something about all of them. */
export function isGroupDisclosing(row: { cells: readonly { length: number }[]; total: { length: number } } | RawRow): boolean {
  if (row.total.length === 0) return false;
  return row.cells.filter((cell) => cell.length > 0).length === 1;
}
