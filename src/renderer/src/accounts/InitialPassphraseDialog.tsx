import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Account } from '@shared/accounts/domain';
import type { AppErrorData, Result } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { DialogFormActions } from '../ui/DialogFormActions';
import { Modal } from '../ui/Modal';
import { FormTextField } from '../ui/FormTextField';
import { ContextForm } from '../ui/forms';
import { markServerFieldErrors } from '../ui/serverFieldErrors';
import { enableSchema, resetAccessSchema, type ResetAccessInput } from './accountForms';
import { InitialPassphraseFields } from './InitialPassphraseFields';

/**
 * Enabling a disabled account or resetting someone's access: both give a new initial passphrase
 * (to be changed at the first unlock). Resetting needs the vault's recovery key as authority.
 */
export function InitialPassphraseDialog({
  account,
  mode,
  onSubmit,
  onClose,
}: {
  account: Account;
  mode: 'enable' | 'reset';
  onSubmit: (input: { initialPassphrase: string; recoveryKey: string }) => Promise<Result<unknown>>;
  onClose: () => void;
}) {
  const t = useT();
  const id = useId();
  const isReset = mode === 'reset';
  const form = useForm<ResetAccessInput>({
    resolver: zodResolver(isReset ? resetAccessSchema : enableSchema),
    defaultValues: { recoveryKey: '', initialPassphrase: '', confirmation: '' },
  });
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function save(values: ResetAccessInput) {
    setFormError(null);
    setSaving(true);
    const result = await onSubmit({ initialPassphrase: values.initialPassphrase, recoveryKey: values.recoveryKey });
    setSaving(false);
    if (result.ok) return;
    const fallback = result.error.code === 'WRONG_RECOVERY_KEY' ? 'recoveryKey' : undefined;
    const order = ['recoveryKey', 'initialPassphrase'] as const;
    if (!markServerFieldErrors<ResetAccessInput>(result.error, form, order, { shouldSelect: true, fallback })) setFormError(result.error);
  }

  const title = isReset ? t('accountsUi.reset.title', { name: account.name }) : t('accountsUi.enable.title', { name: account.name });
  return (
    <Modal title={title} describedBy={`${id}-intro`} onClose={onClose} className="account-dialog">
      <p id={`${id}-intro`}>{isReset ? t('accountsUi.reset.intro') : t('accountsUi.enable.intro')}</p>
      <ContextForm form={form} aria-busy={isSaving} onSubmit={form.handleSubmit(save)}>
        {isReset ? (
          <FormTextField<ResetAccessInput>
            name="recoveryKey"
            label={t('accountsUi.reset.recoveryKey')}
            hint={t('accountsUi.reset.recoveryKeyHint')}
            className="field-mono field-wide"
          />
        ) : null}
        <InitialPassphraseFields />
        <DialogFormActions
          error={formError}
          submitLabel={isReset ? t('accountsUi.reset.submit') : t('accountsUi.enable.submit')}
          isDisabled={isSaving}
          onCancel={onClose}
          cancelLabel={t('accountsUi.cancel')}
        />
      </ContextForm>
    </Modal>
  );
}
