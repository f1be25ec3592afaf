import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { AUTO_LOCK_MINUTES } from '@shared/kernel/language';
import type { Settings } from '@shared/settings/contract';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { FormActions } from '../ui/DialogFormActions';
import { NumberField } from '../ui/FormTextField';
import { StatusMessage } from '../ui/StatusMessage';
import { markServerFieldErrors } from '../ui/serverFieldErrors';

const RANGE = 'validation.autoLockRange';
const autoLockSchema = z.object({
  // An empty number field arrives as NaN, which z.number() refuses with the same message.
  autoLockMinutes: z.number({ message: RANGE }).int(RANGE).min(AUTO_LOCK_MINUTES.min, RANGE).max(AUTO_LOCK_MINUTES.max, RANGE),
});
type AutoLockInput = z.input<typeof autoLockSchema>;
type AutoLockValues = z.output<typeof autoLockSchema>;

/** The ceiling in words, and — when the stored value is longer — that the ceiling is what applies. */
function ceilingHint(t: ReturnType<typeof useT>, ceiling: number, storedMinutes: number): string {
  const limit = `${t('policy.autoLockCeiling', { minutes: ceiling })} (${t('policy.pinned')})`;
  return storedMinutes > ceiling ? `${limit} ${t('policy.autoLockLimited', { stored: storedMinutes, minutes: ceiling })}` : limit;
}

export function AutoLockSettings({
  initialMinutes,
  storedMinutes,
  ceiling,
  onSaved,
}: {
  initialMinutes: number;
  /** What the vault stores; more than `initialMinutes` when the machine policy's ceiling applies. */
  storedMinutes: number;
  /** The machine policy's ceiling, or null. */
  ceiling: number | null;
  onSaved: (settings: Settings) => void;
}) {
  const t = useT();
  const { call } = useSession();
  const form = useForm<AutoLockInput, unknown, AutoLockValues>({
    resolver: zodResolver(autoLockSchema),
    defaultValues: { autoLockMinutes: initialMinutes },
  });
  const [savedMinutes, setSavedMinutes] = useState<number | null>(null);
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isSaving, setSaving] = useState(false);
  const headingId = useId();

  async function save(values: AutoLockValues) {
    setSavedMinutes(null);
    setFormError(null);
    setSaving(true);
    const result = await call((api) => api.settings.update({ autoLockMinutes: values.autoLockMinutes }));
    setSaving(false);
    if (result.ok) {
      onSaved(result.value);
      form.reset({ autoLockMinutes: result.value.autoLockMinutes });
      setSavedMinutes(result.value.autoLockMinutes);
      return;
    }
    if (!markServerFieldErrors<AutoLockInput>(result.error, form, ['autoLockMinutes'])) setFormError(result.error);
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.autoLock.heading')}</h2>
      <FormProvider {...form}>
        <form
          className="form"
          noValidate
          aria-labelledby={headingId}
          onSubmit={(event) => {
            setSavedMinutes(null);
            void form.handleSubmit(save)(event);
          }}
        >
          <NumberField<AutoLockInput>
            name="autoLockMinutes"
            label={t('settings.autoLock.label')}
            hint={ceiling === null ? t('settings.autoLock.hint') : ceilingHint(t, ceiling, storedMinutes)}
            min={AUTO_LOCK_MINUTES.min}
            max={ceiling ?? AUTO_LOCK_MINUTES.max}
          />
          <FormActions error={formError} isDisabled={isSaving}>
            <StatusMessage
              tone="success"
              message={savedMinutes === null ? null : t('settings.autoLock.saved', { minutes: savedMinutes })}
            />
          </FormActions>
        </form>
      </FormProvider>
    </section>
  );
}
