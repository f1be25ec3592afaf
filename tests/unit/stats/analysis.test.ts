import { describe, expect, test } from 'vitest';
import { computeStatistics } from '../../../src/main/stats/compute';
import { FIELDS_OF_ACTION } from '../../../src/shared/kernel/vocabulary';
import type { StatPartner, StatPopulation } from '../../../src/shared/stats/population';
import type { ExportDocument } from '../../../src/shared/stats/schemas';
import { profile } from '../helpers/statsPopulation';
import { seededPopulation } from '../helpers/statsSeeded';

/**
 * The Bedarfs- und Angebotsanalyse (issue 13, part 4): T16c counts partner organisations per
 * Handlungsfeld — every field its own row (organisations, not persons: nothing is merged into
 * „Sonstige“, or the gap view could not tell which field lacks offers) — and the gap view names the
 * fields with needs but few offers, from the published figures only.
 */
let seeded: StatPopulation | null = null;

function partner(index: number, fields: string[]): StatPartner {
  return { recordKey: 1000 + index * 7919, tagA: index * 31, tagB: index * 17, fields };
}

async function documentWith(partners: StatPartner[], method: 'buendnis' | 'ministerium'): Promise<ExportDocument> {
  seeded ??= seededPopulation(260, 2025);
  const result = await computeStatistics({
    population: { ...seeded, partners },
    period: { year: 2025, quarter: null },
    profile: profile(method),
    frozenOrigin: null,
    earlier: { suppressed: new Set(), published: new Map(), methods: new Set() },
    source: 'analysis',
    excludedByConsent: 0,
    consentRule: 'countAll',
  });
  return result.document;
}

describe('Bedarfs- und Angebotsanalyse', () => {
  test('T16c: every Handlungsfeld is a row of its own, offers outside the fields are not counted; a field with needs and few offers is a gap', async () => {
    // Twelve language schools; two partners for work (one of them also with an offer of kind „other“); one with „other“ only.
    const partners = [
      ...Array.from({ length: 12 }, (_, index) => partner(index, ['language'])),
      partner(12, ['_other', 'work']),
      partner(13, ['work']),
      partner(14, ['_other']),
    ];
    const document = await documentWith(partners, 'ministerium');
    const t16c = document.tables.find((table) => table.id === 'T16c_partners')!;
    expect(t16c.rows.map((row) => row.code)).toEqual([...FIELDS_OF_ACTION]);
    expect(t16c.rows.every((row) => row.merged.length === 0)).toBe(true);
    const total = (code: string) => t16c.rows.find((row) => row.code === code)?.total;
    expect(total('language')).toBe(12);
    // Two partners are below k = 3: suppressed, not merged away.
    expect(total('work')).toBeNull();
    expect(total('housing')).toBe(0);
    // The partner with only „other“ offers serves no field: 14 organisations, not 15.
    expect(t16c.grandTotal).toBe(14);

    // The gap view: a field with at least 10 persons in need and at most 3 (or withheld) offers is „few offers“;
    // the language field with its twelve schools is not.
    const fewOffers = document.gaps.filter((gap) => gap.reasons.includes('fewOffers')).map((gap) => gap.code);
    const analysis = document.tables.find((table) => table.id === 'T16a_needsAndReferrals')!;
    const needIndex = analysis.columns.findIndex((column) => column.code === 'need');
    const needing = analysis.rows.filter((row) => (row.values[needIndex] ?? 0) >= 10).map((row) => row.code);
    expect(needing).toEqual(expect.arrayContaining(['language', 'work', 'housing']));
    expect(fewOffers).toEqual(expect.arrayContaining(['work', 'housing']));
    expect(fewOffers).not.toContain('language');
  }, 60_000);

  test('with the Cell Key Method the partner counts are perturbed like any count, and still never merged', async () => {
    const partners = Array.from({ length: 30 }, (_, index) => partner(index, [FIELDS_OF_ACTION[index % 3]!]));
    const document = await documentWith(partners, 'buendnis');
    const t16c = document.tables.find((table) => table.id === 'T16c_partners')!;
    expect(t16c.rows.map((row) => row.code)).toEqual([...FIELDS_OF_ACTION]);
    for (const row of t16c.rows) expect([1, 2]).not.toContain(row.total);
    expect(t16c.additive).toBe(false);
  }, 60_000);
});
