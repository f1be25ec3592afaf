import type { PublishedTable } from '@shared/stats/ckm';
import type { Cell } from '@shared/stats/schemas';
import { TOTAL } from '@shared/stats/tableDefinition';

/**
 * What the vault keeps of every written export, table by table (stats_published_tables), and the
 * comparison of a new release with it. A position is a cell or a margin, named by its categories
 * (a merged row by all the codes it holds) so that the same position can be found in another
 * release; its fingerprint identifies the contributor set and carries its true count.
 */
export interface StoredPosition {
  row: string;
  column: string;
  fingerprint: string;
  /** What was published (null = suppressed, "."). */
  value: Cell;
}

export interface StoredTable {
  tableId: string;
  /** Fingerprint of the table's population (published or not). */
  population: string;
  positions: StoredPosition[];
}

export interface Publication {
  id: string;
  at: string;
  periodCode: string;
  profileId: string | null;
  method: 'ckm' | 'suppression';
  k: number;
  revision: number;
  /** null: written before the vault kept published tables (0008). */
  tables: StoredTable[] | null;
}

const rowKey = (code: string, merged: readonly string[]) => [code, ...merged].sort().join(',');

export function storedTableOf(published: PublishedTable): StoredTable {
  const { table } = published;
  const single = table.columns.length === 1;
  const positions: StoredPosition[] = [];
  table.rows.forEach((row, r) => {
    const key = rowKey(row.code, row.merged);
    if (!single)
      row.cells.forEach((cell, c) =>
        positions.push({ row: key, column: table.columns[c]!, fingerprint: cell.fingerprint, value: published.cells[r]![c]! }),
      );
    positions.push({ row: key, column: TOTAL, fingerprint: row.total.fingerprint, value: published.rowTotals[r]! });
  });
  if (!single)
    table.columns.forEach((column, c) =>
      positions.push({ row: TOTAL, column, fingerprint: table.columnTotals[c]!.fingerprint, value: published.columnTotals[c]! }),
    );
  positions.push({ row: TOTAL, column: TOTAL, fingerprint: table.grandTotal.fingerprint, value: published.grandTotal });
  return { tableId: table.meta.id, population: table.population.fingerprint, positions };
}

/** True count of a fingerprint (`n:a:b`, or `0:name` for an empty set). */
export function countOf(fingerprint: string): number {
  return Number(fingerprint.slice(0, fingerprint.indexOf(':')));
}

/** Fewest units that must have entered, left or moved for one position to go from `before` to `after`. */
function positionChange(before: string, after: string): number {
  if (before === after) return 0;
  const difference = Math.abs(countOf(after) - countOf(before));
  // Same count, other contributors: at least one left and one came.
  return difference > 0 ? difference : 2;
}

/**
 * A lower bound on the units whose placement differs between two releases of a table. Every single
 * position bounds it; so does the population; and where the cells partition the population, each
 * changed unit is seen once (entered/left) or twice (moved) in the cells, while the population's
 * count changes by entries minus exits: units ≥ (Σ cell changes + |Δ population|) / 2.
 */
export function changedUnitsLowerBound(before: StoredTable, after: StoredTable, cellsPartition: boolean): number {
  const earlier = new Map(before.positions.map((position) => [`${position.row}|${position.column}`, position.fingerprint]));
  const population = positionChange(before.population, after.population);
  const populationDifference = Math.abs(countOf(after.population) - countOf(before.population));
  let largest = population;
  let cellSum = 0;
  let unmatched = false;
  // In a one-column table a row's total is its cell.
  const twoDimensional = after.positions.some((position) => position.row !== TOTAL && position.column !== TOTAL);
  for (const position of after.positions) {
    const previous = earlier.get(`${position.row}|${position.column}`);
    if (previous === undefined) {
      unmatched ||= countOf(position.fingerprint) > 0;
      continue;
    }
    const change = positionChange(previous, position.fingerprint);
    largest = Math.max(largest, change);
    const isCell = position.row !== TOTAL && (!twoDimensional || position.column !== TOTAL);
    if (isCell) cellSum += change;
  }
  const partition = cellsPartition ? Math.ceil((cellSum + populationDifference) / 2) : 0;
  const bound = Math.max(largest, partition);
  // Other categories than before: persons may have moved unseen; never claim "no change".
  return bound === 0 && unmatched ? 1 : bound;
}

/** Same positions, same fingerprints, same published values. */
export function sameTables(left: readonly StoredTable[], right: readonly StoredTable[]): boolean {
  if (left.length !== right.length) return false;
  const other = new Map(right.map((table) => [table.tableId, table]));
  return left.every((table) => {
    const match = other.get(table.tableId);
    return (
      match !== undefined &&
      match.population === table.population &&
      match.positions.length === table.positions.length &&
      match.positions.every(
        (position, index) =>
          position.row === table.positions[index]!.row &&
          position.column === table.positions[index]!.column &&
          position.fingerprint === table.positions[index]!.fingerprint &&
          position.value === table.positions[index]!.value,
      )
    );
  });
}

/** First and last day of a period code (`2026` or `2026-Q3`). */
export function periodRange(code: string): { start: string; end: string } {
  const match = /^(\d{4})(?:-Q([1-4]))?$/.exec(code);
  if (!match) return { start: code, end: code };
  const year = match[1]!;
  if (!match[2]) return { start: `${year}-01-01`, end: `${year}-12-31` };
  const quarter = Number(match[2]);
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  return { start: `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`, end: `${year}-${ends[quarter - 1]!}` };
}

export function periodsOverlap(left: string, right: string): boolean {
  const a = periodRange(left);
  const b = periodRange(right);
  return a.start <= b.end && b.start <= a.end;
}
