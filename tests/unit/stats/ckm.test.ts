import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { pairsOf } from '../../../src/shared/stats/ckm';
import { serialiseDocument } from '../../../src/shared/stats/document';
import { compute, periodArbitrary, populationArbitrary, profile } from '../helpers/statsPopulation';

describe('Cell Key Method over random synthetic populations', () => {
  test('no published value in 1..2, |published − true| ≤ 3, true zeros stay zero', async () => {
    await fc.assert(
      fc.asyncProperty(populationArbitrary(), periodArbitrary, async (population, period) => {
        const result = await compute(population, period, profile('buendnis'));
        for (const table of result.published) {
          for (const { truth, value } of pairsOf(table)) {
            if (value === null) continue;
            expect(value === 1 || value === 2).toBe(false);
            expect(Math.abs(value - truth.n)).toBeLessThanOrEqual(3);
            if (truth.n === 0) expect(value).toBe(0);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  test('the same contributor set gets the same value in every table that contains it', async () => {
    await fc.assert(
      fc.asyncProperty(populationArbitrary(), periodArbitrary, async (population, period) => {
        const result = await compute(population, period, profile('buendnis'));
        const seen = new Map<string, number>();
        for (const table of result.published) {
          for (const { truth, value } of pairsOf(table)) {
            if (value === null || truth.n === 0) continue;
            const before = seen.get(truth.fingerprint);
            if (before !== undefined) expect(value).toBe(before);
            seen.set(truth.fingerprint, value);
          }
        }
        // Persons new in the period are the grand total of three tables and a row of the first.
        const totals = ['T03a_statusAtIntake', 'T07_accessRoute', 'T14a_benefitsAtIntake'].map(
          (id) => result.document.tables.find((table) => table.id === id)?.grandTotal,
        );
        const fresh = result.document.tables.find((table) => table.id === 'T01_cases')?.rows.find((row) => row.code === 'new')?.total;
        expect(new Set([...totals, fresh]).size).toBe(1);
      }),
      { numRuns: 40 },
    );
  });

  test('same data ⇒ byte-identical document; shuffled row order changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(populationArbitrary(80), periodArbitrary, fc.integer(), async (population, period, seed) => {
        const shuffled = {
          persons: fc.sample(
            fc.shuffledSubarray(population.persons, { minLength: population.persons.length, maxLength: population.persons.length }),
            { seed, numRuns: 1 },
          )[0]!,
          notes: [...population.notes].reverse(),
        };
        for (const method of ['buendnis', 'ministerium'] as const) {
          const first = serialiseDocument((await compute(population, period, profile(method))).document);
          const again = serialiseDocument((await compute(population, period, profile(method))).document);
          const reordered = serialiseDocument((await compute(shuffled, period, profile(method))).document);
          expect(again).toBe(first);
          expect(reordered).toBe(first);
        }
      }),
      { numRuns: 12 },
    );
  });

  test('rows with a true margin below 10 are merged, and no published row holds all its mass in one cell', async () => {
    await fc.assert(
      fc.asyncProperty(populationArbitrary(), periodArbitrary, async (population, period) => {
        const result = await compute(population, period, profile('buendnis'));
        for (const table of result.published) {
          for (const [index, row] of table.table.rows.entries()) {
            if (table.table.rowDimension.mergeable && row.code !== '_other') expect(row.total.n).toBeGreaterThanOrEqual(10);
            if (table.table.columns.length > 1 && row.total.n > 0) {
              const published = table.cells[index]!;
              const hidden = published.every((value) => value === null);
              expect(hidden || row.cells.filter((cell) => cell.n > 0).length > 1).toBe(true);
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
