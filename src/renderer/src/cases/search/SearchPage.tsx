import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { SearchHit } from '@shared/cases/domain';
import { useT } from '../../kernel/i18n';
import { useNavigation } from '../../kernel/navigation';
import { ErrorAlert } from '../../ui/Alert';
import { PersonName, usePrivacyMode } from '../../ui/privacyMode';
import { PageHeading } from '../../ui/PageHeading';
import { useCaseSummaries } from '../list/useCaseSummaries';
import { SearchField } from './SearchField';
import { Snippet } from './Snippet';
import { useSearch } from './useSearch';
import '../../ui/styles/textPieces.css';

/** The core returns at most this many hits (searchIndex's limit). */
const HIT_LIMIT = 50;

/** Full-text search over journal notes and case data; the query lives in the route. */
export function SearchPage({ query }: { query: string }) {
  const t = useT();
  const { navigate } = useNavigation();
  const { isPrivate } = usePrivacyMode();
  const hits = useSearch(query);
  // Names for PersonName and for masking snippets in privacy mode (hits carry only codes).
  const { summaries } = useCaseSummaries();
  const formRef = useRef<HTMLDivElement>(null);
  const people = useMemo(
    () => new Map(summaries.state === 'ready' ? summaries.value.map((summary) => [summary.id, summary]) : []),
    [summaries],
  );

  // Arriving without a query (Strg+F from another screen): the cursor belongs in the field.
  useEffect(() => {
    if (!query) formRef.current?.querySelector<HTMLInputElement>('[data-search-field]')?.focus();
  }, [query]);

  const isReady = hits.state === 'ready' && summaries.state !== 'loading';
  const hitCount = hits.state === 'ready' ? hits.value.length : 0;
  // In privacy mode the query is not repeated: it is often a name.
  const resultCount =
    hitCount === 0
      ? t(isPrivate ? 'search.noResultsPrivate' : 'search.noResults', { query })
      : t(isPrivate ? 'search.resultCountPrivate' : 'search.resultCount', { count: hitCount, query });
  return (
    <div className="search-page">
      <PageHeading>{t('search.title')}</PageHeading>
      <div ref={formRef}>
        <SearchField initialQuery={query} onSearch={(next) => navigate({ page: 'search', query: next })} />
      </div>
      {isPrivate ? <p className="notice search-privacy">{t('search.privacyNote')}</p> : null}
      {!query ? <p>{t('search.prompt')}</p> : null}
      {query && !isReady && hits.state !== 'failed' ? <p className="loading">{t('search.loading')}</p> : null}
      <ErrorAlert heading={t('search.failed')} error={hits.state === 'failed' ? hits.error : null} />
      {query && isReady && hits.state === 'ready' ? (
        <section aria-labelledby="search-result-count">
          {/* A heading to navigate by; the same words are announced by the status line, since a
              heading must keep its role (a heading with role="status" is no heading any more). */}
          <h2 id="search-result-count" className="result-count">
            {resultCount}
          </h2>
          <p className="visually-hidden" role="status">
            {resultCount}
          </p>
          {hits.value.length === 0 ? <p>{t('search.noResultsHelp')}</p> : null}
          {hits.value.length >= HIT_LIMIT ? <p className="muted">{t('search.limit')}</p> : null}
          <ol className="search-results">
            {hits.value.map((hit) => (
              <SearchResult key={`${hit.source}-${hit.sourceId}`} hit={hit} person={people.get(hit.caseId)} />
            ))}
          </ol>
        </section>
      ) : null}
      <p className="search-back">
        <a
          href="#cases"
          className="case-link"
          onClick={(event) => {
            event.preventDefault();
            navigate({ page: 'cases' });
          }}
        >
          {t('search.backToList')}
        </a>
      </p>
    </div>
  );
}

function SearchResult({ hit, person }: { hit: SearchHit; person: { familyName: string; givenNames: string } | undefined }) {
  const t = useT();
  const { navigate } = useNavigation();
  function open(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    navigate({
      page: 'case',
      caseId: hit.caseId,
      section: hit.source === 'case' ? 'overview' : hit.source === 'journal' ? 'journal' : 'documents',
    });
  }
  const names = person ? [person.familyName, person.givenNames] : [];
  return (
    <li className="search-result" data-case-code={hit.caseCode}>
      <a className="search-result-link" href={`#case-${hit.caseCode}`} onClick={open}>
        <span className="search-result-head">
          <span className="case-code">{hit.caseCode}</span>
          {person ? <PersonName familyName={person.familyName} givenNames={person.givenNames} /> : null}
          <span className="source-label">{t('search.foundIn', { source: t(`search.source.${hit.source}`) })}</span>
        </span>
        <Snippet snippet={hit.snippet} source={hit.source} names={names} />
      </a>
    </li>
  );
}
