import { useCallback, useId, useMemo, useState } from 'react';
import type { AuditFilter, VerifyReport } from '@shared/audit/domain';
import type { FallbuchApi } from '@shared/contract/api';
import { useI18n } from '../kernel/i18n';
import { useCoreValue } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { PageHeading } from '../ui/PageHeading';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { AccountNamesContext, FilterByItemContext } from './columns';
import { ExportSection } from './ExportSection';
import { viewScope, type CheckedMoment } from './formatAudit';
import { IntegritySection } from './IntegritySection';
import { RetentionSection } from './RetentionSection';
import { useAuditLog } from './useAuditLog';
import './audit.css';

/**
 * "Protokoll" (supervisor): the access log, filtered and virtualised; its integrity check and
 * checkpoints; export of the filtered view; and the log's retention. Every figure names the entry
 * it counts up to; after a check, the table and the export show the checked state.
 */
function readFacets(api: FallbuchApi) {
  return api.audit.facets({});
}

export function AuditPage() {
  const { t, language } = useI18n();
  const [filter, setFilter] = useState<AuditFilter>({});
  // A filter set from a row (not typed in the filters) gives the filter fields a fresh start.
  const [filterFromRow, setFilterFromRow] = useState(0);
  const filterByItem = useCallback((caseCode: string, item: string) => {
    setFilter({ caseCode, item });
    setFilterFromRow((count) => count + 1);
  }, []);
  const { value: facets, error: facetsError, reload: loadFacets } = useCoreValue(readFacets);
  const [checked, setChecked] = useState<CheckedMoment | null>(null);
  const log = useAuditLog(filter, checked?.upToSeq ?? null);
  const { snapshot, reload } = log;
  const tableHeadingId = useId();
  const countId = useId();

  const accountNames = useMemo(() => new Map((facets?.users ?? []).map((user) => [user.userId, user.name])), [facets]);
  const { ensureRows } = log;
  // Verifying, exporting and archiving are logged themselves: new actions may appear in the filter.
  const handleLogged = useCallback(() => void loadFacets(), [loadFacets]);
  const handleVerified = useCallback((report: VerifyReport) => {
    if (report.lastSeq !== null) setChecked({ upToSeq: report.lastSeq, at: report.verifiedAt });
  }, []);
  // "Neu laden" leaves the checked state for the newest one.
  const handleReload = useCallback(() => {
    if (checked) setChecked(null);
    else reload();
  }, [checked, reload]);
  const scope = viewScope(snapshot, checked, language);

  return (
    <div className="audit-page">
      <PageHeading>{t('auditUi.title')}</PageHeading>
      <p className="screen-intro">{t('auditUi.intro')}</p>
      <ErrorAlert error={facetsError} />
      <AuditFilters key={filterFromRow} facets={facets} filter={filter} onChange={setFilter} />
      <div className="audit-summary">
        <h2 id={tableHeadingId} className="audit-table-heading">
          {t('auditUi.table.heading')}
        </h2>
        <p id={countId} className="row-count" role="status">
          {log.total === null
            ? t('common.pleaseWait')
            : log.total === 1
              ? t('auditUi.table.countOne')
              : t('auditUi.table.count', { count: log.total })}
        </p>
        {scope ? <p className="audit-scope">{t(scope.key, scope.params)}</p> : null}
        {log.newEntries > 0 ? (
          <button type="button" className="button button-quiet" onClick={handleReload}>
            {log.newEntries === 1 ? t('auditUi.table.newEntriesOne') : t('auditUi.table.newEntries', { count: log.newEntries })}
          </button>
        ) : null}
      </div>
      <ErrorAlert error={log.error} />
      {log.total === 0 ? (
        <p className="audit-empty">{t('auditUi.table.empty')}</p>
      ) : log.total !== null ? (
        <AccountNamesContext.Provider value={accountNames}>
          <FilterByItemContext.Provider value={filterByItem}>
            <AuditTable total={log.total} version={log.version} entryAt={log.entryAt} onRange={ensureRows} labelledBy={tableHeadingId} />
          </FilterByItemContext.Provider>
        </AccountNamesContext.Provider>
      ) : null}
      <p className="audit-keys">{t('auditUi.table.keys')}</p>
      <IntegritySection onLogged={handleLogged} onVerified={handleVerified} />
      <ExportSection filter={filter} snapshot={snapshot} onLogged={handleLogged} />
      <RetentionSection onLogged={handleLogged} />
    </div>
  );
}
