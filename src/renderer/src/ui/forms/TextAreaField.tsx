import type { KeyboardEvent, ReactNode } from 'react';
import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { FieldShell, useRecheck } from './FieldShell';

/**
 * Multi-line text. Enter makes a new line here, so Ctrl+Enter submits the form (the hint says so
 * where the caller passes it).
 */
export function TextAreaField<T extends FieldValues>(props: {
  name: FieldPath<T>;
  label: string;
  hint?: ReactNode;
  isRequired?: boolean;
  rows?: number;
  className?: string;
}) {
  const { name, label, hint, isRequired, rows = 4, className } = props;
  const { register } = useFormContext<T>();
  const recheck = useRecheck<T>(name);
  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  }
  return (
    <FieldShell<T>
      name={name}
      label={label}
      hint={hint}
      isRequired={isRequired}
      className={['field-wide', className].filter(Boolean).join(' ')}
    >
      {({ id, describedBy, isInvalid }) => (
        <textarea
          id={id}
          className="field-input field-textarea"
          rows={rows}
          aria-required={isRequired ? 'true' : undefined}
          aria-invalid={isInvalid ? 'true' : 'false'}
          aria-describedby={describedBy}
          aria-keyshortcuts="Control+Enter"
          onKeyDown={handleKeyDown}
          {...register(name, { onChange: recheck })}
        />
      )}
    </FieldShell>
  );
}
