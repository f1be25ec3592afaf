import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useI18n } from '../kernel/i18n';
import { FormTextField } from '../ui/FormTextField';
import { ContextForm } from '../ui/forms';
import { enteredPassphraseSchema } from '../ui/passphraseSchema';
import { AccountChoice, defaultAccount } from './AccountChoice';
import { UnlockFormFooter } from './UnlockFormFooter';
import { useUnlockAttempt, type UnlockFormProps } from './useUnlockAttempt';

const unlockSchema = z.object({
  account: z.string().trim().min(1, 'validation.accountRequired'),
  passphrase: enteredPassphraseSchema,
});
type UnlockInput = z.input<typeof unlockSchema>;
type UnlockValues = z.output<typeof unlockSchema>;

export function UnlockForm(props: UnlockFormProps) {
  const { accounts, secondsLeft, onSwitch } = props;
  const { t } = useI18n();
  const form = useForm<UnlockInput, unknown, UnlockValues>({
    resolver: zodResolver(unlockSchema),
    defaultValues: { account: defaultAccount(accounts), passphrase: '' },
  });
  const { setFocus } = form;
  const attempt = useUnlockAttempt(form, {
    fields: ['account', 'passphrase'],
    secretField: 'passphrase',
    unlock: (api, values) => api.vault.unlock(values),
    ...props,
  });

  // The account is usually preselected, so the passphrase is what people type first.
  useEffect(() => {
    setFocus(accounts.length > 0 ? 'passphrase' : 'account');
  }, [accounts.length, setFocus]);

  return (
    <ContextForm form={form} aria-busy={attempt.isChecking} onSubmit={attempt.submit}>
      <AccountChoice accounts={accounts} />
      <FormTextField<UnlockInput> name="passphrase" label={t('field.passphrase')} type="password" autoComplete="current-password" />
      <UnlockFormFooter way="passphrase" attempt={attempt} secondsLeft={secondsLeft} onSwitch={onSwitch} />
    </ContextForm>
  );
}
