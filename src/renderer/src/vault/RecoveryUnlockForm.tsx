import { useState, type RefObject } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { SessionInfo, VaultStatus } from '@shared/vault/contract';
import type { AppErrorData } from '@shared/kernel/result';
import { callCore } from '../kernel/bridge';
import { useI18n } from '../kernel/i18n';
import { FormTextField } from '../ui/FormTextField';
import { PassphraseFields } from '../ui/PassphraseFields';
import { confirmationSchema, isConfirmed, newPassphraseSchema } from '../ui/passphraseSchema';
import { AccountChoice, defaultAccount } from './AccountChoice';
import { UnlockFormFooter } from './UnlockFormFooter';
import { markUnlockError } from './unlockErrors';
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
  accounts,
  secondsLeft,
  headingRef,
  headingId,
  onUnlocked,
  onFailed,
  onBack,
}: {
  accounts: VaultStatus['accounts'];
  secondsLeft: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  headingId: string;
  onUnlocked: (session: SessionInfo) => void;
  onFailed: (error: AppErrorData) => Promise<void>;
  onBack: () => void;
}) {
  const { t } = useI18n();
  const passphraseRule = usePassphraseRule();
  const form = useForm<RecoveryInput, unknown, RecoveryValues>({
    resolver: zodResolver(recoverySchema),
    defaultValues: { account: defaultAccount(accounts), recoveryKey: '', newPassphrase: '', confirmation: '' },
  });
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isChecking, setChecking] = useState(false);

  async function unlock(values: RecoveryValues) {
    setFormError(null);
    setChecking(true);
    const result = await callCore((api) =>
      api.vault.unlockWithRecoveryKey({
        account: values.account,
        recoveryKey: values.recoveryKey,
        newPassphrase: values.newPassphrase,
      }),
    );
    setChecking(false);
    if (result.ok) {
      onUnlocked(result.value);
      return;
    }
    const marked = markUnlockError<RecoveryInput>(result.error, ['account', 'recoveryKey', 'newPassphrase'], 'recoveryKey', form.setError);
    if (marked.length === 0 && result.error.code !== 'THROTTLED') setFormError(result.error);
    const first = marked[0];
    if (first) form.setFocus(first, { shouldSelect: true });
    await onFailed(result.error);
  }

  return (
    <FormProvider {...form}>
      <form
        className="form"
        noValidate
        aria-labelledby={headingId}
        aria-busy={isChecking}
        onSubmit={(event) => void form.handleSubmit(unlock)(event)}
      >
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
        <UnlockFormFooter
          formError={formError}
          secondsLeft={secondsLeft}
          isChecking={isChecking}
          submitLabel={t('recovery.submit')}
          switchLabel={t('recovery.back')}
          onSwitch={onBack}
        />
      </form>
    </FormProvider>
  );
}
