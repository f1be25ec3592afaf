/**
 * The input of both search fields (case list, search page). Strg+F or "/" (outside a text field)
 * brings the keyboard here: useSearchShortcut finds it by `data-search-field`.
 */
export function SearchInput({
  id,
  value,
  onChange,
  describedBy,
  placeholder,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  describedBy: string;
  placeholder?: string;
}) {
  return (
    <input
      id={id}
      className="field-input"
      type="search"
      value={value}
      maxLength={200}
      autoComplete="off"
      spellCheck={false}
      data-search-field=""
      aria-describedby={describedBy}
      aria-keyshortcuts="Control+F /"
      placeholder={placeholder}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
