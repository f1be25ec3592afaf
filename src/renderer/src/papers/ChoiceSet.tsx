import type { ReactNode } from 'react';

/** The list with `value` in it or left out, as a checkbox says. */
export function toggled<T>(list: readonly T[], value: T, isChecked: boolean): T[] {
  return isChecked ? [...list, value] : list.filter((each) => each !== value);
}

/** One checkbox with its words to the right (a yes/no of the papers' dialogs). */
export function CheckboxLine({
  label,
  isChecked,
  onChange,
}: {
  label: string;
  isChecked: boolean;
  onChange: (isChecked: boolean) => void;
}) {
  return (
    <label className="checkbox checkbox-inline">
      <input type="checkbox" checked={isChecked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/**
 * A group of choices under its legend: several (checkboxes), or one (radio buttons of `radioName`).
 * `children` follow the choices inside the group (fields that belong to one of them).
 */
export function ChoiceSet<T extends string>({
  legend,
  values,
  labelOf,
  radioName,
  isChecked,
  onChange,
  children,
}: {
  legend: string;
  values: readonly T[];
  labelOf: (value: T) => string;
  radioName?: string;
  isChecked: (value: T) => boolean;
  /** A checkbox ticked or cleared, or a radio button chosen. */
  onChange: (value: T, isChecked: boolean) => void;
  children?: ReactNode;
}) {
  return (
    <fieldset className="paper-choices">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className="checkbox checkbox-inline">
          <input
            type={radioName === undefined ? 'checkbox' : 'radio'}
            name={radioName}
            checked={isChecked(value)}
            onChange={(event) => onChange(value, event.target.checked)}
          />
          <span>{labelOf(value)}</span>
        </label>
      ))}
      {children}
    </fieldset>
  );
}
