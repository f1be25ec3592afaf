import { useCallback, useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { FallbuchApi } from '@shared/contract/api';
import { NO_CONTACT_WEEKS } from '@shared/settings/prefs';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { useCoreValue, useSession } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { FormActions } from '../ui/DialogFormActions';
import { NumberField } from '../ui/FormTextField';
import { PleaseWait } from '../ui/PleaseWait';
import { StatusMessage } from '../ui/StatusMessage';
import { markServerFieldErrors } from '../ui/serverFieldErrors';

const RANGE = 'validation.noContactWeeks';
const weeksSchema = z.object({
  // An empty number field arrives as NaN, which z.number() refuses with the same message.
  // Named like the preference's value, so an error from the core lands on this field.
  value: z.number({ message: RANGE }).int(RANGE).min(NO_CONTACT_WEEKS.min, RANGE).max(NO_CONTACT_WEEKS.max, RANGE),
});
type WeeksInput = z.input<typeof weeksSchema>;
type WeeksValues = z.output<typeof weeksSchema>;

const readWeeks = (api: FallbuchApi) => api.prefs.get({ key: 'home.noContactWeeks' });

/** Einstellungen, counsellors: after how many weeks without contact a case shows on "Heute" (per account). */
export function NoContactWeeksSettings() {
  const t = useT();
  const headingId = useId();
  const { value, error } = useCoreValue(useCallback(readWeeks, []));
  const weeks = value?.key === 'home.noContactWeeks' ? value.value : null;
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.settings.heading')}</h2>
      <ErrorAlert error={error} />
      {weeks !== null ? <WeeksForm initialWeeks={weeks} headingId={headingId} /> : error ? null : <PleaseWait />}
    </section>
  );
}

function WeeksForm({ initialWeeks, headingId }: { initialWeeks: number; headingId: string }) {
  const t = useT();
  const { call } = useSession();
  const form = useForm<WeeksInput, unknown, WeeksValues>({ resolver: zodResolver(weeksSchema), defaultValues: { value: initialWeeks } });
  const [saved, setSaved] = useState<number | null>(null);
  const [formError, setFormError] = useState<AppErrorData | null>(null);

  async function save(values: WeeksValues) {
    setFormError(null);
    const result = await call((api) => api.prefs.set({ key: 'home.noContactWeeks', value: values.value }));
    if (result.ok) {
      form.reset({ value: values.value });
      setSaved(values.value);
    } else if (!markServerFieldErrors<WeeksInput>(result.error, form, ['value'])) setFormError(result.error);
  }

  return (
    <FormProvider {...form}>
      <form
        className="form"
        noValidate
        aria-labelledby={headingId}
        onSubmit={(event) => {
          setSaved(null);
          void form.handleSubmit(save)(event);
        }}
      >
        <NumberField<WeeksInput>
          name="value"
          label={t('home.settings.weeks')}
          hint={t('home.settings.weeksHint')}
          min={NO_CONTACT_WEEKS.min}
          max={NO_CONTACT_WEEKS.max}
        />
        <FormActions error={formError} submitLabel={t('home.settings.save')}>
          <StatusMessage tone="success" message={saved === null ? null : t('home.settings.saved', { weeks: saved })} />
        </FormActions>
      </form>
    </FormProvider>
  );
}
