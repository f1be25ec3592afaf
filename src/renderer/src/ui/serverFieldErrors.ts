import type { FieldPath, FieldValues, UseFormSetError, UseFormSetFocus } from 'react-hook-form';
import { isMessageKey } from '@shared/i18n';
import type { AppErrorData } from '@shared/kernel/result';

/**
 * Puts the per-field errors of a core answer on the form's fields and returns the fields it marked,
 * in the order of `order` (the form's own order), so the caller can show the right step or focus
 * the first one. The contract names fields by input path (`status.validUntil`), the services by
 * field (`documentSeenOn`); `prefix` is stripped so both land on the same form field. Values stay
 * as typed.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: AppErrorData,
  order: readonly FieldPath<T>[],
  setError: UseFormSetError<T>,
  prefix = '',
): FieldPath<T>[] {
  const entries = Object.entries(error.fields ?? {}).map(
    ([path, key]) => [prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path, key] as const,
  );
  const marked: FieldPath<T>[] = [];
  for (const field of order) {
    const key = entries.find(([path]) => path === field)?.[1];
    if (key === undefined) continue;
    setError(field, { type: 'server', message: isMessageKey(key) ? key : 'validation.invalid' });
    marked.push(field);
  }
  return marked;
}

/**
 * `applyServerFieldErrors`, then the focus on the first marked field (its text selected when
 * `shouldSelect`, so typing again replaces it). An error the core tied to no field goes on
 * `fallback` when the caller knows where it belongs (a wrong key on the key's field). Returns
 * whether any field was marked; otherwise the caller shows the error for the whole form.
 */
export function markServerFieldErrors<T extends FieldValues>(
  error: AppErrorData,
  form: { setError: UseFormSetError<T>; setFocus: UseFormSetFocus<T> },
  order: readonly FieldPath<T>[],
  { prefix = '', shouldSelect = false, fallback }: { prefix?: string; shouldSelect?: boolean; fallback?: FieldPath<T> | undefined } = {},
): boolean {
  let first = applyServerFieldErrors(error, order, form.setError, prefix)[0];
  if (first === undefined && fallback !== undefined) {
    form.setError(fallback, { type: 'server', message: error.message });
    first = fallback;
  }
  if (first) form.setFocus(first, { shouldSelect });
  return first !== undefined;
}
