import { useId, type ReactNode } from 'react';
import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { useI18n } from '../../kernel/i18n';
import { FieldError } from '../FieldError';

/**
 * One yes/no question as a checkbox with its label on the right. An error on it (an explicit choice
 * the core insists on) shows under it, is linked to it and marks it invalid.
 */
export function CheckboxField<T extends FieldValues>({ name, label, hint }: { name: FieldPath<T>; label: string; hint?: ReactNode }) {
  const { translateMessage } = useI18n();
  const { register, getFieldState, formState } = useFormContext<T>();
  const { error } = getFieldState(name, formState);
  const errorId = useId();
  return (
    <div className="field">
      <label className="checkbox checkbox-inline">
        <input type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} {...register(name)} />
        <span>
          {label}
          {hint ? <span className="checkbox-hint">{hint}</span> : null}
        </span>
      </label>
      {error?.message ? <FieldError id={errorId} message={translateMessage(error.message)} /> : null}
    </div>
  );
}
