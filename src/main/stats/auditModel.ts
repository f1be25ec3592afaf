import { findTable } from '@shared/stats/catalogue';
import { TOTAL, type AcrossPeriods, type DeclaredRelation, type PositionRef } from '@shared/stats/tableDefinition';
import type { CellData, TrueTable } from '@shared/stats/tabulate';
import { countOf, periodRange, type Publication, type StoredTable } from './publications';

/**
 * Everything a recipient knows about the suppressed quantities, as one system of linear relations
 * (docs/statistics.md, „The catalogue as one system of equations“): the structure of every table
 * (rows and columns summing to their margins, or bounding them), the relations the catalogue
 * declares between tables, how a year's positions relate to its quarters', and what the earlier
 * exports of the year published (exactly under suppression, ±3 under the Cell Key Method). A
 * quantity is named by its fingerprint: the same contributors are the same unknown wherever they
 * appear. Relations are kept only where the true counts satisfy them, so the system is always
 * feasible at the truth.
 */
export interface Entry {
  key: string;
  n: number;
}

interface Grid {
  exportKey: string;
  periodCode: string;
  tableId: string;
  rowsExclusive: boolean;
  columnsExclusive: boolean;
  columns: string[];
  rows: { key: string; cells: Entry[]; total: Entry }[];
  columnTotals: Entry[];
  grandTotal: Entry;
}

/** Σ coefficient × entry (= | ≥) 0. */
export interface Linear {
  terms: [Entry, number][];
  kind: 'equal' | 'atLeast';
}

export interface AuditModel {
  relations: Linear[];
  /** Quantities the recipient knows exactly. */
  known: Map<string, number>;
  /** Quantities known within bounds (an earlier Cell Key Method release). */
  bounds: Map<string, [number, number]>;
  /** Hidden quantities with persons in them and the width their interval must reach. */
  required: Map<string, number>;
  /** Quantities of the current export (constants or unknowns): only systems touching them are audited. */
  current: Set<string>;
  /** Earlier exports taken into account. */
  exports: number;
}

const entryOf = (cell: CellData): Entry => ({ key: cell.fingerprint, n: cell.n });
const storedEntry = (fingerprint: string): Entry => ({ key: fingerprint, n: countOf(fingerprint) });
const rowKey = (code: string, merged: readonly string[]) => [code, ...merged].sort().join(',');

function gridOfTrue(table: TrueTable, periodCode: string): Grid {
  return {
    exportKey: 'current',
    periodCode,
    tableId: table.meta.id,
    rowsExclusive: table.meta.rowsExclusive,
    columnsExclusive: table.meta.columnsExclusive,
    columns: table.columns,
    rows: table.rows.map((row) => ({ key: rowKey(row.code, row.merged), cells: row.cells.map(entryOf), total: entryOf(row.total) })),
    columnTotals: table.columnTotals.map(entryOf),
    grandTotal: entryOf(table.grandTotal),
  };
}

function gridOfStored(stored: StoredTable, publication: Publication): Grid | null {
  const definition = findTable(stored.tableId);
  if (!definition) return null;
  const at = new Map(stored.positions.map((position) => [`${position.row}|${position.column}`, position.fingerprint]));
  const rowKeys = [...new Set(stored.positions.filter((position) => position.row !== TOTAL).map((position) => position.row))];
  const twoDimensional = stored.positions.some((position) => position.row !== TOTAL && position.column !== TOTAL);
  const columns = twoDimensional
    ? stored.positions.filter((position) => position.row === TOTAL && position.column !== TOTAL).map((position) => position.column)
    : ['count'];
  const get = (row: string, column: string) => storedEntry(at.get(`${row}|${column}`) ?? `0:${stored.tableId}:${row}:${column}`);
  return {
    exportKey: publication.id,
    periodCode: publication.periodCode,
    tableId: stored.tableId,
    rowsExclusive: definition.rowsExclusive,
    columnsExclusive: definition.columnsExclusive,
    columns,
    rows: rowKeys.map((key) => ({
      key,
      cells: twoDimensional ? columns.map((column) => get(key, column)) : [get(key, TOTAL)],
      total: get(key, TOTAL),
    })),
    columnTotals: twoDimensional ? columns.map((column) => get(TOTAL, column)) : [get(TOTAL, TOTAL)],
    grandTotal: get(TOTAL, TOTAL),
  };
}

const sumOf = (entries: readonly Entry[]) => entries.reduce((sum, entry) => sum + entry.n, 0);

/** `Σ left (= | ≤) Σ right`, kept only where the true counts satisfy it. */
function relate(out: Linear[], left: readonly Entry[], relation: 'equal' | 'atMost', right: readonly Entry[]): void {
  const holds = relation === 'equal' ? sumOf(left) === sumOf(right) : sumOf(left) <= sumOf(right);
  if (!holds) return;
  out.push({
    terms: [...right.map((entry): [Entry, number] => [entry, 1]), ...left.map((entry): [Entry, number] => [entry, -1])],
    kind: relation === 'equal' ? 'equal' : 'atLeast',
  });
}

/** Σ parts = whole where the parts are disjoint, else the parts together reach the whole (a person counts once per margin). */
function partsOf(out: Linear[], parts: readonly Entry[], exclusive: boolean, whole: Entry): void {
  if (exclusive) relate(out, parts, 'equal', [whole]);
  else relate(out, [whole], 'atMost', parts);
  for (const part of parts) relate(out, [part], 'atMost', [whole]);
}

/** Inside one table: margins are sums of disjoint parts, or bounds of overlapping ones; every part is at most its margin. */
function structure(grid: Grid, out: Linear[]): void {
  const single = grid.columns.length === 1;
  for (const row of grid.rows) {
    if (!single) partsOf(out, row.cells, grid.columnsExclusive, row.total);
  }
  grid.columns.forEach((_, index) => {
    const column = grid.rows.map((row) => row.cells[index]!);
    partsOf(out, column, grid.rowsExclusive, single ? grid.grandTotal : grid.columnTotals[index]!);
  });
  if (!single) {
    partsOf(
      out,
      grid.rows.map((row) => row.total),
      grid.rowsExclusive,
      grid.grandTotal,
    );
    partsOf(out, grid.columnTotals, grid.columnsExclusive, grid.grandTotal);
  }
}

function positionIn(grid: Grid, row: string, column: string): Entry | undefined {
  const single = grid.columns.length === 1;
  if (row === TOTAL) {
    if (column === TOTAL || single) return grid.grandTotal;
    const index = grid.columns.indexOf(column);
    return index < 0 ? undefined : grid.columnTotals[index];
  }
  const found = grid.rows.find((candidate) => candidate.key === row);
  if (!found) return undefined;
  if (column === TOTAL || single) return found.total;
  const index = grid.columns.indexOf(column);
  return index < 0 ? undefined : found.cells[index];
}

function declared(grids: readonly Grid[], out: Linear[]): void {
  const byTable = new Map(grids.map((grid) => [grid.tableId, grid]));
  const resolve = (refs: readonly PositionRef[]): Entry[] | null => {
    const entries: Entry[] = [];
    for (const ref of refs) {
      const grid = byTable.get(ref.table);
      const entry = grid ? positionIn(grid, ref.row, ref.column) : undefined;
      if (!entry) return null;
      entries.push(entry);
    }
    return entries;
  };
  for (const grid of grids) {
    const relations: readonly DeclaredRelation[] = findTable(grid.tableId)?.relations ?? [];
    for (const relation of relations) {
      const left = resolve(relation.left);
      const right = resolve(relation.right);
      if (left && right) relate(out, left, relation.relation, right);
    }
  }
}

/** A year against its quarters, position by position (the same frozen categories): sums of flows, supersets of fixed attributes. */
function acrossPeriods(grids: readonly Grid[], out: Linear[]): void {
  const years = grids.filter((grid) => /^\d{4}$/.test(grid.periodCode));
  for (const year of years) {
    const across = findTable(year.tableId)?.acrossPeriods;
    if (!across) continue;
    // One release per quarter: the latest (the current export when it is that quarter).
    const quarters = new Map<string, Grid>();
    for (const grid of grids)
      if (grid.tableId === year.tableId && grid.periodCode.startsWith(`${year.periodCode}-Q`)) quarters.set(grid.periodCode, grid);
    if (quarters.size === 0) continue;
    const positions: [string, string][] = [
      ...year.rows.flatMap((row) => [
        ...year.columns.map((column): [string, string] => [row.key, column]),
        [row.key, TOTAL] as [string, string],
      ]),
      ...year.columns.map((column): [string, string] => [TOTAL, column]),
      [TOTAL, TOTAL],
    ];
    for (const [row, column] of positions) {
      const kind: AcrossPeriods = across(row, column);
      const whole = positionIn(year, row, column);
      if (!kind || !whole) continue;
      const parts = [...quarters.values()]
        .map((grid) => positionIn(grid, row, column))
        .filter((entry): entry is Entry => entry !== undefined);
      if (kind === 'superset') for (const part of parts) relate(out, [part], 'atMost', [whole]);
      else if (parts.length === 4 && sumOf(parts) === whole.n) relate(out, parts, 'equal', [whole]);
      else relate(out, parts, 'atMost', [whole]);
    }
  }
}

/** True counts a Cell Key Method value can come from: within ±3, and a positive value never from 0 (zero stays zero). */
function ckmBounds(value: number): [number, number] {
  if (value === 0) return [0, 3];
  return [Math.max(1, value - 3), value + 3];
}

export function buildAuditModel(input: {
  tables: readonly TrueTable[];
  suppressed: ReadonlySet<string>;
  k: number;
  periodCode: string;
  publications: readonly Publication[];
}): AuditModel {
  const year = input.periodCode.slice(0, 4);
  const { start, end } = periodRange(input.periodCode);
  // Every earlier export of the year (and any other overlapping one): they all tie into the same system.
  const earlier = input.publications.filter((publication) => {
    const range = periodRange(publication.periodCode);
    return publication.periodCode.startsWith(year) || (range.start <= end && start <= range.end);
  });
  const known = new Map<string, number>();
  const bounds = new Map<string, [number, number]>();
  const required = new Map<string, number>();
  const current = new Set<string>();
  const byExport = new Map<string, Grid[]>();
  const currentGrids = input.tables.map((table) => gridOfTrue(table, input.periodCode));
  byExport.set('current', currentGrids);
  const visit = (grid: Grid, each: (entry: Entry) => void) => {
    for (const row of grid.rows) [...row.cells, row.total].forEach(each);
    [...grid.columnTotals, grid.grandTotal].forEach(each);
  };
  for (const grid of currentGrids) {
    visit(grid, (entry) => {
      current.add(entry.key);
      if (!input.suppressed.has(entry.key)) known.set(entry.key, entry.n);
      else if (entry.n > 0) required.set(entry.key, Math.max(required.get(entry.key) ?? 0, input.k));
    });
  }
  for (const publication of earlier) {
    const grids = (publication.tables ?? []).flatMap((stored) => gridOfStored(stored, publication) ?? []);
    byExport.set(publication.id, grids);
    const values = new Map(
      (publication.tables ?? []).flatMap((stored) => stored.positions.map((position) => [position.fingerprint, position.value])),
    );
    for (const grid of grids) {
      visit(grid, (entry) => {
        const value = values.get(entry.key);
        if (value === undefined) return;
        if (publication.method === 'suppression') {
          if (value !== null) known.set(entry.key, value);
          else if (entry.n > 0) required.set(entry.key, Math.max(required.get(entry.key) ?? 0, publication.k));
        } else if (value !== null) {
          const [low, high] = ckmBounds(value);
          const before = bounds.get(entry.key);
          bounds.set(entry.key, before ? [Math.max(before[0], low), Math.min(before[1], high)] : [low, high]);
        }
      });
    }
  }
  const relations: Linear[] = [];
  for (const grids of byExport.values()) {
    for (const grid of grids) structure(grid, relations);
    declared(grids, relations);
  }
  acrossPeriods([...byExport.values()].flat(), relations);
  return { relations, known, bounds, required, current, exports: earlier.length };
}
