import { useId } from 'react';

export interface FilterOption {
  value: string;
  label: string;
}

/**
 * One filter of a list or log: a labelled select (closed values: arrows and type-ahead work) whose
 * every change applies at once.
 */
export function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly FilterOption[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="filter-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="field-input" value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The options of a closed list, each with its label. */
export function filterOptions<V extends string>(values: readonly V[], labelOf: (value: V) => string): FilterOption[] {
  return values.map((value) => ({ value, label: labelOf(value) }));
}
