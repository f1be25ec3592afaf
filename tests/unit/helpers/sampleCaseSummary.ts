import type { CaseSummary } from '../../../src/shared/cases/domain';

/** One case list row as the core sends it (no status, no open deadline); callers override what their test is about. */
export function sampleCaseSummary(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: 'id',
    code: 'FB-2026-0001',
    familyName: 'Müller',
    givenNames: 'Ayşe',
    birthDate: '2004-05-15',
    phase: 'intake',
    programme: 'kim',
    counsellorId: 'c1',
    counsellorName: 'Samira Berger',
    currentStatus: null,
    currentStatusUntil: null,
    nextDeadlineOn: null,
    nextDeadlineBucket: null,
    age: 22,
    intakeDate: '2026-01-02',
    closedOn: null,
    ...overrides,
  };
}
