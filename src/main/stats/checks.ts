import { PTABLE } from '@shared/stats/ptable.generated';
import type { PublishedTable } from '@shared/stats/ckm';
import type { StatsCheck } from '@shared/stats/schemas';

/** Checks of a Cell Key Method release; they hold by construction of the ptable and guard against a broken one. */
export function ckmChecks(published: readonly PublishedTable[]): StatsCheck[] {
  let small = 0;
  let beyond = 0;
  let zeros = 0;
  const byFingerprint = new Map<string, number>();
  let inconsistent = 0;
  for (const table of published) {
    const visit = (fingerprint: string, n: number, value: number | null) => {
      if (value === null) return;
      if (value >= 1 && value <= 2) small += 1;
      if (Math.abs(value - n) > PTABLE.parameters.maxDeviation) beyond += 1;
      if (n === 0 && value !== 0) zeros += 1;
      const before = byFingerprint.get(fingerprint);
      if (before !== undefined && before !== value) inconsistent += 1;
      byFingerprint.set(fingerprint, value);
    };
    table.table.rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => visit(cell.fingerprint, cell.n, table.cells[r]![c]!));
      visit(row.total.fingerprint, row.total.n, table.rowTotals[r]!);
    });
    table.table.columnTotals.forEach((cell, c) => visit(cell.fingerprint, cell.n, table.columnTotals[c]!));
    visit(table.table.grandTotal.fingerprint, table.table.grandTotal.n, table.grandTotal);
  }
  if (small + beyond + zeros + inconsistent > 0) throw new Error('CKM invariant violated');
  return [
    { id: 'ckmNoSmallValues', status: 'passed', params: { js: PTABLE.parameters.js } },
    { id: 'ckmMaxDeviation', status: 'passed', params: { d: PTABLE.parameters.maxDeviation, variance: PTABLE.parameters.variance } },
    { id: 'ckmZerosKept', status: 'passed', params: {} },
    { id: 'ckmConsistent', status: 'passed', params: { quantities: byFingerprint.size } },
  ];
}

/** Every quantity of a suppression release by fingerprint (empty sets left out), for the history. */
export function cellsOf(published: readonly PublishedTable[]): { fingerprint: string; value: number | null }[] {
  const seen = new Map<string, number | null>();
  for (const table of published) {
    const add = (fingerprint: string, value: number | null) => seen.set(fingerprint, value);
    table.table.rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => add(cell.fingerprint, table.cells[r]![c]!));
      add(row.total.fingerprint, table.rowTotals[r]!);
    });
    table.table.columnTotals.forEach((cell, c) => add(cell.fingerprint, table.columnTotals[c]!));
    add(table.table.grandTotal.fingerprint, table.grandTotal);
  }
  return [...seen]
    .filter(([fingerprint]) => !fingerprint.startsWith('0:'))
    .map(([fingerprint, value]) => ({ fingerprint, value }))
    .sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
}
