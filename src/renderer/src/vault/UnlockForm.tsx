import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { SessionInfo, VaultStatus } from '@shared/vault/contract';
import type { AppErrorData } from '@shared/kernel/result';
import { callCore } from '../kernel/bridge';
import { useI18n } from '../kernel/i18n';
import { FormTextField } from '../ui/FormTextField';
import { enteredPassphraseSchema } from '../ui/passphraseSchema';
import { AccountChoice, defaultAccount } from './AccountChoice';
import { UnlockFormFooter } from './UnlockFormFooter';
import { markUnlockError } from './unlockErrors';

const unlockSchema = z.object({
  account: z.string().trim().min(1, 'validation.accountRequired'),
  passphrase: enteredPassphraseSchema,
});
type UnlockInput = z.input<typeof unlockSchema>;
type UnlockValues = z.output<typeof unlockSchema>;

export function UnlockForm({
  accounts,
  secondsLeft,
  onUnlocked,
  onFailed,
  onUseRecoveryKey,
}: {
  accounts: VaultStatus['accounts'];
  secondsLeft: number;
  onUnlocked: (session: SessionInfo) => void;
  onFailed: (error: AppErrorData) => Promise<void>;
  onUseRecoveryKey: () => void;
}) {
  const { t } = useI18n();
  const form = useForm<UnlockInput, unknown, UnlockValues>({
    resolver: zodResolver(unlockSchema),
    defaultValues: { account: defaultAccount(accounts), passphrase: '' },
  });
  const { setFocus, setError } = form;
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isChecking, setChecking] = useState(false);

  // The account is usually preselected, so the passphrase is what people type first.
  useEffect(() => {
    setFocus(accounts.length > 0 ? 'passphrase' : 'account');
  }, [accounts.length, setFocus]);

  async function unlock(values: UnlockValues) {
    setFormError(null);
    setChecking(true);
    const result = await callCore((api) => api.vault.unlock(values));
    setChecking(false);
    if (result.ok) {
      onUnlocked(result.value);
      return;
    }
    const marked = markUnlockError<UnlockInput>(result.error, ['account', 'passphrase'], 'passphrase', setError);
    if (marked.length === 0 && result.error.code !== 'THROTTLED') setFormError(result.error);
    // What was typed stays; it is selected so that typing again replaces it.
    const first = marked[0];
    if (first) setFocus(first, { shouldSelect: true });
    await onFailed(result.error);
  }

  return (
    <FormProvider {...form}>
      <form className="form" noValidate aria-busy={isChecking} onSubmit={(event) => void form.handleSubmit(unlock)(event)}>
        <AccountChoice accounts={accounts} />
        <FormTextField<UnlockInput> name="passphrase" label={t('field.passphrase')} type="password" autoComplete="current-password" />
        <UnlockFormFooter
          formError={formError}
          secondsLeft={secondsLeft}
          isChecking={isChecking}
          submitLabel={t('unlock.submit')}
          switchLabel={t('unlock.useRecovery')}
          onSwitch={onUseRecoveryKey}
        />
      </form>
    </FormProvider>
  );
}
