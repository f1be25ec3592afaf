import { ageOn, type IsoDate } from '@shared/kernel/dates';
import { PERSON_TABLES, isActive, statusOn } from '@shared/stats/catalogue';
import { originDimension } from '@shared/stats/dimensions';
import type { TableCompleteness } from '@shared/stats/document';
import type { CompletenessBand } from '@shared/stats/documentSchema';
import type { PeriodBounds } from '@shared/stats/period';
import type { StatPerson } from '@shared/stats/population';
import type { QualityCase, QualityReport } from '@shared/stats/quality';
import type { QualityItem, TableContext } from '@shared/stats/tableDefinition';
import type { CaseRef } from './repository';

/**
 * The „Datenqualität“ step (issue 13, part 3): per table the share of counted cases with the items
 * it needs, and — inside the app only — the counsellor's own cases below the threshold or with an
 * implausible entry, by case code with what is missing. The export states only the shares, in bands
 * (an exact share of a small table would give away how many persons lack an item).
 */
export const COMPLETENESS_THRESHOLD = 2 / 3;

const takenUp = (result: string) => result === 'accepted' || result === 'completed';
const inPeriod = (date: IsoDate, period: PeriodBounds) => date >= period.start && date <= period.end;

export function isFilled(person: StatPerson, item: QualityItem, period: PeriodBounds): boolean {
  switch (item) {
    case 'birthDate':
      return person.birthDate !== null;
    case 'countryOfOrigin':
      return person.countryOfOrigin !== null;
    case 'benefits':
      return person.benefits !== null;
    case 'residenceStatus':
      return person.statuses.some((status) => status.status !== 'unknown');
    case 'workPermission':
      return (statusOn(person, period.end)?.workPermission ?? null) !== null;
    case 'assessment':
      return person.assessed === true;
    case 'closure':
      return person.closure !== null;
    case 'statusAtClosure':
      return Boolean(person.closure?.statusAtClosure) || (person.closedOn !== null && statusOn(person, person.closedOn) !== null);
    case 'referralStart':
      return person.referrals.every(
        (referral) => !inPeriod(referral.referredOn, period) || !takenUp(referral.result) || Boolean(referral.startedOn),
      );
  }
}

/** The items of the catalogue that apply to a person in the period. */
export function applicableItems(person: StatPerson, period: PeriodBounds): QualityItem[] {
  const items: QualityItem[] = ['birthDate', 'countryOfOrigin', 'benefits', 'residenceStatus', 'workPermission', 'assessment'];
  if (person.closedOn !== null && inPeriod(person.closedOn, period)) items.push('closure', 'statusAtClosure');
  if (person.referrals.some((referral) => inPeriod(referral.referredOn, period) && takenUp(referral.result))) items.push('referralStart');
  return items;
}

export function problemsOf(person: StatPerson): QualityCase['problems'] {
  const problems: QualityCase['problems'] = [];
  if (person.closedOn !== null && person.closedOn < person.intakeDate) problems.push('closureBeforeIntake');
  if (person.statuses.some((status) => status.validFrom && status.validUntil && status.validUntil < status.validFrom))
    problems.push('validUntilBeforeValidFrom');
  if (person.birthDate) {
    const age = ageOn(person.birthDate, person.intakeDate);
    if (age < 18 || age > 27) problems.push('ageOutsideAtIntake');
  }
  if (person.referrals.some((referral) => referral.startedOn && referral.startedOn < referral.referredOn))
    problems.push('referralStartBeforeReferral');
  return problems;
}

export function bandOf(share: number): CompletenessBand {
  if (share >= 0.95) return '95plus';
  if (share >= 0.8) return '80to95';
  if (share >= COMPLETENESS_THRESHOLD) return '67to80';
  return 'below67';
}

export function assessQuality(input: {
  persons: readonly StatPerson[];
  cases: readonly CaseRef[];
  period: PeriodBounds;
  tables: readonly string[];
  counsellorId: string;
  futureIntakes: readonly { id: string; code: string }[];
}): { report: QualityReport; completeness: Map<string, TableCompleteness> } {
  const { persons, period } = input;
  const context: TableContext = { period, origin: new Set(), originDimension: originDimension([]) };
  const completeness = new Map<string, TableCompleteness>();
  const tables: QualityReport['tables'] = [];
  for (const definition of PERSON_TABLES) {
    const items = definition.items ?? [];
    if (items.length === 0 || !input.tables.includes(definition.id)) continue;
    let counted = 0;
    let complete = 0;
    for (const person of persons) {
      if (definition.cellsOf(person, context).length === 0 && !definition.population?.(person, context)) continue;
      counted += 1;
      if (items.every((item) => isFilled(person, item, period))) complete += 1;
    }
    const share = counted === 0 ? 1 : complete / counted;
    completeness.set(definition.id, { band: bandOf(share), items: [...items] });
    tables.push({ id: definition.id, share: Math.round(share * 1000) / 1000, band: bandOf(share), items: [...items], counted });
  }
  const cases: QualityCase[] = input.futureIntakes.map((entry) => ({
    caseId: entry.id,
    code: entry.code,
    completeness: null,
    missing: [],
    problems: ['intakeInFuture'],
  }));
  let otherCases = 0;
  persons.forEach((person, index) => {
    if (!isActive(person, period)) return;
    const items = applicableItems(person, period);
    const missing = items.filter((item) => !isFilled(person, item, period));
    const share = (items.length - missing.length) / items.length;
    const problems = problemsOf(person);
    if (share >= COMPLETENESS_THRESHOLD && problems.length === 0) return;
    const ref = input.cases[index];
    // Other counsellors' cases are counted, never named: they complete their own.
    if (!ref || ref.counsellorId !== input.counsellorId) {
      otherCases += 1;
      return;
    }
    cases.push({ caseId: ref.id, code: ref.code, completeness: Math.round(share * 100) / 100, missing, problems });
  });
  cases.sort((left, right) => left.code.localeCompare(right.code));
  return { report: { threshold: Math.round(COMPLETENESS_THRESHOLD * 100) / 100, tables, cases, otherCases }, completeness };
}
