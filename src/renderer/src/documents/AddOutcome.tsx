import type { AddResult } from '@shared/documents/domain';
import { useI18n } from '../kernel/i18n';
import { Alert } from '../ui/Alert';

/** What an add kept (with what was changed on the way in) and what it refused, each with the reason. */
export function AddOutcome({ result, onDismiss }: { result: AddResult; onDismiss: () => void }) {
  const { t, translateMessage } = useI18n();
  const notices = result.added.flatMap((file) =>
    file.notices.map((notice) =>
      t('documents.noticeLine', { file: file.fileName, notice: translateMessage(notice.key, translatedParams(notice.params)) }),
    ),
  );
  function translatedParams(params: Record<string, string | number>): Record<string, string | number> {
    return Object.fromEntries(
      Object.entries(params).map(([name, value]) => [
        name,
        typeof value === 'string' && value.startsWith('documents.') ? translateMessage(value) : value,
      ]),
    );
  }
  // What was kept is good news (green, announced politely); only what was refused is an alert (red).
  const kept =
    result.added.length > 0 ? (
      <div className="status status-success" role="status">
        <span className="status-icon" aria-hidden="true">
          ✓
        </span>
        <div>
          <p>{result.added.length === 1 ? t('documents.addedOne') : t('documents.addedCount', { count: result.added.length })}</p>
          {notices.length > 0 ? (
            <ul>
              {notices.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    ) : null;
  const refused =
    result.refused.length > 0 ? (
      <Alert heading={t('documents.refusedHeading')}>
        <ul>
          {result.refused.map((file) => (
            <li key={`${file.fileName}-${file.reason.key}`}>
              {t('documents.refusedLine', {
                file: file.fileName,
                reason: translateMessage(file.reason.key, translatedParams(file.reason.params)),
              })}
            </li>
          ))}
        </ul>
      </Alert>
    ) : null;
  return (
    <div className="documents-outcome">
      {kept}
      {refused}
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        {t('documents.close')}
      </button>
    </div>
  );
}
