import { useEffect, useState } from 'react';
import type { ChannelOutput } from '@shared/contract/contract';
import type { ImportBatch } from '@shared/import/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { Modal } from '../ui/Modal';

type UndoPreview = ChannelOutput<'import:undoPreview'>;

/**
 * Undo of one import: the core first says which cases were changed since (those stay); the rest is
 * erased as an Art. 17 erasure does. With changed cases the button says that only the rest goes.
 */
export function UndoDialog({ batch, onClose, onUndone }: { batch: ImportBatch; onClose: () => void; onUndone: (text: string) => void }) {
  const { t } = useI18n();
  const { call } = useSession();
  const [preview, setPreview] = useState<UndoPreview | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [isBusy, setBusy] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    void call((api) => api.import.undoPreview({ batchId: batch.id })).then((result) => {
      if (!isCurrent) return;
      if (result.ok) setPreview(result.value);
      else setError(result.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [call, batch.id]);
  async function undo() {
    if (!preview) return;
    setBusy(true);
    const result = await call((api) => api.import.undo({ batchId: batch.id, keepChanged: preview.changed.length > 0 }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onUndone(t('importUi.undo.done', { undone: result.value.undone, kept: result.value.kept }));
  }
  return (
    <Modal title={t('importUi.undo.title')} onClose={onClose} describedBy="import-undo-text">
      <div id="import-undo-text" aria-live="polite">
        {preview === null && error === null ? <p className="loading">{t('importUi.undo.checking')}</p> : null}
        {preview ? (
          <>
            {preview.unchanged > 0 ? (
              <p>{t('importUi.undo.unchanged', { count: preview.unchanged })}</p>
            ) : (
              <p>{t('importUi.undo.nothing')}</p>
            )}
            {preview.changed.length > 0 ? (
              <>
                <p>{t('importUi.undo.changed')}</p>
                <ul>
                  {preview.changed.map((changed) => (
                    <li key={changed.code}>{t('importUi.undo.changedItem', { code: changed.code, row: changed.row })}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
      </div>
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          {t('importUi.dialogCancel')}
        </button>
        {preview && preview.unchanged > 0 ? (
          <button type="button" className="button button-primary" disabled={isBusy} onClick={() => void undo()}>
            {preview.changed.length > 0 ? t('importUi.undo.confirmRest', { count: preview.unchanged }) : t('importUi.undo.confirm')}
          </button>
        ) : null}
      </div>
    </Modal>
  );
}
