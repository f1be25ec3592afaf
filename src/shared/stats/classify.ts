import { ageOn, daysBetween, type IsoDate } from '../kernel/dates';
import { OTHER, SINGLE_COLUMN } from './dimensions';
import type { PeriodBounds } from './period';
import type { StatPerson } from './population';

/** How the catalogue classifies a person into a period and into bands. */

export const within = (date: IsoDate | null, period: PeriodBounds): boolean => date !== null && date >= period.start && date <= period.end;

export function isActive(person: StatPerson, period: PeriodBounds): boolean {
  return person.intakeDate <= period.end && (person.closedOn === null || person.closedOn >= period.start);
}
export const isNew = (person: StatPerson, period: PeriodBounds): boolean => within(person.intakeDate, period);
export const isClosed = (person: StatPerson, period: PeriodBounds): boolean => within(person.closedOn, period);
export const inList = (code: string | null, list: readonly string[]): string => (code !== null && list.includes(code) ? code : OTHER);

/** Latest status in force on `date` (statuses without a start count as the oldest). */
export function statusOn(person: StatPerson, date: IsoDate) {
  let found = null;
  for (const status of person.statuses) if (status.validFrom === null || status.validFrom <= date) found = status;
  return found;
}

export function statusAtIntake(person: StatPerson): string {
  return (statusOn(person, person.intakeDate) ?? person.statuses[0])?.status ?? 'unknown';
}

export function statusAtClosure(person: StatPerson): string {
  if (person.closure?.statusAtClosure) return person.closure.statusAtClosure;
  return (person.closedOn ? statusOn(person, person.closedOn)?.status : undefined) ?? 'unknown';
}

export function statusGroupOf(status: string): string {
  switch (status) {
    case 'gestattung55':
      return 'gestattung';
    case 'duldung60a':
    case 'duldung60b':
      return 'duldung';
    case 'duldung60c':
    case 'duldung60d':
    case 'ae104c':
    case 'ae25a':
    case 'ae25b':
      return status;
    case 'ae16g':
    case 'ae25abs1to3':
    case 'ae25abs5':
    case 'ae24':
    case 'aeOther':
      return 'aeOther';
    case 'settlementPermit':
    case 'naturalised':
      return 'permanent';
    default:
      return 'unknown';
  }
}

export function ageBandOf(birthDate: IsoDate | null, on: IsoDate): string {
  if (!birthDate) return 'outside';
  const age = ageOn(birthDate, on);
  if (age >= 18 && age <= 20) return '18to20';
  if (age >= 21 && age <= 24) return '21to24';
  if (age >= 25 && age <= 27) return '25to27';
  return 'outside';
}

export function durationBandOf(from: IsoDate, to: IsoDate): string {
  const months = daysBetween(from, to) / 30.4375;
  if (months < 6) return 'under6';
  if (months < 12) return '6to11';
  if (months < 24) return '12to23';
  return '24plus';
}

export function contactBandOf(contacts: number): string {
  if (contacts === 0) return '0';
  if (contacts <= 2) return '1to2';
  if (contacts <= 5) return '3to5';
  return '6plus';
}

/** The Handlungsfeld an offer kind serves (Bedarfs- und Angebotsanalyse); `other` serves none. */
export const OFFER_FIELDS: Readonly<Record<string, string>> = {
  languageCourse: 'language',
  schoolEducation: 'education',
  vocationalPreparation: 'vocationalTraining',
  trainingPlacement: 'vocationalTraining',
  jobPlacement: 'work',
  recognitionOfQualifications: 'work',
  legalAdvice: 'residence',
  migrationAdvice: 'residence',
  benefitsAdvice: 'financesBenefits',
  debtAdvice: 'financesBenefits',
  housingSupport: 'housing',
  healthPsychosocial: 'health',
  familyYouthServices: 'family',
  leisureVolunteering: 'socialLeisure',
};

export function fieldOfOffer(offerKind: string): string {
  return OFFER_FIELDS[offerKind] ?? OTHER;
}

export const one = (row: string): [string, string][] => [[row, SINGLE_COLUMN]];

export function unique(cells: [string, string][]): [string, string][] {
  const seen = new Set<string>();
  return cells.filter(([row, column]) => {
    const key = `${row}\u0000${column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
