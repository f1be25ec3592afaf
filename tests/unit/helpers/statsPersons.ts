import type { StatPerson } from '../../../src/shared/stats/population';

/** Hand-made persons for the fixed regression cases (keys and tags from a counter). */
let counter = 0;

export function statPerson(overrides: Partial<StatPerson> = {}): StatPerson {
  counter += 1;
  return {
    recordKey: (counter * 2_654_435_761) >>> 0,
    tagA: (counter * 40_503 + 17) >>> 0,
    tagB: (counter * 1_299_709 + 101) >>> 0,
    gender: 'male',
    birthDate: '2003-02-01',
    countryOfOrigin: 'SY',
    accessRoute: 'selfReferral',
    benefits: 'asylblg3',
    intakeDate: '2025-03-01',
    closedOn: null,
    statuses: [{ status: 'gestattung55', validFrom: '2025-01-01', workPermission: 'employmentWithApproval' }],
    closure: null,
    needs: [],
    goals: [],
    referrals: [],
    trainingStarts: [],
    contactsInPeriod: 2,
    ...overrides,
  };
}

export function times(count: number, make: () => StatPerson): StatPerson[] {
  return Array.from({ length: count }, make);
}

export function closedPerson(closedOn: string, reason: string, whereabouts: string, overrides: Partial<StatPerson> = {}): StatPerson {
  return statPerson({ closedOn, closure: { reason, whereabouts, statusAtClosure: null }, ...overrides });
}
