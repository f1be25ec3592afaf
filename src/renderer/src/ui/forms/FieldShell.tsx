import { useId, type ReactNode } from 'react';
import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { useI18n } from '../../kernel/i18n';
import { FieldError } from '../FieldError';

export interface ControlIds {
  id: string;
  describedBy: string | undefined;
  isInvalid: boolean;
}

export interface FieldShellProps<T extends FieldValues> {
  name: FieldPath<T>;
  label: string;
  hint?: ReactNode;
  isRequired?: boolean;
  className?: string;
  /** Shown under the control (a warning, a live figure); linked to it for screen readers. */
  extra?: ReactNode;
  children: (ids: ControlIds) => ReactNode;
}

/**
 * Label, hint, the control and its error, linked by `aria-describedby`. Required fields say so in
 * words ("Pflichtfeld") next to the label, not only with an asterisk.
 */
export function FieldShell<T extends FieldValues>({ name, label, hint, isRequired, className, extra, children }: FieldShellProps<T>) {
  const { t, translateMessage } = useI18n();
  const { getFieldState, formState } = useFormContext<T>();
  const { error } = getFieldState(name, formState);
  const id = useId();
  const hintId = `${id}-hint`;
  const extraId = `${id}-extra`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, extra ? extraId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
        {isRequired ? <span className="field-required"> ({t('caseForm.required')})</span> : null}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy, isInvalid: Boolean(error) })}
      {extra ? <div id={extraId}>{extra}</div> : null}
      {error?.message ? <FieldError id={errorId} message={translateMessage(error.message)} /> : null}
    </div>
  );
}

/** Re-checks a field that shows an error on every change, so the message goes while it is fixed. */
export function useRecheck<T extends FieldValues>(name: FieldPath<T>): () => void {
  const { getFieldState, trigger } = useFormContext<T>();
  return () => {
    if (getFieldState(name).error) void trigger(name);
  };
}
