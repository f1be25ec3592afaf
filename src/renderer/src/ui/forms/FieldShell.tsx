import { useId, type ReactNode } from 'react';
import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { useI18n } from '../../kernel/i18n';
import { FieldFrame, type ControlIds } from './FieldFrame';

export interface FieldShellProps<T extends FieldValues> {
  name: FieldPath<T>;
  label: string;
  hint?: ReactNode;
  isRequired?: boolean;
  className?: string;
  /** Shown under the control (a warning, a live figure); linked to it for screen readers. */
  extra?: ReactNode;
  /** Ids of further elements that describe the control. */
  describedBy?: string;
  children: (ids: ControlIds) => ReactNode;
}

/** A FieldFrame for a field of the surrounding react-hook-form: its error comes from the form. */
export function FieldShell<T extends FieldValues>({
  name,
  label,
  hint,
  isRequired,
  className,
  extra,
  describedBy,
  children,
}: FieldShellProps<T>) {
  const { translateMessage } = useI18n();
  const { getFieldState, formState } = useFormContext<T>();
  const { error } = getFieldState(name, formState);
  const id = useId();
  const extraId = `${id}-extra`;
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error?.message ? translateMessage(error.message) : null}
      isRequired={isRequired}
      className={className}
      describedBy={[extra ? extraId : undefined, describedBy]}
    >
      {(ids) => (
        <>
          {children({ ...ids, isInvalid: Boolean(error) })}
          {extra ? <div id={extraId}>{extra}</div> : null}
        </>
      )}
    </FieldFrame>
  );
}

/** Re-checks a field that shows an error on every change, so the message goes while it is fixed. */
export function useRecheck<T extends FieldValues>(name: FieldPath<T>): () => void {
  const { getFieldState, trigger } = useFormContext<T>();
  return () => {
    if (getFieldState(name).error) void trigger(name);
  };
}
