import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Account } from '@shared/accounts/domain';
import type { AppErrorData, Result } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { DialogFormActions } from '../ui/DialogFormActions';
import { Modal } from '../ui/Modal';
import { FormTextField } from '../ui/FormTextField';
import { PassphraseFields } from '../ui/PassphraseFields';
import { applyServerFieldErrors } from '../ui/serverFieldErrors';
import { enableSchema, resetAccessSchema, type ResetAccessInput } from './accountForms';
import { usePassphraseRule } from '../policy';

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
  const passphraseRule = usePassphraseRule();
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
    const marked = applyServerFieldErrors<ResetAccessInput>(result.error, ['recoveryKey', 'initialPassphrase'], form.setError);
    if (marked.length === 0 && result.error.code === 'WRONG_RECOVERY_KEY') {
      form.setError('recoveryKey', { type: 'server', message: result.error.message });
      marked.push('recoveryKey');
    }
    const first = marked[0];
    if (first) form.setFocus(first, { shouldSelect: true });
    else setFormError(result.error);
  }

  const title = isReset ? t('accountsUi.reset.title', { name: account.name }) : t('accountsUi.enable.title', { name: account.name });
  return (
    <Modal title={title} describedBy={`${id}-intro`} onClose={onClose} className="account-dialog">
      <p id={`${id}-intro`}>{isReset ? t('accountsUi.reset.intro') : t('accountsUi.enable.intro')}</p>
      <FormProvider {...form}>
        <form className="form" noValidate aria-busy={isSaving} onSubmit={(event) => void form.handleSubmit(save)(event)}>
          {isReset ? (
            <FormTextField<ResetAccessInput>
              name="recoveryKey"
              label={t('accountsUi.reset.recoveryKey')}
              hint={t('accountsUi.reset.recoveryKeyHint')}
              className="field-mono field-wide"
            />
          ) : null}
          <PassphraseFields<ResetAccessInput>
            rule={passphraseRule}
            name="initialPassphrase"
            confirmationName="confirmation"
            label={t('accountsUi.initialPassphrase')}
            confirmationLabel={t('accountsUi.initialPassphraseConfirm')}
          />
          <DialogFormActions
            error={formError}
            submitLabel={isReset ? t('accountsUi.reset.submit') : t('accountsUi.enable.submit')}
            isDisabled={isSaving}
            onCancel={onClose}
            cancelLabel={t('accountsUi.cancel')}
          />
        </form>
      </FormProvider>
    </Modal>
  );
}
