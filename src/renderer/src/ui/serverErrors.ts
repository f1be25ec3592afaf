import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { isMessageKey } from '@shared/i18n';
import type { AppErrorData } from '@shared/kernel/result';

/**
 * Puts the per-field errors of an INVALID_INPUT answer on the form's fields (the core names them
 * with the same dotted paths the form uses). Returns the fields it marked, in the order given, so
 * the caller can show the right step and focus the first one. Values stay as typed.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: AppErrorData,
  fields: readonly FieldPath<T>[],
  setError: UseFormSetError<T>,
): FieldPath<T>[] {
  const serverFields = error.fields ?? {};
  const marked: FieldPath<T>[] = [];
  for (const field of fields) {
    const key = serverFields[field];
    if (key === undefined) continue;
    setError(field, { type: 'server', message: isMessageKey(key) ? key : 'validation.invalid' });
    marked.push(field);
  }
  return marked;
}
