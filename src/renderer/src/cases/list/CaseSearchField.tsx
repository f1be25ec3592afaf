import { useId, type FormEvent } from 'react';
import { useT } from '../../kernel/i18n';
import { usePrivacyMode } from '../../ui/privacyMode';
import { SearchInput } from '../search/SearchInput';

/**
 * The list's one search field: typing filters the rows at once (code, name, counsellor); Enter or
 * "Volltextsuche" searches every journal note and case field on the search page. Strg+F or "/"
 * brings the keyboard here (see SearchInput).
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
      <SearchInput
        id={id}
        value={value}
        onChange={onChange}
        describedBy={hintId}
        placeholder={t(isPrivate ? 'caseList.search.placeholderPrivate' : 'caseList.search.placeholder')}
      />
      <button type="submit" className="button button-quiet">
        {t('caseList.search.fullText')}
      </button>
    </form>
  );
}
