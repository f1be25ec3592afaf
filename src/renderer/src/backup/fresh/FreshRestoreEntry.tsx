import { useState } from 'react';
import { useT } from '../../kernel/i18n';
import { Modal } from '../../ui/Modal';
import { FreshRestoreForm, type Chosen } from './FreshRestoreForm';
import '../backup.css';

/**
 * "Aus Sicherung wiederherstellen" on the set-up screen and in the unlock screen's problem notice:
 * for a lost or broken PC. The form opens as a dialog over the screen it was started from.
 */
export function FreshRestoreEntry({
  onRestored,
  intro,
  label,
  preset,
}: {
  onRestored: () => void;
  intro?: string;
  /** The button's words (default: „Aus Sicherung wiederherstellen“). */
  label?: string;
  preset?: { chosen: Chosen | null; vaultDir: string };
}) {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  return (
    <div className="secondary-action">
      {intro === '' ? null : <p>{intro ?? t('backupUi.fresh.entryIntro')}</p>}
      <button type="button" className={preset?.chosen ? 'button button-primary' : 'button'} onClick={() => setOpen(true)}>
        {label ?? t('backupUi.fresh.entry')}
      </button>
      {isOpen ? (
        <Modal title={t('backupUi.fresh.heading')} onClose={() => setOpen(false)} className="dialog-wide fresh-restore-dialog">
          <FreshRestoreForm
            onRestored={() => {
              setOpen(false);
              onRestored();
            }}
            onCancel={() => setOpen(false)}
            preset={preset}
          />
        </Modal>
      ) : null}
    </div>
  );
}
