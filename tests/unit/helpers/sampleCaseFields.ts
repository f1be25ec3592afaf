import type { CaseFields } from '../../../src/shared/cases/domain';

/**
 * One valid case for tests (unit and E2E): a 22-year-old from Syria in the KIM programme. Callers
 * override what their test is about; everything else stays valid.
 */
export function sampleCaseFields(overrides: Partial<CaseFields> = {}): CaseFields {
  return {
    familyName: 'Müller',
    givenNames: 'Ayşe',
    birthDate: '2004-05-15',
    gender: 'female',
    nationalities: ['SY'],
    countryOfOrigin: 'SY',
    languages: ['Arabisch'],
    interpreterNeeded: false,
    entryDate: '2022-03-01',
    housing: 'communalAccommodation',
    benefits: 'asylblg3',
    schoolYears: 9,
    schoolCertificate: null,
    schoolCountry: 'SY',
    germanLevel: 'A2',
    germanCertificate: null,
    workExperience: null,
    programme: 'kim',
    accessRoute: 'immigrationOffice',
    intakeDate: '2026-11-02',
    phase: 'intake',
    specialCategoryNotes: null,
    ...overrides,
  };
}
