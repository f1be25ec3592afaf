import type { RefObject } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useI18n } from '../kernel/i18n';
import { FormTextField } from '../ui/FormTextField';
import { PassphraseFields } from '../ui/PassphraseFields';
import { ContextForm } from '../ui/forms';
import { confirmationSchema, isConfirmed, newPassphraseSchema } from '../ui/passphraseSchema';
import { AccountChoice, defaultAccount } from './AccountChoice';
import { UnlockFormFooter } from './UnlockFormFooter';
import { useUnlockAttempt, type UnlockFormProps } from './useUnlockAttempt';
import { usePassphraseRule } from '../policy';

const recoverySchema = z
  .object({
    account: z.string().trim().min(1, 'validation.accountRequired'),
    recoveryKey: z.string().trim().min(1, 'validation.recoveryKeyRequired').max(200, 'validation.invalid'),
    newPassphrase: newPassphraseSchema,
    confirmation: confirmationSchema,
  })
  .refine((form) => isConfirmed(form.newPassphrase, form.confirmation), {
    message: 'validation.passphraseMismatch',
    path: ['confirmation'],
  });
type RecoveryInput = z.input<typeof recoverySchema>;
type RecoveryValues = z.output<typeof recoverySchema>;

/** Forgotten passphrase: the recovery key from the set-up opens the account and sets a new one. */
export function RecoveryUnlockForm({
  headingRef,
  headingId,
  ...props
}: UnlockFormProps & { headingRef: RefObject<HTMLHeadingElement | null>; headingId: string }) {
  const { accounts, secondsLeft, onSwitch } = props;
  const { t } = useI18n();
  const passphraseRule = usePassphraseRule();
  const form = useForm<RecoveryInput, unknown, RecoveryValues>({
    resolver: zodResolver(recoverySchema),
    defaultValues: { account: defaultAccount(accounts), recoveryKey: '', newPassphrase: '', confirmation: '' },
  });
  const attempt = useUnlockAttempt(form, {
    fields: ['account', 'recoveryKey', 'newPassphrase'],
    secretField: 'recoveryKey',
    unlock: (api, { account, recoveryKey, newPassphrase }) => api.vault.unlockWithRecoveryKey({ account, recoveryKey, newPassphrase }),
    ...props,
  });

  return (
    <ContextForm form={form} aria-labelledby={headingId} aria-busy={attempt.isChecking} onSubmit={attempt.submit}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('recovery.title')}
      </h2>
      <p>{t('recovery.explain')}</p>
      <AccountChoice accounts={accounts} />
      <FormTextField<RecoveryInput>
        name="recoveryKey"
        label={t('recovery.key')}
        hint={t('recovery.keyHint')}
        className="field-wide field-mono"
      />
      <PassphraseFields<RecoveryInput>
        rule={passphraseRule}
        name="newPassphrase"
        confirmationName="confirmation"
        label={t('recovery.newPassphrase')}
        confirmationLabel={t('recovery.newPassphraseConfirm')}
      />
      <UnlockFormFooter way="recoveryKey" attempt={attempt} secondsLeft={secondsLeft} onSwitch={onSwitch} />
    </ContextForm>
  );
}
