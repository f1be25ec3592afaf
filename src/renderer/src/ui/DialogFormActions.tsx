import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { Alert } from './Alert';

/**
 * The foot of a form dialog that saves one record: the error the core sent back (field errors are
 * marked on the fields themselves), then "Speichern" and "Abbrechen". Render it as the last child
 * of the dialog's `<form>`, whose submit does the saving.
 */
export function DialogFormActions({ error, onCancel }: { error: AppErrorData | null; onCancel: () => void }) {
  const { t, translateError } = useI18n();
  return (
    <>
      {error ? (
        <Alert>
          <p>{translateError(error)}</p>
        </Alert>
      ) : null}
      <div className="dialog-actions">
        <button type="submit" className="button button-primary">
          {t('common.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('caseForm.cancel')}
        </button>
      </div>
    </>
  );
}
