import type { HTMLInputAutoCompleteAttribute, ReactNode } from 'react';
import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { FieldShell, useRecheck } from './FieldShell';

export interface TextFieldProps<T extends FieldValues> {
  name: FieldPath<T>;
  label: string;
  hint?: ReactNode;
  isRequired?: boolean;
  className?: string;
  extra?: ReactNode;
  inputMode?: 'text' | 'numeric' | 'decimal';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  /** Id of a `<datalist>` with suggestions (countries, languages). */
  list?: string;
  placeholder?: string;
}

/** A text input in the surrounding react-hook-form (dates are text too: TT.MM.JJJJ). */
export function TextField<T extends FieldValues>(props: TextFieldProps<T>) {
  const { name, label, hint, isRequired, className, extra, inputMode, autoComplete = 'off', list, placeholder } = props;
  const { register } = useFormContext<T>();
  const recheck = useRecheck<T>(name);
  return (
    <FieldShell<T> name={name} label={label} hint={hint} isRequired={isRequired} className={className} extra={extra}>
      {({ id, describedBy, isInvalid }) => (
        <input
          id={id}
          className="field-input"
          type="text"
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={false}
          list={list}
          placeholder={placeholder}
          aria-required={isRequired ? 'true' : undefined}
          aria-invalid={isInvalid ? 'true' : 'false'}
          aria-describedby={describedBy}
          {...register(name, { onChange: recheck })}
        />
      )}
    </FieldShell>
  );
}
