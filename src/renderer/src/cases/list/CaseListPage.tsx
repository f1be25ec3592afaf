import { useDeferredValue, useId, useMemo, useState } from 'react';
import { todayIn } from '@shared/kernel/dates';
import { useT } from '../../kernel/i18n';
import { useNavigation } from '../../kernel/navigation';
import { ErrorAlert } from '../../ui/Alert';
import { usePrivacyMode } from '../../ui/privacyMode';
import { PageHeading } from '../../ui/PageHeading';
import { SearchField } from '../search/SearchField';
import { CaseFilterBar } from './CaseFilterBar';
import { CaseGrid } from './CaseGrid';
import { countActiveFilters, filterCaseRows, NO_FILTERS, toCaseRow, type CaseFilters, type CaseRow } from './caseRows';
import { ColumnChooser } from './ColumnChooser';
import { COLUMN_IDS } from './columns';
import { useCaseSummaries } from './useCaseSummaries';
import { useColumnChoice, useSortChoice } from './useColumnChoice';
import './caseList.css';

/** "Fälle": every case in a sortable, filterable, virtualised grid, with the full-text search on top. */
export function CaseListPage() {
  const t = useT();
  const { navigate } = useNavigation();
  const { summaries, reload } = useCaseSummaries();
  const today = useMemo(() => todayIn(new Date()), []);
  const rows = useMemo(
    () => (summaries.state === 'ready' ? summaries.value.map((summary) => toCaseRow(summary, today)) : []),
    [summaries, today],
  );

  return (
    <div className="case-list-page">
      <div className="page-title-row">
        <PageHeading>{t('nav.cases')}</PageHeading>
        <button type="button" className="button button-primary" onClick={() => navigate({ page: 'caseNew' })}>
          <span aria-hidden="true">+</span>
          {t('caseList.new')}
        </button>
      </div>
      <SearchField onSearch={(query) => navigate({ page: 'search', query })} />
      {summaries.state === 'loading' ? <p className="loading">{t('caseList.loading')}</p> : null}
      <ErrorAlert heading={t('caseList.loadFailed')} error={summaries.state === 'failed' ? summaries.error : null}>
        <button type="button" className="button" onClick={reload}>
          {t('common.retry')}
        </button>
      </ErrorAlert>
      {summaries.state === 'ready' && rows.length === 0 ? <NoCasesYet /> : null}
      {summaries.state === 'ready' && rows.length > 0 ? <CaseListBody rows={rows} /> : null}
    </div>
  );
}

function NoCasesYet() {
  const t = useT();
  const { navigate } = useNavigation();
  return (
    <div className="empty-state">
      <h2>{t('caseList.empty.heading')}</h2>
      <p>{t('caseList.empty.text')}</p>
      <p className="muted">{t('caseList.empty.privacy')}</p>
      <button type="button" className="button button-primary" onClick={() => navigate({ page: 'caseNew' })}>
        {t('caseList.empty.action')}
      </button>
    </div>
  );
}

function CaseListBody({ rows }: { rows: CaseRow[] }) {
  const t = useT();
  const { navigate } = useNavigation();
  const { isPrivate } = usePrivacyMode();
  const [filters, setFilters] = useState<CaseFilters>(NO_FILTERS);
  const [quickFilter, setQuickFilter] = useState('');
  // Typing stays responsive with 5,000 rows: the grid follows the text a moment later.
  const deferredQuickFilter = useDeferredValue(quickFilter);
  const { visible, setVisible, saveError } = useColumnChoice();
  const { sorting, setSorting } = useSortChoice();
  const columnVisibility = useMemo(() => Object.fromEntries(COLUMN_IDS.map((id) => [id, visible.includes(id)])), [visible]);
  const shown = useMemo(() => filterCaseRows(rows, filters, deferredQuickFilter), [rows, filters, deferredQuickFilter]);
  const headingId = useId();
  const quickId = useId();
  const activeFilters = countActiveFilters(filters) + (quickFilter.trim() ? 1 : 0);

  function resetFilters() {
    setFilters(NO_FILTERS);
    setQuickFilter('');
  }

  return (
    <section className="case-list" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('caseList.tableLabel')}
      </h2>
      <div className="list-tools">
        <div className="filter-field quick-filter">
          <label className="field-label" htmlFor={quickId}>
            {t('caseList.quickFilter.label')}
          </label>
          <input
            id={quickId}
            className="field-input"
            type="text"
            value={quickFilter}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${quickId}-hint`}
            onChange={(event) => setQuickFilter(event.target.value)}
          />
          <p className="field-hint" id={`${quickId}-hint`}>
            {t(isPrivate ? 'caseList.quickFilter.hintPrivate' : 'caseList.quickFilter.hint')}
          </p>
        </div>
        <ColumnChooser visible={visible} onChange={setVisible} />
      </div>
      <ErrorAlert heading={t('caseList.columns.saveFailed')} error={saveError} />
      <CaseFilterBar rows={rows} filters={filters} onChange={setFilters} />
      <div className="list-summary">
        <p role="status" className="row-count">
          {t('caseList.count', { shown: shown.length, total: rows.length })}
        </p>
        {activeFilters > 0 ? (
          <button type="button" className="button button-link" onClick={resetFilters}>
            {t('caseList.filters.reset')}
          </button>
        ) : null}
      </div>
      <p className="field-hint" id={`${headingId}-keys`}>
        {t('caseList.keyboardHint')}
      </p>
      {shown.length > 0 ? (
        <CaseGrid
          rows={shown}
          columnVisibility={columnVisibility}
          sorting={sorting}
          onSortingChange={setSorting}
          labelledBy={headingId}
          describedBy={`${headingId}-keys`}
          onOpen={(row) => navigate({ page: 'case', caseId: row.id })}
        />
      ) : (
        <div className="empty-state">
          <p>{t('caseList.noMatch')}</p>
          <button type="button" className="button" onClick={resetFilters}>
            {t('caseList.filters.reset')}
          </button>
        </div>
      )}
    </section>
  );
}
