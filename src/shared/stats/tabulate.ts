import { DIMENSIONS, OTHER, type Dimension } from './dimensions';
import type { TableContext, TableDefinition, Unit } from './tableDefinition';

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
  /**
   * Cells and total withheld: the year's frozen merges keep this row apart, but it has fewer than 10
   * persons in this period (it cannot be merged now without changing the year's category list).
   */
  tooSmall: boolean;
  /** The row's measure (median days), null where fewer than 10 values exist; undefined without a measure. */
  measure?: number | null;
}

export interface TableMeta {
  id: string;
  item: number;
  yearlyOnly: boolean;
  unit: 'persons' | 'notes' | 'partners';
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
  /** Codes merged into „Sonstige“: what the first export of a year freezes for the rest of the year. */
  merges: string[];
  /** Whether the merges came from the year's freeze. */
  frozen: boolean;
  /** Everyone the table is about (published or not): two releases are compared on it too. */
  population: CellData;
  /** Code of the row measure (e.g. `medianDays`), if the table has one. */
  measureCode: string | null;
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
  values: number[];
}

/** Median rounded to whole weeks (in days): a wait, never one person's exact dates. */
export function weeklyMedian(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(median / 7) * 7;
}

/**
 * Builds one table with row merging (true margin below 10) and the group-disclosure rule. With
 * `frozenMerges` (the year's freeze) exactly those codes are merged and nothing else; a row kept
 * apart by the freeze that has fewer than 10 persons now is withheld instead (`tooSmall`).
 */
export function tabulate<U extends Unit & UnitKeys>(
  definition: TableDefinition<U>,
  units: readonly U[],
  context: TableContext,
  frozenMerges: readonly string[] | null = null,
): TrueTable {
  const rowDimension = definition.rows(context);
  const columnDimension = definition.columns ?? DIMENSIONS.count;
  const columns = [...columnDimension.categories];
  const columnIndex = new Map(columns.map((code, index) => [code, index]));
  const emptyRow = (code: string): RawRow => ({
    code,
    merged: [],
    cells: columns.map(() => []),
    total: [],
    groupSuppressed: false,
    values: [],
  });
  const rows: RawRow[] = rowDimension.categories.map(emptyRow);
  // Codes outside a mergeable list count in „Sonstige“, never nowhere (the relations count on it).
  if (rowDimension.mergeable && !rowDimension.categories.includes(OTHER)) rows.push(emptyRow(OTHER));
  const rowIndex = new Map(rows.map((row, index) => [row.code, index]));
  const population: number[] = [];
  units.forEach((unit, id) => {
    const cells = definition.cellsOf(unit, context);
    if (cells.length > 0 || definition.population?.(unit, context)) population.push(id);
    for (const [rowCode, columnCode] of cells) {
      const row = rows[rowIndex.get(rowCode) ?? rowIndex.get(OTHER) ?? -1];
      const column = columnIndex.get(columnCode);
      if (!row || column === undefined) continue;
      pushDistinct(row.cells[column]!, id);
      pushDistinct(row.total, id);
    }
    for (const [rowCode, value] of definition.measure?.valuesOf(unit, context) ?? []) {
      rows[rowIndex.get(rowCode) ?? rowIndex.get(OTHER) ?? -1]?.values.push(value);
    }
  });

  let smallRowsMerged = 0;
  let groupMerged = 0;
  const mergeInto = (target: RawRow, source: RawRow) => {
    target.cells = target.cells.map((cell, index) => mergeSorted(cell, source.cells[index]!));
    target.total = mergeSorted(target.total, source.total);
    target.values = [...target.values, ...source.values];
    target.merged.push(...(source.code === OTHER ? source.merged : [source.code, ...source.merged]));
  };
  let working = rows;
  const tooSmall = new Set<RawRow>();
  if (rowDimension.mergeable) {
    const other = rows.find((row) => row.code === OTHER)!;
    let kept = rows.filter((row) => row.code !== OTHER);
    const mergeRow = (row: RawRow) => {
      mergeInto(other, row);
      kept = kept.filter((candidate) => candidate !== row);
    };
    if (frozenMerges) {
      for (const row of kept.filter((candidate) => frozenMerges.includes(candidate.code))) mergeRow(row);
      for (const row of kept) if (row.total.length > 0 && row.total.length < MIN_ROW_MARGIN) tooSmall.add(row);
    } else {
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
    }
    const hasOther = other.merged.length > 0 || other.total.length > 0 || rowDimension.categories.includes(OTHER);
    working = hasOther ? [...kept, other] : kept;
  }
  if (columns.length > 1) for (const row of working) row.groupSuppressed = !tooSmall.has(row) && isGroupDisclosing(row);

  const tableName = definition.id;
  const unitKeys: readonly UnitKeys[] = units;
  const columnSets = columns.map((_, index) => working.reduce<number[]>((set, row) => mergeSorted(set, row.cells[index]!), []));
  const grand = working.reduce<number[]>((set, row) => mergeSorted(set, row.total), []);
  const other = working.find((row) => row.code === OTHER);
  const order = (code: string) => rowDimension.categories.indexOf(code);
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
      // In the order of the category list, however the merges came about (a frozen year merges the same).
      merged: [...row.merged].sort((left, right) => order(left) - order(right)),
      groupSuppressed: row.groupSuppressed,
      tooSmall: tooSmall.has(row),
      ...(definition.measure
        ? { measure: row.values.length >= MIN_ROW_MARGIN && !tooSmall.has(row) ? weeklyMedian(row.values) : null }
        : {}),
      cells: row.cells.map((ids, index) => cellOf(ids, unitKeys, `${tableName}:${row.code}:${columns[index]}`)),
      total: cellOf(row.total, unitKeys, `${tableName}:${row.code}:total`),
    })),
    columnTotals: columnSets.map((ids, index) => cellOf(ids, unitKeys, `${tableName}:total:${columns[index]}`)),
    grandTotal: cellOf(grand, unitKeys, `${tableName}:total:total`),
    groupMerged,
    smallRowsMerged,
    merges: [...(other?.merged ?? [])].sort(),
    frozen: frozenMerges !== null,
    population: cellOf(population, unitKeys, `${tableName}:population`),
    measureCode: definition.measure?.code ?? null,
  };
}

/** A row with persons whose mass sits in one cell tells the recipient something about all of them. */
export function isGroupDisclosing(row: { cells: readonly { length: number }[]; total: { length: number } } | RawRow): boolean {
  if (row.total.length === 0) return false;
  return row.cells.filter((cell) => cell.length > 0).length === 1;
}
