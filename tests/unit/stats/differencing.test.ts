import { describe, expect, test } from 'vitest';
import { differencingThreshold } from '../../../src/main/stats/differencing';
import { report, simulate } from '../helpers/differencingAttack';
import { Q1, Q2, SEED, SIMULATIONS, exportOf, scenario } from '../helpers/quarterScenario';
import { profile, seededRandom } from '../helpers/statsPopulation';

/** Differencing between two consecutive quarters (issue 5, test 7): the attacker and its scenario are in helpers/differencingAttack.ts. */

const METHODS = [
  ['buendnis', 'Cell Key Method (Bündnis)'],
  ['ministerium', 'cell suppression k = 3 (Ministerium)'],
] as const;

/** Fails above this share of simulations in which any attribute of X is revealed (docs/statistics.md). */
const THRESHOLD = 0.05;

describe('differencing two consecutive quarters', () => {
  test.each(METHODS)(
    'populations differing by one person: %s reveals X in at most 5 % of simulations',
    async (method, label) => {
      const tally = await simulate(method, SEED, SIMULATIONS, 1);
      console.info(report(`${label}, one newcomer`, tally));
      expect(tally.runs).toBe(SIMULATIONS);
      expect(tally.anyRevealed / tally.runs).toBeLessThanOrEqual(THRESHOLD);
    },
    120_000,
  );

  test.each(METHODS)(
    'the fewest newcomers the guard lets through (10): %s reveals X in at most 5 % of simulations',
    async (method, label) => {
      const newcomers = differencingThreshold(profile(method).k);
      const tally = await simulate(method, SEED + 1, SIMULATIONS, newcomers);
      console.info(report(`${label}, ${newcomers} newcomers`, tally));
      // The tables are published here: the figure measures the methods, not the guard.
      expect(tally.byAttribute.get('gender')!.withheld).toBe(0);
      expect(tally.anyRevealed / tally.runs).toBeLessThanOrEqual(THRESHOLD);
    },
    120_000,
  );

  test('the guard withholds a table when 1..9 persons changed in it, lists it in the checks, and lets ≥ 10 through', async () => {
    const random = seededRandom(SEED + 2);
    for (const [newcomers, expected] of [
      [1, true],
      [9, true],
      [10, false],
    ] as const) {
      const { q2 } = scenario(random, newcomers);
      for (const [method] of METHODS) {
        const result = await exportOf(q2, Q2, profile(method), null, [Q1]);
        const ids = result.document.tables.map((table) => table.id);
        const check = result.checks.find((candidate) => candidate.id === 'differencingGuard');
        for (const id of ['T02_genderAge', 'T05_workPermission', 'T06_origin']) expect(ids.includes(id)).toBe(!expected);
        expect(check?.status).toBe(expected ? 'warning' : 'passed');
        if (expected) expect(String(check?.params.tables)).toContain('T02_genderAge');
        // Case counts carry no attribute and stay; tables of new persons compare disjoint populations.
        expect(ids).toContain('T01_cases');
      }
    }
    // Only exported quarters can be differenced; yearly reports are not compared with quarters.
    const { q2 } = scenario(random, 1);
    for (const [period, exported] of [
      [Q2, []],
      [Q2, [{ year: 2026, quarter: 3 }]],
      [{ year: 2026, quarter: null }, [Q1]],
    ] as const) {
      const result = await exportOf(q2, period, profile('ministerium'), null, [...exported]);
      expect(result.checks.some((candidate) => candidate.id === 'differencingGuard')).toBe(false);
      expect(result.document.tables.map((table) => table.id)).toContain('T02_genderAge');
    }
  }, 120_000);
});
