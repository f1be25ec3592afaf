import { translate, isMessageKey } from '@shared/i18n';
import { countryByCode } from '@shared/kernel/countries';
import { formatIsoDate, type IsoDate } from '@shared/kernel/dates';
import type { ConsentDataCategory, SpecialCategory } from '@shared/privacy';

/**
 * How papers say things. Papers are written in German whatever the screen language: they go to
 * German offices (Ausländerbehörde, Jobcenter), and the office edits them in German.
 */
export const PAPER_LANGUAGE = 'de' as const;

export function paperText(key: string, params: Record<string, string | number> = {}): string {
  return translate(PAPER_LANGUAGE, key, params);
}

/** A vocabulary code as its German label (`vocab.residenceStatus.duldung60a` → „Duldung (§ 60a AufenthG)“). */
export function label(vocabulary: string, code: string | null): string {
  if (code === null) return '–';
  const key = `vocab.${vocabulary}.${code}`;
  return isMessageKey(key) ? paperText(key) : code;
}

/** 2026-03-02 → 02.03.2026; a missing date as a dash. */
export function germanDate(date: IsoDate | null): string {
  return date === null ? '–' : formatIsoDate(date, 'de');
}

export function countryName(code: string | null): string {
  if (code === null) return '–';
  return countryByCode(code)?.de ?? code;
}

/** „Frau“ / „Herr“ where the case says so; nothing for diverse or not stated (the full name is used). */
export function salutationWord(gender: string): string {
  if (gender === 'female') return paperText('paper.word.ms');
  if (gender === 'male') return paperText('paper.word.mr');
  return '';
}

export function personName(person: { gender: string; givenNames: string; familyName: string }, withSalutation: boolean): string {
  const name = `${person.givenNames} ${person.familyName}`.trim();
  const word = withSalutation ? salutationWord(person.gender) : '';
  return word ? `${word} ${name}` : name;
}

/** The town of the last address line („51373 Leverkusen“ → „Leverkusen“), for the date line. */
export function townOf(addressLines: readonly string[]): string {
  const last = addressLines.at(-1)?.trim() ?? '';
  return last.replace(/^\d{4,5}\s+/, '');
}

/** What a Handlungsfeld (of a goal, a contact's topic) tells about a person, as consent categories. */
export const FIELD_CATEGORY: Record<string, ConsentDataCategory | SpecialCategory> = {
  residence: 'residence',
  language: 'language',
  education: 'education',
  vocationalTraining: 'education',
  work: 'work',
  housing: 'housing',
  health: 'health',
  financesBenefits: 'benefits',
  family: 'family',
  socialLeisure: 'counsellingHistory',
};

/** What a referral's kind of offer tells about a person. */
export const OFFER_CATEGORY: Record<string, ConsentDataCategory | SpecialCategory> = {
  languageCourse: 'language',
  schoolEducation: 'education',
  vocationalPreparation: 'education',
  trainingPlacement: 'education',
  jobPlacement: 'work',
  recognitionOfQualifications: 'education',
  legalAdvice: 'residence',
  migrationAdvice: 'counsellingHistory',
  benefitsAdvice: 'benefits',
  debtAdvice: 'benefits',
  housingSupport: 'housing',
  healthPsychosocial: 'health',
  familyYouthServices: 'family',
  leisureVolunteering: 'counsellingHistory',
  other: 'counsellingHistory',
};
