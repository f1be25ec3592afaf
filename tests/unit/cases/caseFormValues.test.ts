import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseContactSchema, caseFieldsSchema } from '@shared/cases/domain';
import { toIsoDate } from '@shared/kernel/dates';
import {
  caseFormSchema,
  caseFormValuesOf,
  emptyCaseForm,
  formFieldOfServerPath,
} from '../../../src/renderer/src/cases/form/caseFormSchema';
import { countryCodeFromName } from '../../../src/renderer/src/cases/form/countryNames';
import { formatGermanDate, parseGermanDate } from '../../../src/renderer/src/ui/dates';
import { emptyJournalForm, journalFormSchema, normalizeTimeOfDay } from '../../../src/renderer/src/journal/journalForm';
import { statusFormSchema } from '../../../src/renderer/src/cases/status/AddStatusForm';

/** The mapping between what counsellors type (German dates, country names) and what the core stores. */
describe('German dates', () => {
  it('reads TT.MM.JJJJ with or without leading zeros, and ISO', () => {
    expect(parseGermanDate('03.04.1996')).toBe('1996-04-03');
    expect(parseGermanDate(' 3.4.1996 ')).toBe('1996-04-03');
    expect(parseGermanDate('29.02.2024')).toBe('2024-02-29');
    expect(parseGermanDate('2024-02-29')).toBe('2024-02-29');
  });

  it('refuses days that do not exist and other shapes', () => {
    for (const text of ['29.02.2025', '31.04.2026', '00.01.2026', '1.13.2026', '03/04/1996', '3.4.96', '', 'morgen']) {
      expect(parseGermanDate(text), text).toBeNull();
    }
  });

  it('round-trips every real day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          let iso: string;
          try {
            iso = toIsoDate({ year, month, day });
          } catch {
            return;
          }
          expect(parseGermanDate(formatGermanDate(iso))).toBe(iso);
        },
      ),
    );
  });
});

describe('country names', () => {
  it('accepts German and English names in any case, and the code', () => {
    expect(countryCodeFromName('Syrien')).toBe('SY');
    expect(countryCodeFromName('syria')).toBe('SY');
    expect(countryCodeFromName(' sy ')).toBe('SY');
    expect(countryCodeFromName('Atlantis')).toBeNull();
  });
});

describe('case form', () => {
  const filled = {
    ...emptyCaseForm('2026-11-21'),
    familyName: ' Haddad ',
    givenNames: 'Rami',
    birthDate: '3.4.2003',
    gender: 'male',
    nationalities: [{ name: 'Syrien' }, { name: '' }, { name: 'Türkei' }],
    languages: 'Arabisch, Kurdisch;  Türkisch',
    programme: 'kim',
    accessRoute: 'jobcenter',
    schoolYears: ' 9 ',
  };

  it('maps typed values onto the shared case fields', () => {
    const { fields: parsed, contact } = caseFormSchema.parse(filled);
    expect(caseFieldsSchema.parse(parsed)).toEqual(parsed);
    expect(contact).toEqual({ documentFamilyName: null, documentGivenNames: null, phone: null, email: null, postalAddress: null });
    expect(parsed).toMatchObject({
      familyName: 'Haddad',
      birthDate: '2003-04-03',
      nationalities: ['SY', 'TR'],
      languages: ['Arabisch', 'Kurdisch', 'Türkisch'],
      intakeDate: '2026-11-21',
      schoolYears: 9,
      housing: null,
      specialCategoryNotes: null,
    });
  });

  it('maps contact data and the document name; blank lines of the address go, its line breaks stay', () => {
    const { contact } = caseFormSchema.parse({
      ...filled,
      familyName: 'حداد',
      documentFamilyName: ' Haddad ',
      documentGivenNames: 'Rami',
      phone: ' 0214 406-1234 ',
      email: 'rami@example.org',
      postalAddress: '  Hauptstraße 1 \n\n 51373 Leverkusen ',
    });
    expect(caseContactSchema.parse(contact)).toEqual(contact);
    expect(contact).toEqual({
      documentFamilyName: 'Haddad',
      documentGivenNames: 'Rami',
      phone: '0214 406-1234',
      email: 'rami@example.org',
      postalAddress: 'Hauptstraße 1\n51373 Leverkusen',
    });
    const result = caseFormSchema.safeParse({ ...filled, phone: 'Handy', email: 'rami at example', documentFamilyName: 'حداد' });
    const issues = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
    expect(issues).toEqual({ phone: 'validation.phone', email: 'validation.email', documentFamilyName: 'validation.latinScript' });
  });

  it('puts each problem on its own field with a German message key', () => {
    const result = caseFormSchema.safeParse({
      ...emptyCaseForm(''),
      birthDate: '31.02.2004',
      nationalities: [{ name: 'Atlantis' }],
      schoolYears: 'neun',
    });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
    expect(issues).toMatchObject({
      familyName: 'validation.required',
      givenNames: 'validation.required',
      birthDate: 'validation.date',
      gender: 'validation.required',
      'nationalities.0.name': 'validation.country',
      programme: 'validation.required',
      accessRoute: 'validation.required',
      intakeDate: 'validation.required',
      schoolYears: 'validation.wholeNumber',
    });
  });

  it('shows a stored case as it was typed, and reads it back unchanged', () => {
    const stored = caseFormSchema.parse({ ...filled, documentFamilyName: 'Haddad', postalAddress: 'Hauptstraße 1\n51373 Leverkusen' });
    expect(caseFormSchema.parse(caseFormValuesOf(stored, 'de'))).toEqual(stored);
    expect(caseFormSchema.parse(caseFormValuesOf(stored, 'en'))).toEqual(stored);
  });

  it('maps core error paths onto form fields', () => {
    expect(formFieldOfServerPath('fields.birthDate')).toBe('birthDate');
    expect(formFieldOfServerPath('birthDate')).toBe('birthDate');
    expect(formFieldOfServerPath('fields.nationalities.1')).toBe('nationalities.1.name');
    expect(formFieldOfServerPath('contact.phone')).toBe('phone');
  });
});

describe('status and journal forms', () => {
  it('puts "valid until before valid from" on valid until', () => {
    const result = statusFormSchema.safeParse({
      status: 'duldung60a',
      validFrom: '01.12.2026',
      validUntil: '30.11.2026',
      workPermission: '',
      residenceObligation: '',
      identityClarified: '',
      documentSeenOn: '',
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['validUntil', 'validation.untilBeforeFrom'],
    ]);
  });

  it('a case conference needs the agencies taking part; others do not', () => {
    const base = { ...emptyJournalForm('2026-11-21'), note: 'Gespräch' };
    expect(journalFormSchema.safeParse({ ...base, kind: 'caseConference' }).error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'participants',
    ]);
    expect(
      journalFormSchema.parse({ ...base, kind: 'caseConference', participants: 'Jobcenter,  Ausländerbehörde\nSchule' }).participants,
    ).toEqual(['Jobcenter', 'Ausländerbehörde', 'Schule']);
    expect(journalFormSchema.parse({ ...base, durationMinutes: '45', topics: ['work'] })).toMatchObject({
      durationMinutes: 45,
      occurredOn: '2026-11-21',
      topics: ['work'],
      participants: [],
    });
  });

  it('reads a time of day as people type it; empty is none, nonsense gets the message', () => {
    expect(['14:30', '14.30', '1430', '14:30 Uhr', '9:05', ''].map(normalizeTimeOfDay)).toEqual([
      '14:30',
      '14:30',
      '14:30',
      '14:30',
      '09:05',
      null,
    ]);
    const base = { ...emptyJournalForm('2026-11-21'), note: 'Gespräch' };
    expect(journalFormSchema.parse({ ...base, occurredTime: '8.15' }).occurredTime).toBe('08:15');
    expect(journalFormSchema.parse(base).occurredTime).toBeNull();
    for (const typed of ['25:00', '12:60', 'mittags']) {
      expect(journalFormSchema.safeParse({ ...base, occurredTime: typed }).error?.issues.map((issue) => issue.message)).toEqual([
        'validation.timeOfDay',
      ]);
    }
  });
});
