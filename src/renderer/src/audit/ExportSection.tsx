import { useId, useState } from 'react';
import type { AuditFilter } from '@shared/audit/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { StatusMessage } from '../ui/StatusMessage';
import { filterAt } from './formatAudit';
import type { LogSnapshot } from './useAuditLog';

/**
 * Exports exactly the filtered view at the moment the table shows (CSV for spreadsheets, PDF to
 * print) for the data-protection officer: the same entries, up to the same entry number.
 */
export function ExportSection({ filter, snapshot, onLogged }: { filter: AuditFilter; snapshot: LogSnapshot | null; onLogged: () => void }) {
  const total = snapshot?.total ?? null;
  const { t, language } = useI18n();
  const { call } = useSession();
  const headingId = useId();
  const [status, setStatus] = useState<{ text: string; tone: 'info' | 'success' } | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function exportAs(format: 'csv' | 'pdf') {
    setBusy(true);
    setError(null);
    setStatus(null);
    const result = await call((api) => api.audit.export({ filter: filterAt(filter, snapshot?.upToSeq ?? null), format }));
    setBusy(false);
    onLogged();
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const saved = result.value;
    setStatus(
      saved.saved
        ? {
            text: t('auditUi.export.saved', {
              file: saved.fileName,
              size: saved.bytes.toLocaleString(language),
              hash: saved.sha256.slice(0, 16),
            }),
            tone: 'success',
          }
        : { text: t('auditUi.export.cancelled'), tone: 'info' },
    );
  }

  return (
    <section className="settings-section" aria-labelledby={headingId} aria-busy={isBusy}>
      <h2 id={headingId}>{t('auditUi.export.heading')}</h2>
      <p>
        {total === null || snapshot === null || snapshot.upToSeq === null
          ? t('auditUi.export.intro')
          : t('auditUi.export.introScope', {
              entries: total === 1 ? t('auditUi.entriesOne') : t('auditUi.entries', { count: total }),
              seq: snapshot.upToSeq,
            })}
      </p>
      <div className="actions actions-start">
        <button type="button" className="button" disabled={isBusy || total === 0} onClick={() => void exportAs('csv')}>
          {t('auditUi.export.csv')}
        </button>
        <button type="button" className="button" disabled={isBusy || total === 0} onClick={() => void exportAs('pdf')}>
          {t('auditUi.export.pdf')}
        </button>
      </div>
      <StatusMessage tone={status?.tone ?? 'info'} message={status?.text ?? null} />
      <ErrorAlert error={error} />
    </section>
  );
}
