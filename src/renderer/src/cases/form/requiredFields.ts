import { isMessageKey } from '@shared/i18n';
import { todayIn } from '@shared/kernel/dates';
import { useI18n } from '../../kernel/i18n';
import { caseFormSchema, emptyCaseForm, type CaseFormValues } from './caseFormSchema';

type FieldName = keyof CaseFormValues;

function failingFields(values: CaseFormValues): Set<FieldName> {
  const result = caseFormSchema.safeParse(values);
  const names = new Set<FieldName>();
  if (result.success) return names;
  for (const issue of result.error.issues) {
    const [first] = issue.path;
    if (typeof first === 'string' && first in values) names.add(first as FieldName);
  }
  return names;
}

/**
 * What the case form insists on, read from its schema: `required` are the fields a new case must
 * fill in, `prefilled` the required ones the new form already fills (intake date, phase). Every
 * other field may stay empty.
 */
export function requiredCaseFields(today: string): { required: FieldName[]; prefilled: FieldName[] } {
  const fresh = emptyCaseForm(today);
  const cleared = Object.fromEntries(
    Object.entries(fresh).map(([name, value]) => [name, typeof value === 'string' ? '' : value]),
  ) as unknown as CaseFormValues;
  const missingInFresh = failingFields(fresh);
  const missingWhenCleared = failingFields(cleared);
  const order = Object.keys(fresh) as FieldName[];
  return {
    required: order.filter((name) => missingInFresh.has(name)),
    prefilled: order.filter((name) => missingWhenCleared.has(name) && !missingInFresh.has(name)),
  };
}

/** The same as readable lists ("Familienname, Vorname(n) und Geschlecht") in the UI language. */
export function useRequiredCaseFieldLabels(): { required: string; prefilled: string } {
  const { t, language } = useI18n();
  const { required, prefilled } = requiredCaseFields(todayIn(new Date()));
  const list = new Intl.ListFormat(language === 'de' ? 'de-DE' : 'en-GB', { type: 'conjunction' });
  // A field's noun for a sentence where its form label does not read as one ("Aufnahme am").
  const label = (name: FieldName) => {
    const noun = `caseList.empty.fieldNoun.${name}`;
    const formLabel = `caseForm.${name}`;
    return isMessageKey(noun) ? t(noun) : isMessageKey(formLabel) ? t(formLabel) : name;
  };
  const labels = (names: FieldName[]) => list.format(names.map(label));
  return { required: labels(required), prefilled: labels(prefilled) };
}
