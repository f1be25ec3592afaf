import type { FieldPath, FieldValues, UseFormSetError, UseFormSetFocus } from 'react-hook-form';
import { isMessageKey } from '@shared/i18n';
import type { AppErrorData } from '@shared/kernel/result';

/**
 * Puts the field errors of a core answer on the form. The contract names them by input path
 * (`status.validUntil`), the services by field (`documentSeenOn`); `prefix` is stripped so both
 * land on the same form field. Focuses the first marked field in `order`; returns whether any was
 * marked (otherwise the caller shows the error for the whole form).
 */
export function markServerFieldErrors<T extends FieldValues>(
  error: AppErrorData,
  form: { setError: UseFormSetError<T>; setFocus: UseFormSetFocus<T> },
  order: readonly FieldPath<T>[],
  prefix = '',
): boolean {
  const entries = Object.entries(error.fields ?? {}).map(
    ([path, key]) => [prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path, key] as const,
  );
  const marked = order.filter((field) => entries.some(([path]) => path === field));
  for (const field of marked) {
    const key = entries.find(([path]) => path === field)?.[1] ?? 'validation.invalid';
    form.setError(field, { type: 'server', message: isMessageKey(key) ? key : 'validation.invalid' });
  }
  const first = marked[0];
  if (first) form.setFocus(first);
  return marked.length > 0;
}
