import { useId, useState, type ReactNode } from 'react';
import type { AppErrorData, Result } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { ErrorAlert } from './Alert';
import { Modal } from './Modal';

/**
 * "Really delete?" — the safe choice (keep) has the focus, so a stray Enter deletes nothing.
 * `onConfirm` runs the change; a failure is shown in the dialog.
 */
export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  keepLabel,
  confirmClassName = 'button button-danger',
  onConfirm,
  onClose,
}: {
  title: string;
  text: string;
  /** The risky choice; "Löschen" unless named otherwise. */
  confirmLabel?: string;
  /** The safe choice; "Behalten" unless named otherwise. */
  keepLabel?: string;
  confirmClassName?: string;
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
          {keepLabel ?? t('caseDetail.keep')}
        </button>
        <button type="button" className={confirmClassName} disabled={isWorking} onClick={() => void confirm()}>
          {confirmLabel ?? t('caseDetail.delete')}
        </button>
      </div>
    </Modal>
  );
}

/**
 * The confirmation of an action on one item (delete this entry, reopen this case): `ask(item)`
 * opens the ConfirmDialog, which the screen renders as `dialog`; on success it closes and
 * `onConfirmed` runs (announce, reload).
 */
export function useConfirmation<T>({
  title,
  text,
  confirmLabel,
  keepLabel,
  confirmClassName,
  run,
  onConfirmed,
}: {
  title: string;
  text: string | ((item: T) => string);
  confirmLabel?: string;
  keepLabel?: string;
  /** A step that is not risky (reopening) is not shown red. */
  confirmClassName?: string;
  run: (item: T) => Promise<Result<unknown>>;
  onConfirmed: (item: T) => void | Promise<void>;
}): { ask: (item: T) => void; dialog: ReactNode } {
  const [asked, setAsked] = useState<{ item: T } | null>(null);
  const dialog = asked ? (
    <ConfirmDialog
      title={title}
      text={typeof text === 'function' ? text(asked.item) : text}
      confirmLabel={confirmLabel}
      keepLabel={keepLabel}
      confirmClassName={confirmClassName}
      onClose={() => setAsked(null)}
      onConfirm={async () => {
        const result = await run(asked.item);
        if (result.ok) {
          setAsked(null);
          await onConfirmed(asked.item);
        }
        return result;
      }}
    />
  ) : null;
  return { ask: (item) => setAsked({ item }), dialog };
}

/**
 * A question before a step the screen cannot take back by itself (disable an account, archive log
 * entries): the step's button comes first, "Abbrechen" has the focus, so a stray Enter changes
 * nothing. `text` describes the dialog for screen readers.
 */
export function QuestionDialog({
  title,
  text,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  text: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const textId = useId();
  return (
    <Modal title={title} describedBy={textId} onClose={onClose}>
      <div id={textId}>{text}</div>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button" data-autofocus onClick={onClose}>
          {t('accountsUi.cancel')}
        </button>
      </div>
    </Modal>
  );
}
