import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { auditIntervals, suppress } from '../../../src/main/stats/suppression';
import type { TableContext, TableDefinition } from '../../../src/shared/stats/catalogue';
import { pairsOf } from '../../../src/shared/stats/ckm';
import { originDimension, type Dimension } from '../../../src/shared/stats/dimensions';
import { periodBounds } from '../../../src/shared/stats/period';
import type { StatNote } from '../../../src/shared/stats/population';
import { tabulate, type TrueTable } from '../../../src/shared/stats/tabulate';
import { compute, periodArbitrary, populationArbitrary, profile } from '../helpers/statsPopulation';

const label = (code: string) => ({ de: code, en: code });
const dimension = (id: string, categories: string[]): Dimension => ({ id, categories, mergeable: false, label });
const context: TableContext = {
  period: periodBounds({ year: 2026, quarter: null }),
  origin: new Set(['_other']),
  originDimension: originDimension(['_other']),
};

/** A hand-made 2×2 table: rows A, B; columns X, Y; units are placed by (field, kind). */
function handMade(counts: Record<string, number>): TrueTable {
  const definition: TableDefinition<StatNote> = {
    id: 'T99_handMade',
    item: 1,
    yearlyOnly: false,
    unit: 'notes',
    rows: () => dimension('row', ['A', 'B']),
    columns: dimension('column', ['X', 'Y']),
    rowsExclusive: true,
    columnsExclusive: true,
    cellsOf: (note) => [[note.field, note.kind]],
  };
  const units: StatNote[] = [];
  for (const [cell, count] of Object.entries(counts)) {
    for (let index = 0; index < count; index += 1) {
      const id = units.length + 1;
      units.push({
        recordKey: id * 7919,
        tagA: id * 104729,
        tagB: id * 1299709,
        field: cell[0]!,
        kind: cell[1]!,
        observedOn: '2026-05-01',
      });
    }
  }
  return tabulate(definition, units, context);
}

describe('cell suppression', () => {
  test('a naive pattern (row total 3 over two hidden cells of 1 and 2) is recoverable, and the audit sees it', async () => {
    // Row A: X=1, Y=2, total 3 published. Hiding only the two small cells leaves [0, 3] for X — but
    // column X has total 11 with B.X = 10 published, so X is pinned to exactly 1.
    const table = handMade({ AX: 1, AY: 2, BX: 10, BY: 12 });
    const cell = (row: number, column: number) => table.rows[row]!.cells[column]!.fingerprint;
    const naive = new Set([cell(0, 0), cell(0, 1)]);
    const { findings } = await auditIntervals([table], naive);
    expect(findings.map((finding) => finding.high - finding.low)).toEqual([0, 0]);

    const result = await suppress({ tables: [table], k: 3, earlierSuppressed: new Set(), earlierPublished: new Map() });
    const audit = await auditIntervals([table], result.suppressed);
    for (const finding of audit.findings.filter((entry) => !entry.fingerprint.startsWith('0:')))
      expect(finding.high - finding.low).toBeGreaterThanOrEqual(3);
    // More than the two primary cells had to go, and nothing from 1 to 2 is published.
    expect(result.suppressed.size).toBeGreaterThan(2);
    for (const { value } of pairsOf(result.published[0]!)) expect(value === 1 || value === 2).toBe(false);
  });

  test('a row total of 2 over two suppressed cells is not published either', async () => {
    const table = handMade({ AX: 1, AY: 1, BX: 9, BY: 14 });
    const result = await suppress({ tables: [table], k: 3, earlierSuppressed: new Set(), earlierPublished: new Map() });
    const published = result.published[0]!;
    expect(published.rowTotals[0]).toBeNull();
    const audit = await auditIntervals([table], result.suppressed);
    for (const finding of audit.findings.filter((entry) => !entry.fingerprint.startsWith('0:')))
      expect(finding.high - finding.low).toBeGreaterThanOrEqual(3);
  });

  test('what an earlier export of the period published is known: it pins a cell, so the audit refuses', async () => {
    const table = handMade({ AX: 1, AY: 2, BX: 10, BY: 12 });
    const cell = table.rows[0]!.cells[0]!;
    await expect(
      suppress({ tables: [table], k: 3, earlierSuppressed: new Set(), earlierPublished: new Map([[cell.fingerprint, 1]]) }),
    ).rejects.toThrow('statistics audit failed');
  });

  test('over random populations: nothing in 1..k−1 is published and every suppressed quantity has an LP interval ≥ k', async () => {
    await fc.assert(
      fc.asyncProperty(populationArbitrary(120), periodArbitrary, fc.integer({ min: 3, max: 5 }), async (population, period, k) => {
        const result = await compute(population, period, profile('ministerium', k));
        const suppressed = new Set<string>();
        for (const table of result.published) {
          for (const { truth, value } of pairsOf(table)) {
            if (value === null) suppressed.add(truth.fingerprint);
            else {
              expect(value).toBe(truth.n);
              expect(value >= 1 && value < k).toBe(false);
            }
          }
        }
        const audit = await auditIntervals(
          result.published.map((table) => table.table),
          suppressed,
        );
        for (const finding of audit.findings.filter((entry) => !entry.fingerprint.startsWith('0:')))
          expect(finding.high - finding.low).toBeGreaterThanOrEqual(k - 1e-6);
      }),
      { numRuns: 15 },
    );
  });
});
