import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeStatistics, type ComputeResult } from '../../../src/main/stats/compute';
import type { Publication } from '../../../src/main/stats/publications';
import { FIELDS_OF_ACTION } from '../../../src/shared/kernel/vocabulary';
import { PERSON_TABLES, type TableContext } from '../../../src/shared/stats/catalogue';
import { originDimension } from '../../../src/shared/stats/dimensions';
import { periodBounds, type Period } from '../../../src/shared/stats/period';
import type { StatPerson, StatPopulation } from '../../../src/shared/stats/population';
import type { ExportDocument, ExportTable, StatsProfile } from '../../../src/shared/stats/schemas';
import { MULTI_RESPONSE, consistentPlacements, type Placement } from '../helpers/differencingAttack';
import { profile } from '../helpers/statsPopulation';

/**
 * Any two exports that overlap in period (issue 13, part 1): the same quarter again, the same year
 * again, a year after one of its quarters and a quarter after its year. The first is exported, then
 * 1–3 late entrants dated inside both periods are added, then the second is exported (for the same
 * period: as the explicit Korrekturlieferung it must be).
 *
 * Scenario — the strongest case for the attacker: 8–60 persons taken in during 2025, never closed,
 * birthdays in January to mid-March, statuses from before 2026, the same contacts and needs in both
 * periods — so every one of them is classified identically in both exports, and the late entrants
 * are the only difference. The attacker holds both files, knows the catalogue, the methods, k and the
 * ptable, knows that only the late entrants changed and how many there are — but no record key and
 * no true count. Each placement of the first late entrant X in a table is a hypothesis, rejected only
 * by a necessary consequence of that knowledge (as in differencing.test.ts); „revealed“ means every
 * surviving hypothesis puts X in the same category of an attribute.
 */

type Random = () => number;
const YEAR_2026: Period = { year: 2026, quarter: null };
const Q2_2026: Period = { year: 2026, quarter: 2 };
const PAIRS: readonly [string, Period, Period][] = [
  ['the same quarter again', Q2_2026, Q2_2026],
  ['the same year again', YEAR_2026, YEAR_2026],
  ['the year after its quarter', Q2_2026, YEAR_2026],
  ['a quarter after its year', YEAR_2026, Q2_2026],
];
const DRAWS = 25;
const THRESHOLD = 0.05;

const day = (from: string, offset: number) => new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const pick = <T>(random: Random, values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const uint32 = (random: Random) => Math.floor(random() * 2 ** 32) >>> 0;

function person(random: Random, intakeDate: string, stable: boolean): StatPerson {
  const age = 18 + Math.floor(random() * 10);
  const year = Number(intakeDate.slice(0, 4));
  return {
    recordKey: uint32(random),
    tagA: uint32(random),
    tagB: uint32(random),
    gender: pick(random, ['male', 'male', 'female', 'female', 'diverse']),
    birthDate: stable ? `${year - age}-0${1 + Math.floor(random() * 2)}-1${Math.floor(random() * 5)}` : day(intakeDate, -age * 366),
    countryOfOrigin: pick(random, ['SY', 'SY', 'AF', 'AF', 'IQ', 'ER', 'GN', 'TR']),
    accessRoute: pick(random, ['selfReferral', 'immigrationOffice', 'jobcenter', 'school']),
    benefits: pick(random, ['asylblg3', 'asylblg2', 'sgb2', null]),
    intakeDate,
    closedOn: null,
    statuses: [
      {
        status: pick(random, ['gestattung55', 'duldung60a', 'duldung60c', 'ae25a']),
        validFrom: stable ? '2025-01-01' : intakeDate,
        workPermission: pick(random, ['employmentWithApproval', 'gainfulActivityNotPermitted', null]),
      },
    ],
    closure: null,
    needs: FIELDS_OF_ACTION.filter(() => random() < 0.3),
    assessed: true,
    goals: [],
    referrals: [],
    trainingStarts: [],
    contactsInPeriod: Math.floor(random() * 8),
  };
}

interface Scenario {
  before: StatPopulation;
  after: StatPopulation;
  newcomer: StatPerson;
  newcomers: number;
}

function scenario(seed: number): Scenario {
  // The sizes come from fast-check (8–60 persons, 1–3 late entrants); the persons from a seeded stream.
  const [size, newcomers] = fc.sample(fc.tuple(fc.integer({ min: 8, max: 60 }), fc.integer({ min: 1, max: 3 })), { numRuns: 1, seed })[0]!;
  let state = seed >>> 0;
  const random: Random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const stable = Array.from({ length: size }, () => person(random, day('2025-01-01', Math.floor(random() * 360)), true));
  const late = Array.from({ length: newcomers }, () => person(random, day('2026-04-01', Math.floor(random() * 90)), false));
  return { before: { persons: stable, notes: [] }, after: { persons: [...stable, ...late], notes: [] }, newcomer: late[0]!, newcomers };
}

async function exportOf(
  population: StatPopulation,
  period: Period,
  chosen: StatsProfile,
  first: ComputeResult | null,
  guarded: boolean,
): Promise<ComputeResult> {
  const publications: Publication[] =
    first && guarded
      ? [
          {
            id: 'first',
            at: '2026-07-02T09:00:00Z',
            periodCode: first.document.period.code,
            profileId: chosen.id,
            method: chosen.method,
            k: chosen.k,
            revision: 0,
            tables: first.stored,
          },
        ]
      : [];
  return computeStatistics({
    population,
    period,
    profile: chosen,
    frozenOrigin: first?.originCategories ?? null,
    frozenMerges: first?.merges,
    earlier: { suppressed: new Set(), published: new Map(), methods: new Set() },
    source: 'overlap',
    excludedByConsent: 0,
    consentRule: 'countAll',
    publications,
    correction: first !== null && guarded && first.document.period.code === periodBounds(period).code,
  });
}

// ----- the attacker (the reasoning of differencing.test.ts, for any two releases) ------------------
// The hypotheses and their check come from the differencing helper, with every table a stock table:
// both releases count the same persons in it, apart from the late entrants.

const ATTRIBUTES: { name: string; table: string; of: (placement: Placement) => string }[] = [
  { name: 'gender', table: 'T02_genderAge', of: (placement) => placement[0]?.[0] ?? '' },
  { name: 'ageBand', table: 'T02_genderAge', of: (placement) => placement[0]?.[1] ?? '' },
  { name: 'statusAtIntake', table: 'T03a_statusAtIntake', of: (placement) => placement[0]?.[0] ?? '' },
  { name: 'workPermission', table: 'T05_workPermission', of: (placement) => placement[0]?.[0] ?? '' },
  { name: 'origin', table: 'T06_origin', of: (placement) => placement[0]?.[0] ?? '' },
  { name: 'accessRoute', table: 'T07_accessRoute', of: (placement) => placement[0]?.[0] ?? '' },
  {
    name: 'needs',
    table: MULTI_RESPONSE,
    of: (placement) =>
      placement
        .map(([row]) => row)
        .sort()
        .join('+'),
  },
  { name: 'contactBand', table: 'T13b_contacts', of: (placement) => placement[0]?.[0] ?? '' },
  { name: 'benefits', table: 'T14a_benefitsAtIntake', of: (placement) => placement[0]?.[0] ?? '' },
];

/** Attributes of X the two files reveal with certainty, and whether the merged category lists differ. */
function attack(first: ExportDocument, second: ExportDocument, newcomers: number, origin: string[], x: StatPerson): string[] {
  const revealed: string[] = [];
  const context: TableContext = {
    period: periodBounds({ year: second.period.year, quarter: second.period.quarter as 1 | 2 | 3 | 4 | null }),
    origin: new Set(origin),
    originDimension: originDimension(origin),
  };
  for (const attribute of ATTRIBUTES) {
    const earlier = first.tables.find((table) => table.id === attribute.table);
    const later = second.tables.find((table) => table.id === attribute.table);
    if (!earlier || !later) continue;
    // A changed list of merged categories marks the newcomer as outside the majority: count it as revealing.
    const merges = (table: ExportTable) => JSON.stringify(table.rows.map((row) => [row.code, row.merged]));
    if (merges(earlier) !== merges(later)) {
      revealed.push(`${attribute.name} (merges)`);
      continue;
    }
    const survivors = consistentPlacements(first.method, attribute.table, earlier, later, true, newcomers);
    const truth = PERSON_TABLES.find((table) => table.id === attribute.table)!.cellsOf(x, context);
    if (!survivors.some((placement) => attribute.of(placement) === attribute.of(truth))) continue;
    if (attribute.table === MULTI_RESPONSE) {
      const fields = [...new Set(survivors.flat().map(([row]) => row))];
      if (fields.some((field) => survivors.every((placement) => placement.some(([row]) => row === field)))) revealed.push(attribute.name);
    } else if (new Set(survivors.map(attribute.of)).size === 1) revealed.push(attribute.name);
  }
  return revealed;
}

async function simulate(
  method: 'buendnis' | 'ministerium',
  firstPeriod: Period,
  secondPeriod: Period,
  guarded: boolean,
  draws: number,
  seed: number,
) {
  const chosen = profile(method);
  let revealedDraws = 0;
  const examples: string[] = [];
  for (let draw = 0; draw < draws; draw += 1) {
    const { before, after, newcomer, newcomers } = scenario(seed + draw);
    const first = await exportOf(before, firstPeriod, chosen, null, guarded);
    const second = await exportOf(after, secondPeriod, chosen, first, guarded);
    const revealed = attack(first.document, second.document, newcomers, first.originCategories, newcomer);
    if (revealed.length > 0) {
      revealedDraws += 1;
      examples.push(revealed.join(', '));
    }
  }
  return { share: revealedDraws / draws, examples };
}

describe('any two overlapping exports do not reveal late entrants', () => {
  for (const [label, firstPeriod, secondPeriod] of PAIRS) {
    test.each([['buendnis'], ['ministerium']] as const)(
      `${label}: %s reveals an attribute of a late entrant in at most 5 % of draws`,
      async (method) => {
        const result = await simulate(method, firstPeriod, secondPeriod, true, DRAWS, 0x0ae1_0000);
        console.info(
          `${label}, ${method}: revealed in ${(result.share * 100).toFixed(1)} % of ${DRAWS} draws`,
          result.examples.slice(0, 3),
        );
        expect(result.share).toBeLessThanOrEqual(THRESHOLD);
      },
      180_000,
    );
  }

  test('the attacker is strong enough to see the problem: without the check against earlier publications it reveals far more', async () => {
    const ckm = await simulate('buendnis', Q2_2026, Q2_2026, false, 12, 0x0ae1_1000);
    const exact = await simulate('ministerium', YEAR_2026, Q2_2026, false, 12, 0x0ae1_2000);
    console.info(`unguarded: CKM ${(ckm.share * 100).toFixed(1)} %, suppression ${(exact.share * 100).toFixed(1)} %`);
    expect(ckm.share).toBeGreaterThan(THRESHOLD);
    expect(exact.share).toBeGreaterThan(THRESHOLD);
  }, 180_000);
});
