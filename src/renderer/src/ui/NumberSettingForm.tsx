import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { FallbuchApi } from '@shared/contract/api';
import type { AppErrorData, Result } from '@shared/kernel/result';
import { useSession } from '../kernel/session';
import { ErrorAlert } from './Alert';
import { FormActions } from './DialogFormActions';
import { NumberField } from './FormTextField';
import { PleaseWait } from './PleaseWait';
import { StatusMessage } from './StatusMessage';
import { ContextForm } from './forms';
import { markServerFieldErrors } from './serverFieldErrors';

type NumberValues = Record<string, number>;

export interface NumberSettingProps<T> {
  heading: string;
  /** The value to start from; null while it is being read ("bitte warten", or `loadError`). */
  initialValue: number | null;
  /** Why the value could not be read; shown instead of the form. */
  loadError?: AppErrorData | null;
  /** The field's name as the core names it, so a field error from the core lands on it (after `serverPrefix`). */
  name: string;
  /** The input path's prefix the contract puts before the field's name (`deadlines.`). */
  serverPrefix?: string;
  /** What the core accepts; a value outside it is refused with `rangeMessage` (an i18n key). */
  range: { min: number; max: number };
  rangeMessage: string;
  label: string;
  hint: string;
  /** The input's own upper bound when it is lower than the range's (a ceiling the machine policy sets). */
  max?: number;
  submitLabel?: string;
  savedMessage: (value: number) => string;
  /** Stores the value in the core. */
  save: (api: FallbuchApi, value: number) => Promise<Result<T>>;
  /** The value now stored, when the core's answer says it; otherwise the one sent. */
  savedValue?: (saved: T) => number;
  onSaved?: (saved: T) => void;
}

/**
 * One whole number as a setting of its own (auto-lock minutes, lead days, weeks without contact): a
 * section with its heading, the number field checked against its range, "Speichern" and a line that
 * says what is now stored.
 */
export function NumberSettingForm<T>(props: NumberSettingProps<T>) {
  const { heading, initialValue, loadError = null } = props;
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ErrorAlert error={loadError} />
      {initialValue !== null ? (
        <NumberForm {...props} initialValue={initialValue} headingId={headingId} />
      ) : loadError ? null : (
        <PleaseWait />
      )}
    </section>
  );
}

function NumberForm<T>({
  headingId,
  initialValue,
  name,
  serverPrefix,
  range,
  rangeMessage,
  label,
  hint,
  max = range.max,
  submitLabel,
  savedMessage,
  save,
  savedValue,
  onSaved,
}: NumberSettingProps<T> & { initialValue: number; headingId: string }) {
  const { call } = useSession();
  const schema = useMemo(
    // An empty number field arrives as NaN, which z.number() refuses with the same message.
    () =>
      z.object({ [name]: z.number({ message: rangeMessage }).int(rangeMessage).min(range.min, rangeMessage).max(range.max, rangeMessage) }),
    [name, range.min, range.max, rangeMessage],
  );
  const form = useForm<NumberValues>({ resolver: zodResolver(schema), defaultValues: { [name]: initialValue } });
  const [saved, setSaved] = useState<number | null>(null);
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function submit(values: NumberValues) {
    const value = values[name] ?? initialValue;
    setSaved(null);
    setFormError(null);
    setSaving(true);
    const result = await call((api) => save(api, value));
    setSaving(false);
    if (result.ok) {
      onSaved?.(result.value);
      const stored = savedValue ? savedValue(result.value) : value;
      form.reset({ [name]: stored });
      setSaved(stored);
      return;
    }
    if (!markServerFieldErrors<NumberValues>(result.error, form, [name], { prefix: serverPrefix })) setFormError(result.error);
  }

  return (
    <ContextForm
      form={form}
      aria-labelledby={headingId}
      onSubmit={(event) => {
        setSaved(null);
        return form.handleSubmit(submit)(event);
      }}
    >
      <NumberField<NumberValues> name={name} label={label} hint={hint} min={range.min} max={max} />
      <FormActions error={formError} isDisabled={isSaving} submitLabel={submitLabel}>
        <StatusMessage tone="success" message={saved === null ? null : savedMessage(saved)} />
      </FormActions>
    </ContextForm>
  );
}
