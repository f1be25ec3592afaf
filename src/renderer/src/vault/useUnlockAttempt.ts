import { useState, type FormEvent } from 'react';
import type { FieldPath, FieldValues, UseFormReturn, UseFormSetError } from 'react-hook-form';
import type { FallbuchApi } from '@shared/contract/api';
import type { AppErrorData, Result } from '@shared/kernel/result';
import type { SessionInfo, VaultStatus } from '@shared/vault/contract';
import { callCore } from '../kernel/bridge';
import { applyServerFieldErrors } from '../ui/serverFieldErrors';

/**
 * Where a refused unlock shows its reason: on the field it concerns (wrong passphrase, wrong key,
 * unknown account), or — returning an empty list — above the form. THROTTLED is neither: the
 * countdown shows it.
 */
function markUnlockError<T extends FieldValues & { account: string }>(
  error: AppErrorData,
  fields: readonly FieldPath<T>[],
  secretField: FieldPath<T>,
  setError: UseFormSetError<T>,
): FieldPath<T>[] {
  const marked = applyServerFieldErrors(error, fields, setError);
  if (marked.length > 0) return marked;
  const accountField = 'account' as FieldPath<T>;
  if (error.message === 'error.UNKNOWN_ACCOUNT') {
    setError(accountField, { type: 'server', message: error.message });
    return [accountField];
  }
  if (error.code === 'WRONG_PASSPHRASE' || error.code === 'WRONG_RECOVERY_KEY') {
    setError(secretField, { type: 'server', message: error.message });
    return [secretField];
  }
  return [];
}

/** What both unlock forms (passphrase, recovery key) get from the unlock screen. */
export interface UnlockFormProps {
  accounts: VaultStatus['accounts'];
  /** The wait after failed attempts; the submit button is disabled while it runs. */
  secondsLeft: number;
  onUnlocked: (session: SessionInfo) => void;
  onFailed: (error: AppErrorData) => Promise<void>;
  /** To the other form. */
  onSwitch: () => void;
}

/**
 * One attempt to unlock (with the passphrase or with the recovery key): the core is asked, a
 * refusal is marked on its field with what was typed selected (typing again replaces it) or shown
 * above the form, and `onFailed` hears of it either way (the waiting time after failed attempts).
 */
export function useUnlockAttempt<TInput extends FieldValues & { account: string }, TValues>(
  form: UseFormReturn<TInput, unknown, TValues>,
  {
    fields,
    secretField,
    unlock,
    onUnlocked,
    onFailed,
  }: Pick<UnlockFormProps, 'onUnlocked' | 'onFailed'> & {
    /** The form's fields in their order, the first marked one gets the focus. */
    fields: readonly FieldPath<TInput>[];
    /** Where a wrong passphrase or key is marked. */
    secretField: FieldPath<TInput>;
    unlock: (api: FallbuchApi, values: TValues) => Promise<Result<SessionInfo>>;
  },
): { formError: AppErrorData | null; isChecking: boolean; submit: (event: FormEvent<HTMLFormElement>) => Promise<void> } {
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isChecking, setChecking] = useState(false);

  async function attempt(values: TValues) {
    setFormError(null);
    setChecking(true);
    const result = await callCore((api) => unlock(api, values));
    setChecking(false);
    if (result.ok) {
      onUnlocked(result.value);
      return;
    }
    const marked = markUnlockError<TInput>(result.error, fields, secretField, form.setError);
    if (marked.length === 0 && result.error.code !== 'THROTTLED') setFormError(result.error);
    const first = marked[0];
    if (first) form.setFocus(first, { shouldSelect: true });
    await onFailed(result.error);
  }

  return { formError, isChecking, submit: form.handleSubmit(attempt) };
}
