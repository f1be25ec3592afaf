import { ErrorAlert } from './Alert';
import { useId, useState } from 'react';
import type { AppErrorData, Result } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { Modal } from './Modal';

/**
 * "Really delete?" — the safe choice (keep) has the focus, so a stray Enter deletes nothing.
 * `onConfirm` runs the change; a failure is shown in the dialog.
 */
export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => Promise<Result<unknown>>;
  onClose: () => void;
}) {
  const t = useT();
  const [error, setError] = useState<AppErrorData | null>(null);
  const [isWorking, setWorking] = useState(false);
  const textId = useId();
  async function confirm() {
    setWorking(true);
    const result = await onConfirm();
    setWorking(false);
    if (!result.ok) setError(result.error);
  }
  return (
    <Modal title={title} onClose={onClose} describedBy={textId}>
      <p id={textId}>{text}</p>
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <button type="button" className="button button-primary" autoFocus onClick={onClose}>
          {t('caseDetail.keep')}
        </button>
        <button type="button" className="button button-danger" disabled={isWorking} onClick={() => void confirm()}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
