import { ErrorAlert } from './Alert';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';

/**
 * The foot of a form dialog that saves one record: the error the core sent back (field errors are
 * marked on the fields themselves), then "Speichern" and "Abbrechen". Render it as the last child
 * of the dialog's `<form>`, whose submit does the saving.
 */
export function DialogFormActions({ error, onCancel }: { error: AppErrorData | null; onCancel: () => void }) {
  const t = useT();
  return (
    <>
      <ErrorAlert error={error} />
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
