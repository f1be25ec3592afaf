import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { AuditFilter } from '@shared/audit/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { PageHeading } from '../ui/PageHeading';
import { AuditFilters, type Facets } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { AccountNamesContext } from './columns';
import { ExportSection } from './ExportSection';
import { IntegritySection } from './IntegritySection';
import { RetentionSection } from './RetentionSection';
import { useAuditLog } from './useAuditLog';
import './audit.css';

/**
 * "Protokoll" (supervisor): the access log, filtered and virtualised; its integrity check and
 * checkpoints; export of the filtered view; and the log's retention.
 */
export function AuditPage() {
  const t = useT();
  const { call } = useSession();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [facets, setFacets] = useState<Facets | null>(null);
  const [facetsError, setFacetsError] = useState<AppErrorData | null>(null);
  const log = useAuditLog(filter);
  const tableHeadingId = useId();
  const countId = useId();

  const loadFacets = useCallback(async () => {
    const result = await call((api) => api.audit.facets({}));
    if (result.ok) setFacets(result.value);
    else setFacetsError(result.error);
  }, [call]);

  useEffect(() => {
    void loadFacets();
  }, [loadFacets]);

  const accountNames = useMemo(() => new Map((facets?.users ?? []).map((user) => [user.userId, user.name])), [facets]);
  const { ensureRows } = log;
  // Verifying, exporting and archiving are logged themselves: new actions may appear in the filter.
  const handleLogged = useCallback(() => void loadFacets(), [loadFacets]);

  return (
    <div className="audit-page">
      <PageHeading>{t('auditUi.title')}</PageHeading>
      <p className="screen-intro">{t('auditUi.intro')}</p>
      <ErrorAlert error={facetsError} />
      <AuditFilters facets={facets} filter={filter} onChange={setFilter} />
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
        {log.newEntries > 0 ? (
          <button type="button" className="button button-quiet" onClick={log.reload}>
            {t('auditUi.table.newEntries', { count: log.newEntries })}
          </button>
        ) : null}
      </div>
      <ErrorAlert error={log.error} />
      {log.total === 0 ? (
        <p className="audit-empty">{t('auditUi.table.empty')}</p>
      ) : log.total !== null ? (
        <AccountNamesContext.Provider value={accountNames}>
          <AuditTable total={log.total} version={log.version} entryAt={log.entryAt} onRange={ensureRows} labelledBy={tableHeadingId} />
        </AccountNamesContext.Provider>
      ) : null}
      <p className="audit-keys">{t('auditUi.table.keys')}</p>
      <IntegritySection onLogged={handleLogged} />
      <ExportSection filter={filter} total={log.total} onLogged={handleLogged} />
      <RetentionSection onLogged={handleLogged} />
    </div>
  );
}
