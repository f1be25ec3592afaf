import type { HTMLInputAutoCompleteAttribute, ReactNode } from 'react';
import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { FieldShell, useRecheck } from './FieldShell';

export interface TextFieldProps<T extends FieldValues> {
  name: FieldPath<T>;
  label: string;
  hint?: ReactNode;
  /** Required, and the label says so ("Pflichtfeld"). */
  isRequired?: boolean;
  /** Required without the word at the label: the form says once that every field is (FormTextField). */
  isRequiredWithoutMark?: boolean;
  className?: string;
  /** Shown under the control in a box of its own (a warning, a live figure); linked to it. */
  extra?: ReactNode;
  /** Shown right after the control (a strength meter), described by the ids in `describedBy`. */
  children?: ReactNode;
  describedBy?: string;
  type?: 'text' | 'password' | 'number';
  /** Parse the value as a number (react-hook-form gives NaN for an empty field, which zod rejects). */
  isNumber?: boolean;
  min?: number;
  max?: number;
  inputMode?: 'text' | 'numeric' | 'decimal';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  /** Id of a `<datalist>` with suggestions (countries, languages). */
  list?: string;
  placeholder?: string;
  /** Shown and sent, but not editable (a value an organisation's policy pins). */
  isReadOnly?: boolean;
}

/**
 * A text input in the surrounding react-hook-form (dates are text too: TT.MM.JJJJ). A field that
 * shows an error is checked again on every change, so the message goes away while the mistake is
 * being fixed — not on blur, which would move the buttons below under the pointer as someone
 * clicks them.
 */
export function TextField<T extends FieldValues>(props: TextFieldProps<T>) {
  const { name, label, hint, isRequired, isRequiredWithoutMark, className, extra, children, describedBy } = props;
  const { type = 'text', isNumber, min, max, inputMode, autoComplete = 'off', list, placeholder, isReadOnly } = props;
  const { register } = useFormContext<T>();
  const recheck = useRecheck<T>(name);
  return (
    <FieldShell<T>
      name={name}
      label={label}
      hint={hint}
      isRequired={isRequired}
      className={className}
      extra={extra}
      describedBy={describedBy}
    >
      {(ids) => (
        <>
          <input
            id={ids.id}
            className="field-input"
            type={type}
            inputMode={inputMode}
            autoComplete={autoComplete}
            spellCheck={false}
            list={list}
            placeholder={placeholder}
            readOnly={isReadOnly}
            min={min}
            max={max}
            aria-required={isRequired || isRequiredWithoutMark ? 'true' : undefined}
            aria-invalid={ids.isInvalid ? 'true' : 'false'}
            aria-describedby={ids.describedBy}
            {...register(name, { ...(isNumber ? { valueAsNumber: true } : {}), onChange: recheck })}
          />
          {children}
        </>
      )}
    </FieldShell>
  );
}
