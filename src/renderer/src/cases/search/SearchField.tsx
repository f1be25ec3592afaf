import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../kernel/i18n';
import { SearchInput } from './SearchInput';
import './search.css';

/**
 * The full-text search box (case list and search page). Strg+F or "/" (outside a text field)
 * brings the keyboard here, see useSearchShortcut; the hint says so on screen.
 */
export function SearchField({ initialQuery = '', onSearch }: { initialQuery?: string; onSearch: (query: string) => void }) {
  const t = useT();
  const [query, setQuery] = useState(initialQuery);
  const id = useId();
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onSearch(query.trim());
  }
  return (
    <form className="search-form" role="search" onSubmit={handleSubmit}>
      <label className="field-label" htmlFor={id}>
        {t('search.label')}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {t('search.hint')}
      </p>
      <div className="search-row">
        <SearchInput id={id} value={query} onChange={setQuery} describedBy={`${id}-hint`} />
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </div>
    </form>
  );
}
