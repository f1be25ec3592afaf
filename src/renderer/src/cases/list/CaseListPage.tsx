import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { todayIn } from '@shared/kernel/dates';
import { useT } from '../../kernel/i18n';
import { useNavigation } from '../../kernel/navigation';
import { usePreference } from '../../kernel/session';
import { ErrorAlert } from '../../ui/Alert';
import { usePrivacyMode } from '../../ui/privacyMode';
import { PageHeading } from '../../ui/PageHeading';
import { useFillHeight } from '../../ui/useFillHeight';
import { CaseFilterBar } from './CaseFilterBar';
import { CaseGrid } from './CaseGrid';
import { countActiveFilters, filterCaseRows, foldWhenIdle, NO_FILTERS, toCaseRows, type CaseFilters, type CaseRow } from './caseRows';
import { CaseSearchField } from './CaseSearchField';
import { ColumnChooser } from './ColumnChooser';
import { COLUMN_IDS } from './columns';
import { NoCasesYet } from './NoCasesYet';
import { useCaseSummaries } from './useCaseSummaries';
import { DEFAULT_SORTING, useColumnChoice, useSortChoice } from './useColumnChoice';
import './caseList.css';

/** "Fälle": every case in a sortable, filterable, virtualised grid that fills the window. */
export function CaseListPage() {
  const t = useT();
  const { summaries, isComplete, reload } = useCaseSummaries();
  const today = useMemo(() => todayIn(new Date()), []);
  const rows = useMemo(() => (summaries.state === 'ready' ? toCaseRows(summaries.value, today) : []), [summaries, today]);

  if (summaries.state === 'ready' && rows.length > 0) {
    return (
      <div className="case-list-page">
        <CaseListBody rows={rows} isComplete={isComplete} />
      </div>
    );
  }
  return (
    <div className="case-list-page">
      <CaseListTitle />
      {summaries.state === 'loading' ? <p className="loading">{t('caseList.loading')}</p> : null}
      <ErrorAlert heading={t('caseList.loadFailed')} error={summaries.state === 'failed' ? summaries.error : null}>
        <button type="button" className="button" onClick={reload}>
          {t('common.retry')}
        </button>
      </ErrorAlert>
      {summaries.state === 'ready' ? <NoCasesYet /> : null}
    </div>
  );
}

/** The heading with "Neuer Fall"; once the list is there, the count of the cases shown between them. */
function CaseListTitle({ count }: { count?: string }) {
  const t = useT();
  const { navigate } = useNavigation();
  return (
    <div className="page-title-row">
      <PageHeading>{t('nav.cases')}</PageHeading>
      {count !== undefined ? (
        <p role="status" className="row-count">
          {count}
        </p>
      ) : null}
      <button type="button" className="button button-primary" onClick={() => navigate({ page: 'caseNew' })}>
        <span aria-hidden="true">+</span>
        {t('caseList.new')}
      </button>
    </div>
  );
}

/** Room below the grid besides the hint line (its margin and a little air above the window's edge). */
const GRID_BOTTOM_REM = 0.75;
const GRID_MIN_REM = 14;

/** No sorting while the first screen is shown: its rows are the first in the default order. */
function ignoreSorting() {}

/**
 * The list with its toolbar. Until `isComplete`, `rows` are the first screen only (open cases in
 * code order): they are shown in that order, the grid says it is busy, and its sort buttons wait
 * for the whole list; filters and the quick filter already apply and follow when the rest arrives.
 */
function CaseListBody({ rows, isComplete }: { rows: CaseRow[]; isComplete: boolean }) {
  const t = useT();
  const { navigate } = useNavigation();
  const { isPrivate } = usePrivacyMode();
  const [filters, setFilters] = useState<CaseFilters>(NO_FILTERS);
  const [isFilterPanelOpen, setFilterPanelOpen] = useState(false);
  const [query, setQuery] = useState('');
  // Typing stays responsive with 5,000 rows: the grid follows the text a moment later.
  const deferredQuery = useDeferredValue(query);
  const { visible, setVisible, saveError } = useColumnChoice();
  const { sorting, setSorting } = useSortChoice();
  const density = usePreference('caseList.density');
  const columnVisibility = useMemo(() => Object.fromEntries(COLUMN_IDS.map((id) => [id, visible.includes(id)])), [visible]);
  const shown = useMemo(() => filterCaseRows(rows, filters, deferredQuery), [rows, filters, deferredQuery]);
  // The quick filter's folded texts are made while the window is idle once every case is there.
  useEffect(() => (isComplete ? foldWhenIdle(rows) : undefined), [rows, isComplete]);
  const headingId = useId();
  const filterPanelId = useId();
  const activeFilters = countActiveFilters(filters);
  const hasReset = activeFilters > 0 || query.trim() !== '';
  const hintsRef = useRef<HTMLParagraphElement>(null);
  const scrollRef = useFillHeight({ bottomRem: GRID_BOTTOM_REM, minRem: GRID_MIN_REM, below: hintsRef }, [
    isFilterPanelOpen,
    saveError,
    density.saveError,
    hasReset,
  ]);
  const isCompact = density.value === 'compact';

  function resetFilters() {
    setFilters(NO_FILTERS);
    setQuery('');
  }

  return (
    <>
      <CaseListTitle count={isComplete ? t('caseList.count', { shown: shown.length, total: rows.length }) : t('caseList.loadingRest')} />
      <section className="case-list" aria-labelledby={headingId}>
        <h2 id={headingId} className="visually-hidden">
          {t('caseList.tableLabel')}
        </h2>
        <div className="list-toolbar">
          <CaseSearchField
            value={query}
            onChange={setQuery}
            onFullTextSearch={(text) => navigate({ page: 'search', query: text })}
            hintId={`${headingId}-hint`}
          />
          <div className="list-toolbar-actions">
            {hasReset ? (
              <button type="button" className="button button-link" onClick={resetFilters}>
                {t('caseList.filters.reset')}
              </button>
            ) : null}
            <button
              type="button"
              className="button button-quiet"
              aria-expanded={isFilterPanelOpen}
              aria-controls={filterPanelId}
              onClick={() => setFilterPanelOpen((open) => !open)}
            >
              {t('caseList.filters.label')}
              {activeFilters > 0 ? <span className="filter-count">{t('caseList.filters.active', { count: activeFilters })}</span> : null}
              <span aria-hidden="true">{isFilterPanelOpen ? '▴' : '▾'}</span>
            </button>
            <ColumnChooser visible={visible} onChange={setVisible} />
            <button
              type="button"
              className="button button-quiet"
              aria-pressed={isCompact}
              onClick={() => density.setValue(isCompact ? 'comfortable' : 'compact')}
            >
              {t('caseList.density.compact')}
            </button>
          </div>
        </div>
        <div id={filterPanelId} className="filter-panel" hidden={!isFilterPanelOpen}>
          <CaseFilterBar rows={rows} filters={filters} onChange={setFilters} />
        </div>
        <ErrorAlert heading={t('caseList.columns.saveFailed')} error={saveError ?? density.saveError} />
        {shown.length > 0 ? (
          <CaseGrid
            rows={shown}
            columnVisibility={columnVisibility}
            sorting={isComplete ? sorting : DEFAULT_SORTING}
            onSortingChange={isComplete ? setSorting : ignoreSorting}
            isBusy={!isComplete}
            density={density.value}
            scrollRef={scrollRef}
            labelledBy={headingId}
            describedBy={`${headingId}-keys`}
            onOpen={(row) => navigate({ page: 'case', caseId: row.id })}
          />
        ) : !isComplete ? (
          <p className="loading">{t('caseList.loading')}</p>
        ) : (
          <div className="empty-state">
            <p>{t('caseList.noMatch')}</p>
            {query.trim() ? (
              <button type="button" className="button" onClick={() => navigate({ page: 'search', query: query.trim() })}>
                {t('caseList.search.tryFullText')}
              </button>
            ) : null}{' '}
            <button type="button" className="button" onClick={resetFilters}>
              {t('caseList.filters.reset')}
            </button>
          </div>
        )}
        <p className="list-hints" ref={hintsRef}>
          <span id={`${headingId}-hint`}>{t(isPrivate ? 'caseList.search.hintPrivate' : 'caseList.search.hint')}</span>{' '}
          <span id={`${headingId}-keys`}>{t('caseList.keyboardHint')}</span>{' '}
          {/* The badges' words are in every cell for screen readers; the icons alone show where the grid is narrow. */}
          <span className="list-legend" aria-hidden="true">
            {t('caseList.legend')}
          </span>
        </p>
      </section>
    </>
  );
}
