import { useEffect, useId, useRef } from 'react';
import { useT } from '../kernel/i18n';

/**
 * A running check of the log: „Geprüft: 412.000 von 1.000.000 Einträgen“ as the label of a progress
 * bar, and „Prüfung abbrechen“. The cancel button takes the focus (the button that started the check
 * is disabled meanwhile); when it goes while focused, `onGone` puts the focus back.
 */
export function VerifyProgressBar({
  progress,
  onCancel,
  onGone,
}: {
  progress: { checked: number; total: number };
  onCancel: () => void;
  onGone: () => void;
}) {
  const t = useT();
  const id = useId();
  const cancelButton = useRef<HTMLButtonElement>(null);
  const goneRef = useRef(onGone);

  useEffect(() => {
    goneRef.current = onGone;
  }, [onGone]);

  useEffect(() => {
    const button = cancelButton.current;
    button?.focus();
    return () => {
      // Focus lands on <body> once the focused button is removed; after the check the start button is enabled again.
      if (button && (document.activeElement === button || document.activeElement === document.body)) {
        window.setTimeout(() => goneRef.current(), 0);
      }
    };
  }, []);

  return (
    <div className="verify-progress">
      <label htmlFor={id}>{t('auditUi.verify.progress', { checked: progress.checked, total: progress.total })}</label>
      <progress id={id} max={Math.max(1, progress.total)} value={progress.checked} />
      <button ref={cancelButton} type="button" className="button" onClick={onCancel}>
        {t('auditUi.verify.cancel')}
      </button>
    </div>
  );
}
