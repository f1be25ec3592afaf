import { computeStatistics, type ComputeResult } from '../../../src/main/stats/compute';
import { FIELDS_OF_ACTION } from '../../../src/shared/kernel/vocabulary';
import { type Period } from '../../../src/shared/stats/period';
import type { StatPerson, StatPopulation } from '../../../src/shared/stats/population';
import type { StatsProfile } from '../../../src/shared/stats/schemas';

/** Two consecutive quarters of a synthetic caseload: Q2 is Q1 plus newcomers, nobody else changed (the differencing tests). */
export const Q1: Period = { year: 2026, quarter: 1 };
export const Q2: Period = { year: 2026, quarter: 2 };
export const SIMULATIONS = 120;
export const SEED = 0x5eed_0007;

export type Random = () => number;

export function weighted<T extends string>(random: Random, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let point = random() * total;
  for (const [value, weight] of choices) {
    point -= weight;
    if (point < 0) return value;
  }
  return choices.at(-1)![0];
}
export const integer = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
export const uint32 = (random: Random) => Math.floor(random() * 2 ** 32) >>> 0;
export const isoDay = (from: string, offset: number) =>
  new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

// Rough shape of a KIM / Teilhabemanagement caseload: mostly young men, a few large origin countries.
const GENDERS = [
  ['male', 68],
  ['female', 28],
  ['diverse', 1],
  ['notStated', 3],
] as const;
const COUNTRIES = [
  ['SY', 20],
  ['AF', 18],
  ['IQ', 9],
  ['TR', 8],
  ['GN', 5],
  ['ER', 5],
  ['IR', 5],
  ['SO', 4],
  ['NG', 4],
  ['UA', 4],
  ['PK', 2],
  ['MA', 2],
  ['DZ', 2],
  ['YE', 2],
  ['SD', 2],
  ['CM', 1],
  ['AL', 1],
  ['GE', 1],
  ['RU', 1],
  ['VN', 1],
  ['XX', 3],
] as const;
const STATUSES = [
  ['gestattung55', 34],
  ['duldung60a', 28],
  ['duldung60b', 5],
  ['duldung60c', 8],
  ['duldung60d', 4],
  ['ae104c', 6],
  ['ae25a', 6],
  ['ae25b', 3],
  ['ae25abs5', 3],
  ['unknown', 3],
] as const;
const PERMISSIONS = [
  ['employmentWithApproval', 45],
  ['gainfulActivityNotPermitted', 20],
  ['employmentPermitted', 15],
  ['gainfulActivityPermitted', 10],
  ['none', 10],
] as const;
const ROUTES = [
  ['selfReferral', 20],
  ['immigrationOffice', 20],
  ['socialWelfareOffice', 12],
  ['jobcenter', 12],
  ['jmdMbe', 10],
  ['school', 10],
  ['accommodation', 8],
  ['volunteer', 4],
  ['other', 4],
] as const;
const BENEFITS = [
  ['asylblg3', 35],
  ['asylblg2', 25],
  ['sgb2', 25],
  ['sgb12', 3],
  ['none', 7],
  ['notRecorded', 5],
] as const;
const NEED_SHARE: Record<string, number> = {
  residence: 0.6,
  language: 0.5,
  education: 0.25,
  vocationalTraining: 0.35,
  work: 0.4,
  housing: 0.3,
  health: 0.12,
  financesBenefits: 0.3,
  family: 0.1,
  socialLeisure: 0.1,
};

/**
 * One person. `stable` persons have their birthday in the second half of the year, so their age band
 * is the same at the end of Q1 and of Q2, and every status started before 2026: they are classified
 * identically in both quarters.
 */
export function person(random: Random, intakeDate: string, stable: boolean): StatPerson {
  const age = integer(random, 18, 27);
  const intakeYear = Number(intakeDate.slice(0, 4));
  const birthDate = stable
    ? `${intakeYear - age - 1}-${String(integer(random, 7, 12)).padStart(2, '0')}-15`
    : isoDay(intakeDate, -age * 365.25 - integer(random, 0, 364));
  const status = weighted(random, STATUSES);
  const permission = weighted(random, PERMISSIONS);
  const benefits = weighted(random, BENEFITS);
  return {
    recordKey: uint32(random),
    tagA: uint32(random),
    tagB: uint32(random),
    gender: weighted(random, GENDERS),
    birthDate,
    countryOfOrigin: weighted(random, COUNTRIES),
    accessRoute: weighted(random, ROUTES),
    benefits: benefits === 'notRecorded' ? null : benefits,
    intakeDate,
    closedOn: null,
    statuses: [
      { status, validFrom: isoDay(intakeDate, -integer(random, 0, 200)), workPermission: permission === 'none' ? null : permission },
    ],
    closure: null,
    needs: FIELDS_OF_ACTION.filter((field) => random() < NEED_SHARE[field]!),
    goals: [],
    referrals: [],
    trainingStarts: [],
    contactsInPeriod: integer(random, 0, 9),
  };
}

export interface Scenario {
  q1: StatPopulation;
  q2: StatPopulation;
  /** The person the attacker is after; `others` more persons entered with X (known to the attacker as a number). */
  newcomer: StatPerson;
  newcomers: number;
}

/** Q1: a caseload of 25–160 persons. Q2: the same persons, classified identically, plus `newcomers` persons, X first. */
export function scenario(random: Random, newcomers: number): Scenario {
  const size = integer(random, 25, 160);
  const others = Array.from({ length: size }, () => {
    // Most were taken in during 2025, some in Q1 2026 (new in Q1, part of the stock in Q2).
    const intake = random() < 0.8 ? isoDay('2025-01-01', integer(random, 0, 364)) : isoDay('2026-01-01', integer(random, 0, 89));
    return person(random, intake, true);
  });
  const entering = Array.from({ length: newcomers }, () => person(random, isoDay('2026-04-01', integer(random, 0, 90)), false));
  return { q1: { persons: others, notes: [] }, q2: { persons: [...others, ...entering], notes: [] }, newcomer: entering[0]!, newcomers };
}

export async function exportOf(
  population: StatPopulation,
  period: Period,
  chosen: StatsProfile,
  frozenOrigin: string[] | null,
  exportedQuarters: Period[] = [],
): Promise<ComputeResult> {
  return computeStatistics({
    population,
    period,
    profile: chosen,
    frozenOrigin,
    exportedQuarters,
    earlier: { suppressed: new Set(), published: new Map(), methods: new Set() },
    source: 'differencing',
    excludedByConsent: 0,
    consentRule: 'countAll',
  });
}

// ----- the attacker --------------------------------------------------------------------------------
