import { useId } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useI18n } from '../../kernel/i18n';
import { FieldError } from '../../ui/FieldError';
import { useRecheck } from '../../ui/forms';
import type { CaseFormValues } from './caseFormSchema';

const MAX_NATIONALITIES = 5;

/**
 * One country input per nationality (most people have one; dual nationality and "staatenlos" occur),
 * each with the country suggestions. Rows can be added up to five and removed again.
 */
export function NationalitiesField({ countryListId }: { countryListId: string }) {
  const { t, translateMessage } = useI18n();
  const { control, register, getFieldState, formState } = useFormContext<CaseFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'nationalities' });
  const recheck = useRecheck<CaseFormValues>('nationalities');
  const groupId = useId();
  const hintId = `${groupId}-hint`;
  const groupError = getFieldState('nationalities', formState).error;
  return (
    <fieldset className="field nationalities" aria-describedby={hintId}>
      <legend className="field-label">{t('caseForm.nationalities')}</legend>
      <p className="field-hint" id={hintId}>
        {t('caseForm.countryHint')}
      </p>
      {fields.map((row, index) => {
        const name = `nationalities.${index}.name` as const;
        const error = getFieldState(name, formState).error;
        const inputId = `${groupId}-${index}`;
        const errorId = `${inputId}-error`;
        return (
          <div key={row.id} className="nationality-row">
            <label className="visually-hidden" htmlFor={inputId}>
              {t('caseForm.nationalityNumber', { number: index + 1 })}
            </label>
            <input
              id={inputId}
              className="field-input"
              type="text"
              autoComplete="off"
              spellCheck={false}
              list={countryListId}
              aria-invalid={error ? 'true' : 'false'}
              aria-describedby={error ? errorId : undefined}
              {...register(name, { onChange: recheck })}
            />
            {fields.length > 1 ? (
              <button type="button" className="button button-quiet" onClick={() => remove(index)}>
                {t('caseForm.removeNationality', { number: index + 1 })}
              </button>
            ) : null}
            {error?.message ? <FieldError id={errorId} message={translateMessage(error.message)} /> : null}
          </div>
        );
      })}
      {fields.length < MAX_NATIONALITIES ? (
        <button type="button" className="button button-link" onClick={() => append({ name: '' }, { shouldFocus: true })}>
          {t('caseForm.addNationality')}
        </button>
      ) : null}
      {groupError?.message ? <FieldError id={`${groupId}-error`} message={translateMessage(groupError.message)} /> : null}
    </fieldset>
  );
}
