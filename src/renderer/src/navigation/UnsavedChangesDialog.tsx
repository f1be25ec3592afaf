import { useEffect, useRef } from 'react';
import { useT } from '../i18n';

/** A modal question before unsaved input is thrown away; Escape keeps editing. */
export function UnsavedChangesDialog({ onDiscard, onStay }: { onDiscard: () => void; onStay: () => void }) {
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
        onStay();
      }}
    >
      <h2 id="unsaved-title">{t('unsaved.title')}</h2>
      <p id="unsaved-text">{t('unsaved.text')}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" autoFocus onClick={onStay}>
          {t('unsaved.stay')}
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          {t('unsaved.discard')}
        </button>
      </div>
    </dialog>
  );
}
