import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { AppErrorData } from '@shared/kernel/result';
import { applyServerFieldErrors } from '../ui/serverFieldErrors';

/**
 * Where a refused unlock shows its reason: on the field it concerns (wrong passphrase, wrong key,
 * unknown account), or — returning an empty list — above the form. THROTTLED is neither: the
 * countdown shows it.
 */
export function markUnlockError<T extends FieldValues & { account: string }>(
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
