import { useId, type ReactNode } from 'react';
import type { AppErrorData } from '@shared/kernel/result';
import type { PlannedFile } from '@shared/stats/schemas';
import { useT } from '../kernel/i18n';
import { ErrorAlert } from '../ui/Alert';
import { StepHeading } from './StepHeading';

/**
 * The explicit confirmation: which files will be written, that the folder is chosen next, and that
 * the export is logged. Nothing is written before "Ordner wählen und schreiben".
 */
export function ConfirmStep({
  files,
  summary,
  isBusy,
  error,
  errorAction,
  onConfirm,
  onBack,
}: {
  files: readonly PlannedFile[];
  summary: ReactNode;
  isBusy: boolean;
  error: AppErrorData | null;
  /** A way out of the error, e.g. "Vorschau neu berechnen" when the data changed. */
  errorAction?: ReactNode;
  onConfirm: () => void;
  onBack: () => void;
}) {
  const t = useT();
  const headingId = useId();
  const listId = useId();
  return (
    <section aria-labelledby={headingId}>
      <StepHeading id={headingId}>{t('statsUi.confirm.heading')}</StepHeading>
      {summary}
      <p id={listId} className="stats-label">
        {t('statsUi.confirm.filesIntro', { count: files.length })}
      </p>
      <ul className="stats-file-list" aria-labelledby={listId}>
        {files.map((file) => (
          <li key={file.name}>
            <code className="stats-file-name">{file.name}</code>
            <span className="stats-file-kind">
              {t(file.kind === 'json' ? 'statsUi.file.json' : file.kind === 'csv' ? 'statsUi.file.csv' : 'statsUi.file.pdf')}
            </span>
          </li>
        ))}
      </ul>
      <p>{t('statsUi.confirm.folderNext')}</p>
      <p>{t('statsUi.confirm.logged')}</p>
      <ErrorAlert heading={t('statsUi.confirm.failed')} error={error}>
        {errorAction}
      </ErrorAlert>
      <div className="actions actions-start">
        <button type="button" className="button button-primary" disabled={isBusy} onClick={onConfirm}>
          {t('statsUi.confirm.write')}
        </button>
        <button type="button" className="button" disabled={isBusy} onClick={onBack}>
          {t('statsUi.confirm.back')}
        </button>
        {isBusy ? (
          <p className="loading" role="status">
            {t('statsUi.confirm.writing')}
          </p>
        ) : null}
      </div>
    </section>
  );
}
