import type { ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { AppErrorData } from '@shared/kernel/result';
import { DialogFormActions } from './DialogFormActions';
import { Modal } from './Modal';

/**
 * A dialog that is one react-hook-form form: the fields (`children`), then the core's error and
 * the submit and "Abbrechen" buttons (DialogFormActions). Submitting runs `onSubmit` with the
 * checked values; cancelling and Escape call `onClose`.
 */
export function ModalForm<T extends FieldValues, Output>({
  title,
  form,
  onSubmit,
  onClose,
  error,
  submitLabel,
  className,
  formClassName,
  children,
}: {
  title: string;
  form: UseFormReturn<T, unknown, Output>;
  onSubmit: (values: Output) => Promise<void>;
  onClose: () => void;
  error: AppErrorData | null;
  submitLabel?: string;
  /** The dialog's classes besides "dialog" ("dialog-wide"). */
  className?: string;
  /** The form's classes besides "form". */
  formClassName?: string;
  children: ReactNode;
}) {
  return (
    <Modal title={title} onClose={onClose} className={className}>
      <FormProvider {...form}>
        <form
          className={['form', formClassName].filter(Boolean).join(' ')}
          noValidate
          onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}
        >
          {children}
          <DialogFormActions error={error} submitLabel={submitLabel} onCancel={onClose} />
        </form>
      </FormProvider>
    </Modal>
  );
}
