import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import type { VaultStatus } from '@shared/vault/contract';
import { useI18n } from '../kernel/i18n';
import { FieldError } from '../ui/FieldError';
import { FormTextField } from '../ui/FormTextField';

interface AccountForm {
  account: string;
}

/**
 * Which account signs in: a radio list of the vault's accounts (names are not secret inside the
 * office that shares the vault), or a name field when the core lists none.
 */
export function AccountChoice({ accounts }: { accounts: VaultStatus['accounts'] }) {
  const { t, translateMessage } = useI18n();
  const { register, getFieldState, formState, trigger } = useFormContext<AccountForm>();
  const { error } = getFieldState('account', formState);
  const errorId = useId();
  if (accounts.length === 0) {
    return <FormTextField<AccountForm> name="account" label={t('unlock.accountTyped')} autoComplete="username" />;
  }
  return (
    <fieldset className="field radio-group" aria-describedby={error ? errorId : undefined}>
      <legend className="field-label">{t('unlock.account')}</legend>
      {accounts.map((account) => (
        <label key={account.name} className="radio">
          <input
            type="radio"
            value={account.name}
            aria-invalid={error ? 'true' : 'false'}
            {...register('account', {
              onChange: () => {
                if (getFieldState('account').error) void trigger('account');
              },
            })}
          />
          <span>
            {account.name}{' '}
            <span className="radio-detail">({t(account.role === 'supervisor' ? 'role.supervisor' : 'role.counsellor')})</span>
          </span>
        </label>
      ))}
      {error?.message ? <FieldError id={errorId} message={translateMessage(error.message)} /> : null}
    </fieldset>
  );
}

/** The account most people sign in with: the first counsellor (supervisors sign in rarely). */
export function defaultAccount(accounts: VaultStatus['accounts']): string {
  return (accounts.find((account) => account.role === 'counsellor') ?? accounts[0])?.name ?? '';
}
