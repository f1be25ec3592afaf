import type { ReactNode } from 'react';
import { useT } from '../../kernel/i18n';
import { FieldError } from '../FieldError';

/** What a field's control needs to be named and described (spread by hand, so each control keeps its own attributes). */
export interface ControlIds {
  id: string;
  describedBy: string | undefined;
  isInvalid: boolean;
}

/**
 * Label, hint, the control and its error, linked by `aria-describedby`: the frame of every
 * single-control field, whether react-hook-form holds its value (FieldShell) or the screen does.
 * Required fields say so in words ("Pflichtfeld") next to the label, not only with an asterisk.
 * The hint and the error get the ids `${id}-hint` and `${id}-error`.
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  isRequired,
  className,
  describedBy = [],
  footer,
  children,
}: {
  /** The control's id. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The message under the field, in words; none while the value is fine. */
  error?: string | null;
  isRequired?: boolean;
  className?: string;
  /** Ids of further elements that describe the control (a strength meter, a live figure). */
  describedBy?: readonly (string | undefined)[];
  children: (ids: ControlIds) => ReactNode;
  /** Shown after the error, at the end of the field (a button that fills the field in). */
  footer?: ReactNode;
}) {
  const t = useT();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const descriptions = [hint ? hintId : undefined, ...describedBy, error ? errorId : undefined].filter(Boolean).join(' ');
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
      {children({ id, describedBy: descriptions || undefined, isInvalid: Boolean(error) })}
      {error ? <FieldError id={errorId} message={error} /> : null}
      {footer}
    </div>
  );
}
