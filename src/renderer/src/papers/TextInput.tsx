/**
 * A labelled text field whose value the screen holds (papers' forms are small and mostly preview
 * driven, so they keep plain state instead of react-hook-form). A hint is linked to the control.
 */
export function TextInput({
  id,
  label,
  value,
  onChange,
  multiline = false,
  type = 'text',
  hint,
  isReadOnly = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'date' | 'time';
  hint?: string;
  isReadOnly?: boolean;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea
          id={id}
          className="field-input field-textarea"
          rows={3}
          value={value}
          readOnly={isReadOnly}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          id={id}
          type={type}
          className="field-input"
          value={value}
          readOnly={isReadOnly}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}
