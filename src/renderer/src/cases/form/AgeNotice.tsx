import { useWatch, useFormContext } from 'react-hook-form';
import { ageOn, compareDates, todayIn } from '@shared/kernel/dates';
import { useT } from '../../kernel/i18n';
import { parseGermanDate } from '../../ui/dates';
import type { CaseFormValues } from './caseFormSchema';

export const TARGET_AGE = { min: 18, max: 27 } as const;

/**
 * The age today, under the date of birth. Outside 18–27 it is a warning, not a block: programmes
 * take people slightly older or younger in justified cases, and the core saves the case anyway.
 */
export function AgeNotice() {
  const t = useT();
  const { control } = useFormContext<CaseFormValues>();
  const birthText = useWatch({ control, name: 'birthDate' });
  const birthDate = parseGermanDate(birthText);
  const today = todayIn(new Date());
  if (!birthDate || compareDates(birthDate, today) > 0) return null;
  const age = ageOn(birthDate, today);
  if (age >= TARGET_AGE.min && age <= TARGET_AGE.max) {
    return <p className="field-hint">{t('caseForm.age', { age })}</p>;
  }
  return (
    <p className="field-warning">
      <span className="warning-icon" aria-hidden="true">
        !
      </span>
      {t('caseForm.ageWarning', { age, min: TARGET_AGE.min, max: TARGET_AGE.max })}
    </p>
  );
}
