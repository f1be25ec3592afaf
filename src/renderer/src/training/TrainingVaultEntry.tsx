import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { TRAINING_CASE_COUNT } from '@shared/training/contract';
import type { SessionInfo } from '@shared/vault/contract';
import type { AppErrorData } from '@shared/kernel/result';
import { callCore } from '../kernel/bridge';
import { useT } from '../kernel/i18n';
import { DialogFormActions } from '../ui/DialogFormActions';
import { Modal } from '../ui/Modal';
import { PassphraseFields } from '../ui/PassphraseFields';
import { StatusMessage } from '../ui/StatusMessage';
import { markServerFieldErrors } from '../ui/serverFieldErrors';
import { TRAINING_FORM_FIELDS, trainingFormSchema, type TrainingFormValues } from './trainingForm';

/**
 * „Schulungstresor anlegen“ on the set-up screen: one passphrase for both practice accounts, then
 * the core creates the vault, fills it with invented cases and signs the counsellor in.
 */
export function TrainingVaultEntry({ onCreated }: { onCreated: (session: SessionInfo) => void }) {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  return (
    <div className="secondary-action">
      <p>{t('training.entry.intro')}</p>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('training.entry.button')}
      </button>
      {isOpen ? <TrainingVaultDialog onCreated={onCreated} onClose={() => setOpen(false)} /> : null}
    </div>
  );
}

function TrainingVaultDialog({ onCreated, onClose }: { onCreated: (session: SessionInfo) => void; onClose: () => void }) {
  const t = useT();
  const form = useForm<TrainingFormValues>({
    resolver: zodResolver(trainingFormSchema),
    defaultValues: { passphrase: '', confirmation: '' },
  });
  const [error, setError] = useState<AppErrorData | null>(null);
  const [isCreating, setCreating] = useState(false);

  async function create(values: TrainingFormValues) {
    setError(null);
    setCreating(true);
    const result = await callCore((api) => api.trainingVault.create({ passphrase: values.passphrase }));
    setCreating(false);
    if (result.ok) {
      form.reset({ passphrase: '', confirmation: '' });
      onCreated(result.value.session);
    } else if (!markServerFieldErrors(result.error, form, TRAINING_FORM_FIELDS)) setError(result.error);
  }

  return (
    <Modal title={t('training.dialog.title')} onClose={onClose} className="dialog-wide">
      <FormProvider {...form}>
        <form className="form" noValidate aria-busy={isCreating} onSubmit={(event) => void form.handleSubmit(create)(event)}>
          <p>
            {t('training.dialog.explain', {
              supervisor: t('training.account.supervisor'),
              counsellor: t('training.account.counsellor'),
              count: TRAINING_CASE_COUNT,
            })}
          </p>
          <PassphraseFields<TrainingFormValues>
            name="passphrase"
            confirmationName="confirmation"
            label={t('training.dialog.passphrase')}
            confirmationLabel={t('training.dialog.confirmation')}
          />
          <StatusMessage message={isCreating ? t('training.dialog.creating') : null} />
          <DialogFormActions error={error} submitLabel={t('training.dialog.create')} isDisabled={isCreating} onCancel={onClose} />
        </form>
      </FormProvider>
    </Modal>
  );
}
