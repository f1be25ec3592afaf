import { useId } from 'react';
import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { useI18n } from '../../kernel/i18n';
import { FieldError } from '../FieldError';
import type { SelectOption } from './SelectField';
import { useRecheck } from './FieldShell';

/** A short closed list (gender, yes/no/in Klärung) as radio buttons in one row. */
export function RadioGroupField<T extends FieldValues>(props: {
  name: FieldPath<T>;
  label: string;
  options: readonly SelectOption[];
  isRequired?: boolean;
}) {
  const { name, label, options, isRequired } = props;
  const { t, translateMessage } = useI18n();
  const { register, getFieldState, formState } = useFormContext<T>();
  const recheck = useRecheck<T>(name);
  const { error } = getFieldState(name, formState);
  const errorId = useId();
  return (
    <fieldset
      role="radiogroup"
      className="field radio-group radio-row"
      aria-describedby={error ? errorId : undefined}
      aria-required={isRequired ? 'true' : undefined}
    >
      <legend className="field-label">
        {label}
        {isRequired ? <span className="field-required"> ({t('caseForm.required')})</span> : null}
      </legend>
      <div className="radio-options">
        {options.map((option) => (
          <label key={option.value} className="radio">
            <input type="radio" value={option.value} aria-invalid={error ? 'true' : 'false'} {...register(name, { onChange: recheck })} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error?.message ? <FieldError id={errorId} message={translateMessage(error.message)} /> : null}
    </fieldset>
  );
}
