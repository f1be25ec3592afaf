import type { ReactNode } from 'react';
import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { useT } from '../../kernel/i18n';
import { FieldShell, useRecheck } from './FieldShell';

export interface SelectOption {
  value: string;
  label: string;
}

/** A native select (keyboard and screen readers know it); the empty option says what it means. */
export function SelectField<T extends FieldValues>(props: {
  name: FieldPath<T>;
  label: string;
  options: readonly SelectOption[];
  /** Label of the empty choice: "bitte wählen" unless the field says otherwise ("keine Angabe"). */
  emptyLabel?: string;
  hint?: ReactNode;
  isRequired?: boolean;
  className?: string;
}) {
  const { name, label, options, emptyLabel, hint, isRequired, className } = props;
  const t = useT();
  const { register } = useFormContext<T>();
  const recheck = useRecheck<T>(name);
  return (
    <FieldShell<T> name={name} label={label} hint={hint} isRequired={isRequired} className={className}>
      {({ id, describedBy, isInvalid }) => (
        <select
          id={id}
          className="field-input field-select"
          aria-required={isRequired ? 'true' : undefined}
          aria-invalid={isInvalid ? 'true' : 'false'}
          aria-describedby={describedBy}
          {...register(name, { onChange: recheck })}
        >
          <option value="">{emptyLabel ?? t('caseForm.choose')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
