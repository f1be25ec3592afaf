import type { ReactNode } from 'react';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { ErrorAlert } from './Alert';

export interface FormActionsProps {
  /** The core's error for the whole form (field errors are marked on the fields themselves). */
  error?: AppErrorData | null;
  /** The submit button's words; "Speichern" when not given. */
  submitLabel?: string;
  /** A second button after the submit button ("Abbrechen" unless `cancelLabel` says otherwise). */
  onCancel?: () => void;
  cancelLabel?: string;
  /** Disables the submit button (while the form is being saved, or when there is nothing to save). */
  isDisabled?: boolean;
  /** The submit button is the primary action of the screen (true unless the form is a side task). */
  isPrimary?: boolean;
  /** Shown between the error and the buttons (a status line, a countdown). */
  children?: ReactNode;
}

function SubmitActions({
  className,
  error = null,
  submitLabel,
  onCancel,
  cancelLabel,
  isDisabled,
  isPrimary = true,
  children,
}: FormActionsProps & { className: string }) {
  const t = useT();
  return (
    <>
      <ErrorAlert error={error} />
      {children}
      <div className={className}>
        <button type="submit" className={isPrimary ? 'button button-primary' : 'button'} disabled={isDisabled}>
          {submitLabel ?? t('common.save')}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {cancelLabel ?? t('caseForm.cancel')}
          </button>
        ) : null}
      </div>
    </>
  );
}

/**
 * The foot of a form dialog: the error the core sent back, then the submit button ("Speichern"
 * unless named otherwise) and "Abbrechen". Render it as the last child of the dialog's `<form>`,
 * whose submit does the saving.
 */
export function DialogFormActions(props: FormActionsProps & { onCancel: () => void }) {
  return <SubmitActions className="dialog-actions" {...props} />;
}

/** The same foot for a form on a page or in a section: buttons aligned to the start of the form. */
export function FormActions(props: FormActionsProps) {
  return <SubmitActions className="actions actions-start" {...props} />;
}
