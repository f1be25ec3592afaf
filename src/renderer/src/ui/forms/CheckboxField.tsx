import type { ReactNode } from 'react';
import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';

/** One yes/no question as a checkbox with its label on the right. */
export function CheckboxField<T extends FieldValues>({ name, label, hint }: { name: FieldPath<T>; label: string; hint?: ReactNode }) {
  const { register } = useFormContext<T>();
  return (
    <div className="field">
      <label className="checkbox checkbox-inline">
        <input type="checkbox" {...register(name)} />
        <span>
          {label}
          {hint ? <span className="checkbox-hint">{hint}</span> : null}
        </span>
      </label>
    </div>
  );
}
