import { useId, type HTMLInputAutoCompleteAttribute, type ReactNode } from 'react';
import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { useI18n } from '../kernel/i18n';
import { FieldFrame } from './forms/FieldFrame';

export interface FormTextFieldProps<T extends FieldValues> {
  name: FieldPath<T>;
  label: string;
  hint?: ReactNode;
  type?: 'text' | 'password' | 'number';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: 'text' | 'numeric';
  /** Extra ids the input is described by (e.g. a strength meter below it). */
  describedBy?: string;
  className?: string;
  /** Parse the value as a number (react-hook-form gives NaN for an empty field, which zod rejects). */
  isNumber?: boolean;
  min?: number;
  max?: number;
  children?: ReactNode;
}

/**
 * A labelled input wired to the surrounding react-hook-form: the hint and the error are linked with
 * `aria-describedby`, `aria-invalid` marks a failed field, and the message is text with an icon,
 * never colour alone.
 */
export function FormTextField<T extends FieldValues>(props: FormTextFieldProps<T>) {
  const { name, label, hint, type = 'text', autoComplete = 'off', inputMode, describedBy, className, isNumber, min, max, children } = props;
  const { register, getFieldState, formState, trigger } = useFormContext<T>();
  const { translateMessage } = useI18n();
  const { error } = getFieldState(name, formState);
  const id = useId();
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error?.message ? translateMessage(error.message) : null}
      className={className}
      describedBy={[describedBy]}
    >
      {(ids) => (
        <>
          <input
            id={ids.id}
            className="field-input"
            type={type}
            autoComplete={autoComplete}
            inputMode={inputMode}
            spellCheck={false}
            min={min}
            max={max}
            aria-required="true"
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={ids.describedBy}
            {...register(name, {
              ...(isNumber ? { valueAsNumber: true } : {}),
              // A field that shows an error is checked again on every change, so the message goes
              // away while the mistake is being fixed — not on blur, which would move the buttons
              // below under the pointer just as someone clicks them.
              onChange: () => {
                if (getFieldState(name).error) void trigger(name);
              },
            })}
          />
          {children}
        </>
      )}
    </FieldFrame>
  );
}
