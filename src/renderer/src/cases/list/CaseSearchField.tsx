import { useId, type FormEvent } from 'react';
import { useT } from '../../kernel/i18n';
import { usePrivacyMode } from '../../ui/privacyMode';

/**
 * The list's one search field: typing filters the rows at once (code, name, counsellor); Enter or
 * "Volltextsuche" searches every journal note and case field on the search page. Strg+F or "/"
 * brings the keyboard here (useSearchShortcut finds the field by `data-search-field`).
 */
export function CaseSearchField({
  value,
  onChange,
  onFullTextSearch,
  hintId,
}: {
  value: string;
  onChange: (value: string) => void;
  onFullTextSearch: (query: string) => void;
  /** The visible hint below the list that explains both uses. */
  hintId: string;
}) {
  const t = useT();
  const { isPrivate } = usePrivacyMode();
  const id = useId();
  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (value.trim()) onFullTextSearch(value.trim());
  }
  return (
    <form className="list-search" role="search" aria-label={t('caseList.search.region')} onSubmit={handleSubmit}>
      <label className="list-search-label" htmlFor={id}>
        {t('caseList.search.label')}
      </label>
      <input
        id={id}
        className="field-input"
        type="search"
        value={value}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        data-search-field=""
        aria-describedby={hintId}
        aria-keyshortcuts="Control+F /"
        placeholder={t(isPrivate ? 'caseList.search.placeholderPrivate' : 'caseList.search.placeholder')}
        onChange={(event) => onChange(event.target.value)}
      />
      <button type="submit" className="button button-quiet">
        {t('caseList.search.fullText')}
      </button>
    </form>
  );
}
