import fc from 'fast-check';
import { FIELDS_OF_ACTION, STRUCTURAL_NOTE_KINDS } from '../../../src/shared/kernel/vocabulary';
import { computeStatistics, type ComputeResult } from '../../../src/main/stats/compute';
import { BUILT_IN_PROFILES } from '../../../src/main/stats/service';
import type { Period } from '../../../src/shared/stats/period';
import type { StatNote, StatPerson, StatPopulation } from '../../../src/shared/stats/population';
import type { StatsProfile } from '../../../src/shared/stats/schemas';

/** Random synthetic populations for the property tests (dates inside 2025–2026). */
const uint32 = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const day = fc.integer({ min: 0, max: 700 }).map((offset) => new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10));
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

const personArbitrary: fc.Arbitrary<StatPerson> = fc
  .record({
    recordKey: uint32,
    tagA: uint32,
    tagB: uint32,
    gender: pick(['female', 'male', 'diverse', 'notStated']),
    birthDate: fc.option(
      fc.integer({ min: 1995, max: 2008 }).map((year) => `${year}-06-15`),
      { nil: null },
    ),
    countryOfOrigin: fc.option(pick(['SY', 'AF', 'IQ', 'ER', 'GN', 'TR', 'SO', 'UA', 'IR', 'NG', 'XX']), { nil: null }),
    accessRoute: pick(['selfReferral', 'immigrationOffice', 'jobcenter', 'school', 'other']),
    benefits: fc.option(pick(['asylblg3', 'asylblg2', 'sgb2', 'none']), { nil: null }),
    intakeDate: day,
    closeAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
    statuses: fc.array(
      fc.record({
        status: pick(['gestattung55', 'duldung60a', 'duldung60c', 'ae25a', 'unknown']),
        validFrom: fc.option(day, { nil: null }),
        workPermission: fc.option(pick(['employmentPermitted', 'employmentWithApproval']), { nil: null }),
      }),
      { maxLength: 3 },
    ),
    closure: fc.record({
      reason: pick(['goalsAchieved', 'relocation', 'lostContact']),
      whereabouts: pick(['vocationalTraining', 'employment', 'languageCourse', 'unknown']),
      statusAtClosure: fc.constant(null),
    }),
    needs: fc.uniqueArray(pick(FIELDS_OF_ACTION), { maxLength: 4 }),
    goals: fc.array(
      fc.record({
        field: pick(FIELDS_OF_ACTION),
        agreedOn: fc.option(day, { nil: null }),
        status: pick(['open', 'achieved']),
        updatedOn: day,
      }),
      { maxLength: 3 },
    ),
    referrals: fc.array(
      fc.record({
        offerKind: pick(['languageCourse', 'jobPlacement', 'other']),
        referredOn: day,
        result: pick(['open', 'accepted', 'declined']),
      }),
      { maxLength: 2 },
    ),
    trainingStarts: fc.array(day, { maxLength: 1 }),
    contactsInPeriod: fc.integer({ min: 0, max: 9 }),
  })
  .map(({ closeAfter, closure, statuses, ...person }) => {
    const closedOn =
      closeAfter === null ? null : new Date(Date.parse(person.intakeDate) + closeAfter * 86_400_000).toISOString().slice(0, 10);
    return {
      ...person,
      closedOn,
      closure: closedOn ? closure : null,
      statuses: [...statuses].sort((left, right) => (left.validFrom ?? '').localeCompare(right.validFrom ?? '')),
    };
  });

const noteArbitrary: fc.Arbitrary<StatNote> = fc.record({
  recordKey: uint32,
  tagA: uint32,
  tagB: uint32,
  field: pick(FIELDS_OF_ACTION),
  kind: pick(STRUCTURAL_NOTE_KINDS),
  observedOn: day,
});

export function populationArbitrary(maxPersons = 160): fc.Arbitrary<StatPopulation> {
  return fc.record({
    persons: fc.array(personArbitrary, { minLength: 1, maxLength: maxPersons }),
    notes: fc.array(noteArbitrary, { maxLength: 30 }),
  });
}

export const periodArbitrary: fc.Arbitrary<Period> = fc.constantFrom<Period>(
  { year: 2025, quarter: null },
  { year: 2025, quarter: 3 },
  { year: 2026, quarter: 1 },
  { year: 2026, quarter: 2 },
);

export function profile(id: 'buendnis' | 'ministerium', k = 3): StatsProfile {
  const found = BUILT_IN_PROFILES.find((candidate) => candidate.id === id)!;
  return { ...found, k };
}

export function compute(
  population: StatPopulation,
  period: Period,
  chosen: StatsProfile,
  earlier?: { suppressed: Set<string>; published: Map<string, number> },
): Promise<ComputeResult> {
  return computeStatistics({
    population,
    period,
    profile: chosen,
    frozenOrigin: null,
    earlier: { suppressed: earlier?.suppressed ?? new Set(), published: earlier?.published ?? new Map(), methods: new Set() },
    source: 'test',
    excludedByConsent: 0,
    consentRule: 'excludeWithdrawn',
  });
}

/** Deterministic PRNG for the statistical tests (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
