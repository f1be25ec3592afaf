import { noiseFor, type Ptable } from './ptable';
import type { Cell } from './schemas';
import type { CellData, TrueTable } from './tabulate';

/**
 * Published values of one table. `null` is a suppressed cell ("."). Kept next to the true table
 * so that information-loss figures and checks can compare both without touching the export.
 */
export interface PublishedTable {
  table: TrueTable;
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  grandTotal: Cell;
}

/** Cell Key Method: n + noise(n, cell key); the same contributors always get the same value. */
export function perturb(cell: CellData, ptable: Ptable): number {
  return cell.n + noiseFor(ptable, cell.n, cell.cellKey);
}

export function publishWithCkm(table: TrueTable, ptable: Ptable): PublishedTable {
  return {
    table,
    cells: table.rows.map((row) => row.cells.map((cell) => (row.groupSuppressed ? null : perturb(cell, ptable)))),
    rowTotals: table.rows.map((row) => perturb(row.total, ptable)),
    columnTotals: table.columnTotals.map((cell) => perturb(cell, ptable)),
    grandTotal: perturb(table.grandTotal, ptable),
  };
}

/** Every (true, published) pair of a table, margins included. */
export function pairsOf(published: PublishedTable): { truth: CellData; value: Cell }[] {
  const { table } = published;
  const pairs: { truth: CellData; value: Cell }[] = [];
  table.rows.forEach((row, r) => {
    row.cells.forEach((cell, c) => pairs.push({ truth: cell, value: published.cells[r]![c]! }));
    // In a one-column table the row total is the cell itself: count it once.
    if (row.cells.length > 1) pairs.push({ truth: row.total, value: published.rowTotals[r]! });
  });
  if (table.columns.length > 1) table.columnTotals.forEach((cell, c) => pairs.push({ truth: cell, value: published.columnTotals[c]! }));
  pairs.push({ truth: table.grandTotal, value: published.grandTotal });
  return pairs;
}
