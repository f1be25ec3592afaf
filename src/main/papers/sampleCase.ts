import type { CaseFacts } from './caseRepository';

/**
 * The training case templates are previewed against („Schulungsfall“): invented data, no person of
 * the vault. The supervisor sees no case contents (data minimisation), yet must see what a template
 * makes of a case before counsellors use it. Its names are in Arabic script on purpose: a template
 * preview shows at once that such names print correctly.
 */
export const SAMPLE_CASE: CaseFacts = {
  code: 'SCH-2026-0001',
  familyName: 'حداد',
  givenNames: 'رامي',
  birthDate: '2003-08-12',
  gender: 'male',
  nationalities: ['SY'],
  countryOfOrigin: 'SY',
  languages: ['Arabisch', 'Englisch'],
  germanLevel: 'B1',
  programme: 'kim',
  accessRoute: 'immigrationOffice',
  intakeDate: '2025-09-15',
  entryDate: '2022-06-01',
  counsellorName: 'Schulung Beratung',
  statuses: [
    {
      status: 'duldung60a',
      validFrom: '2025-07-01',
      validUntil: '2026-01-31',
      workPermission: 'employmentWithApproval',
      createdAt: '2025-09-15',
    },
    {
      status: 'duldung60c',
      validFrom: '2026-02-01',
      validUntil: '2027-01-31',
      workPermission: 'employmentPermitted',
      createdAt: '2026-02-03',
    },
  ],
  trainingStarts: ['2026-08-01'],
  goals: [
    { field: 'language', wording: 'Deutschprüfung B1 bestehen', agreedOn: '2025-10-01', targetDate: '2026-03-31', status: 'achieved' },
    {
      field: 'vocationalTraining',
      wording: 'Ausbildungsplatz als Elektroniker finden',
      agreedOn: '2025-11-05',
      targetDate: '2026-08-01',
      status: 'partial',
    },
  ],
  referrals: [
    { offerKind: 'languageCourse', referredOn: '2025-10-02', result: 'completed', partnerName: 'Sprachschule Beispielstadt' },
    { offerKind: 'trainingPlacement', referredOn: '2026-01-12', result: 'accepted', partnerName: 'Agentur für Arbeit Beispielstadt' },
  ],
  contacts: [
    { occurredOn: '2025-09-15', kind: 'inPerson', durationMinutes: 60, topics: ['residence', 'language'], note: '' },
    { occurredOn: '2025-10-20', kind: 'phone', durationMinutes: 15, topics: ['language'], note: '' },
    { occurredOn: '2026-01-12', kind: 'accompaniment', durationMinutes: 120, topics: ['vocationalTraining'], note: '' },
  ],
  closure: null,
};
