import { useEffect, useRef } from 'react';
import { useT } from '../kernel/i18n';
import { usePendingNavigation, type PendingNavigation } from '../kernel/navigation';

/** Asks before unsaved input is thrown away, whenever a navigation waits for that answer. */
export function UnsavedChangesDialog() {
  const pending = usePendingNavigation();
  return pending ? <UnsavedChangesQuestion pending={pending} /> : null;
}

/** A modal question before unsaved input is thrown away; Escape keeps editing. */
function UnsavedChangesQuestion({ pending }: { pending: PendingNavigation }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="unsaved-title"
      aria-describedby="unsaved-text"
      onCancel={(event) => {
        event.preventDefault();
        pending.stay();
      }}
    >
      <h2 id="unsaved-title">{t('unsaved.title')}</h2>
      <p id="unsaved-text">{t('unsaved.text')}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" autoFocus onClick={pending.stay}>
          {t('unsaved.stay')}
        </button>
        <button type="button" className="button" onClick={pending.discard}>
          {t('unsaved.discard')}
        </button>
      </div>
    </dialog>
  );
}
