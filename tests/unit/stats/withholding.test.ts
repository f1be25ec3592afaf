import { describe, expect, test } from 'vitest';
import { computeStatistics } from '../../../src/main/stats/compute';
import type { Publication } from '../../../src/main/stats/publications';
import { PERSON_TABLES } from '../../../src/shared/stats/catalogue';
import type { Period } from '../../../src/shared/stats/period';
import { profile } from '../helpers/statsPopulation';
import { seededPopulation } from '../helpers/statsSeeded';

/**
 * An earlier delivery written before the vault kept what it published (before migration 0008) cannot
 * be compared with: how many persons changed since is unknown, so every person table is withheld
 * rather than guessed — except the case counts, which name no attribute (docs/statistics.md, part 1).
 */
const YEAR: Period = { year: 2025, quarter: null };

function olderDelivery(periodCode: string): Publication {
  return {
    id: 'before-0008',
    at: '2026-01-20T09:00:00.000Z',
    periodCode,
    profileId: 'ministerium',
    method: 'suppression',
    k: 3,
    revision: 0,
    tables: null,
  };
}

async function withPublications(publications: Publication[]) {
  return computeStatistics({
    population: seededPopulation(120, 2025),
    period: YEAR,
    profile: profile('buendnis'),
    frozenOrigin: null,
    earlier: { suppressed: new Set(), published: new Map(), methods: new Set() },
    source: 'withholding',
    excludedByConsent: 0,
    consentRule: 'countAll',
    publications,
  });
}

describe('an earlier delivery without stored tables', () => {
  test('of an overlapping period: every person table but T01 is withheld, with the reason; notes and partners stay', async () => {
    const result = await withPublications([olderDelivery('2025-Q4')]);
    const personTables = PERSON_TABLES.map((table) => table.id).filter((id) => id !== 'T01_cases');
    expect(result.withheld.map((entry) => entry.tableId).sort()).toEqual([...personTables].sort());
    for (const entry of result.withheld) expect(entry).toMatchObject({ reason: 'noStoredTables', period: '2025-Q4', changed: 0 });
    expect(result.document.withheldTables).toEqual([...personTables].sort());
    expect(result.document.tables.map((table) => table.id)).toEqual(['T01_cases', 'T15_structuralNotes', 'T16c_partners']);
    expect(result.checks.find((check) => check.id === 'overlapGuard')).toMatchObject({ status: 'warning' });
  }, 60_000);

  test('of a period that does not overlap: nothing is withheld', async () => {
    const result = await withPublications([olderDelivery('2024')]);
    expect(result.withheld).toEqual([]);
    expect(result.checks.some((check) => check.id === 'overlapGuard')).toBe(false);
  }, 60_000);
});
