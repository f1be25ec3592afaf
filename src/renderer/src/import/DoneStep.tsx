import { useState } from 'react';
import { useI18n } from '../kernel/i18n';
import { useNavigation } from '../kernel/navigation';
import { useSession } from '../kernel/session';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { StatusMessage } from '../ui/StatusMessage';
import type { ImportWizard } from './useImportWizard';

/**
 * Step 6: what was imported, and the plain word that the source list is still unencrypted on this
 * computer — with the offer to delete it (and why deleting is no guarantee on SSDs).
 */
export function DoneStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useI18n();
  const { call } = useSession();
  const { navigate } = useNavigation();
  const [isAsking, setAsking] = useState(false);
  const [deletedText, setDeletedText] = useState<string | null>(null);
  const result = wizard.state.result;
  if (!result) return null;
  async function deleteSource() {
    const answer = await call((api) => api.import.deleteSource());
    if (answer.ok) {
      setAsking(false);
      setDeletedText(answer.value.deleted ? t('importUi.done.deleted') : t('importUi.done.alreadyGone'));
    }
    return answer;
  }
  return (
    <div className="import-step">
      <h2 tabIndex={-1}>{t('importUi.done.heading')}</h2>
      <p className="status status-success">
        <span className="status-icon" aria-hidden="true">
          ✓
        </span>
        {t('importUi.done.summary', {
          created: result.created,
          merged: result.merged,
          skipped: result.skipped,
          errorRows: result.errorRows,
        })}
      </p>
      <section className="import-source" aria-labelledby="import-source-heading">
        <h3 id="import-source-heading">
          <span aria-hidden="true">⚠ </span>
          {t('importUi.done.sourceHeading')}
        </h3>
        <p>{t('importUi.done.sourceText')}</p>
        {deletedText === null ? (
          <div className="actions actions-start">
            <button type="button" className="button button-primary" onClick={() => setAsking(true)}>
              {t('importUi.done.delete')}
            </button>
          </div>
        ) : null}
        <StatusMessage message={deletedText} tone="success" />
        <p className="field-hint">{t('importUi.done.ssdNote')}</p>
      </section>
      <div className="actions actions-start">
        <button type="button" className="button" onClick={() => navigate({ page: 'cases' })}>
          {t('importUi.done.toCases')}
        </button>
        <button type="button" className="button" onClick={wizard.restart}>
          {t('importUi.done.another')}
        </button>
      </div>
      {isAsking ? (
        <ConfirmDialog
          title={t('importUi.done.deleteTitle')}
          text={t('importUi.done.deleteText')}
          confirmLabel={t('importUi.done.deleteConfirm')}
          keepLabel={t('importUi.dialogCancel')}
          onConfirm={deleteSource}
          onClose={() => setAsking(false)}
        />
      ) : null}
    </div>
  );
}
