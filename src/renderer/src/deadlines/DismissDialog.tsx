import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { DialogFormActions } from '../ui/DialogFormActions';
import { FieldFrame } from '../ui/forms';

const MAX_REASON = 500;

/**
 * Asks why a deadline is dismissed. A reason is required (the core refuses an empty one as well);
 * the message appears under the field, the field is marked invalid and keeps the focus. Escape
 * and "Abbrechen" close without changing anything. It is its own `<dialog>` rather than ui/Modal:
 * Modal gives the focus back to the opening button when it closes, but here the deadline (and its
 * button) goes away, and the dashboard moves the focus to the group's heading instead.
 */
export function DismissDialog({
  description,
  onConfirm,
  onCancel,
}: {
  description: string;
  /** Resolves to null on success, or the core's error. */
  onConfirm: (reason: string) => Promise<AppErrorData | null>;
  onCancel: () => void;
}) {
  const { t, translateMessage } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isSaving, setSaving] = useState(false);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const trimmed = reason.trim();
    if (!trimmed) {
      setFieldError('validation.reasonRequired');
      fieldRef.current?.focus();
      return;
    }
    setSaving(true);
    const error = await onConfirm(trimmed);
    setSaving(false);
    if (!error) return;
    const serverField = error.fields?.reason;
    if (serverField) {
      setFieldError(serverField);
      fieldRef.current?.focus();
    } else {
      setFormError(error);
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{t('deadlines.dismissDialog.title')}</h2>
      <p id={`${id}-text`}>{description}</p>
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <FieldFrame
          id={id}
          className="field-wide"
          label={t('deadlines.dismissDialog.reason')}
          hint={t('deadlines.dismissDialog.reasonHint')}
          error={fieldError ? translateMessage(fieldError) : null}
        >
          {({ describedBy, isInvalid }) => (
            <textarea
              ref={fieldRef}
              id={id}
              className="field-input dismiss-reason"
              rows={3}
              maxLength={MAX_REASON}
              value={reason}
              autoFocus
              aria-required="true"
              aria-invalid={isInvalid ? 'true' : 'false'}
              aria-describedby={describedBy}
              onChange={(event) => {
                setReason(event.target.value);
                if (fieldError && event.target.value.trim()) setFieldError(null);
              }}
            />
          )}
        </FieldFrame>
        <DialogFormActions
          error={formError}
          submitLabel={t('deadlines.dismissDialog.confirm')}
          isDisabled={isSaving}
          onCancel={onCancel}
          cancelLabel={t('deadlines.dismissDialog.cancel')}
        />
      </form>
    </dialog>
  );
}
