import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';

/** One choice of a select whose value the screen holds (numbers are shown and given back as text). */
export interface PickOption {
  value: string | number;
  label: string;
}

export type PickSelectProps = {
  value: string | number;
  options: readonly PickOption[];
  /** The words of a first, empty choice (value ""): "keine", "bitte wählen". None when not given. */
  emptyLabel?: string;
  onChange: (value: string) => void;
  /** Marks the select as the control a dialog focuses first. */
  'data-autofocus'?: boolean;
} & Pick<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'disabled' | 'aria-label' | 'aria-describedby' | 'aria-invalid'>;

/**
 * A native select (keyboard and screen readers know it) whose value the screen holds itself, not
 * react-hook-form: a choice in a table row, a filter, a step of a wizard. It has the classes the
 * caller gives (`field-input` for the app's own look).
 */
export function PickSelect({ value, options, emptyLabel, onChange, ...attributes }: PickSelectProps) {
  return (
    <select {...attributes} value={value} onChange={(event) => onChange(event.target.value)}>
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/**
 * A PickSelect with its label, hint and error (FieldFrame): the select of the small forms whose
 * values the screen holds. `aria-invalid` is set only where the field can show an error.
 */
export function PickField({
  label,
  hint,
  error,
  fieldClassName,
  className = 'field-input',
  ...select
}: PickSelectProps & {
  label: ReactNode;
  hint?: ReactNode;
  /** The message under the field; `undefined` where this field never shows one. */
  error?: string | null;
  fieldClassName?: string;
}) {
  const ownId = useId();
  const id = select.id ?? ownId;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={fieldClassName}>
      {({ describedBy, isInvalid }) => (
        <PickSelect
          {...select}
          id={id}
          className={className}
          aria-invalid={error === undefined ? undefined : isInvalid ? 'true' : 'false'}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}
