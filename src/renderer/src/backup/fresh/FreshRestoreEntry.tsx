import { useState } from 'react';
import { useT } from '../../kernel/i18n';
import { Modal } from '../../ui/Modal';
import { FreshRestoreForm } from './FreshRestoreForm';
import '../backup.css';

/**
 * "Aus Sicherung wiederherstellen" on the set-up screen and in the unlock screen's problem notice:
 * for a lost or broken PC. The form opens as a dialog over the screen it was started from.
 */
export function FreshRestoreEntry({ onRestored, intro }: { onRestored: () => void; intro?: string }) {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  return (
    <div className="secondary-action">
      <p>{intro ?? t('backupUi.fresh.entryIntro')}</p>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('backupUi.fresh.entry')}
      </button>
      {isOpen ? (
        <Modal title={t('backupUi.fresh.heading')} onClose={() => setOpen(false)} className="dialog-wide fresh-restore-dialog">
          <FreshRestoreForm
            onRestored={() => {
              setOpen(false);
              onRestored();
            }}
            onCancel={() => setOpen(false)}
          />
        </Modal>
      ) : null}
    </div>
  );
}
