import { useId, type HTMLInputAutoCompleteAttribute, type ReactNode } from 'react';
import { FieldFrame } from './FieldFrame';

/**
 * A labelled text input whose value the screen holds itself (no react-hook-form): for the small
 * forms of the data-protection, backup and erasure screens. With `rows` it is a multi-line text.
 * Attributes left out here stay off the control.
 */
export function InputField({
  id: givenId,
  label,
  hint,
  error,
  value,
  onChange,
  className,
  controlClassName = 'field-input',
  rows,
  type,
  autoComplete,
  inputMode,
  spellCheck,
  isReadOnly,
  children,
}: {
  /** The control's id, when the screen moves the focus to it; otherwise one of its own. */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  className?: string;
  controlClassName?: string;
  /** A multi-line text of this many rows. */
  rows?: number;
  type?: 'text' | 'password' | 'date' | 'time';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: 'text' | 'numeric';
  spellCheck?: boolean;
  isReadOnly?: boolean;
  /** Shown at the end of the field, after the error (a button that fills it in). */
  children?: ReactNode;
}) {
  const ownId = useId();
  const id = givenId ?? ownId;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className} footer={children}>
      {({ describedBy, isInvalid }) => {
        const common = {
          id,
          className: controlClassName,
          readOnly: isReadOnly,
          value,
          'aria-invalid': isInvalid ? ('true' as const) : ('false' as const),
          'aria-describedby': describedBy,
        };
        return rows === undefined ? (
          <input
            {...common}
            type={type}
            autoComplete={autoComplete}
            inputMode={inputMode}
            spellCheck={spellCheck}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
        );
      }}
    </FieldFrame>
  );
}
