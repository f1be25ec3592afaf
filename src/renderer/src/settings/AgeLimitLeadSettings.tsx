import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { LEAD_DAYS } from '@shared/deadlines';
import type { Settings } from '@shared/settings/contract';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { FormActions } from '../ui/DialogFormActions';
import { NumberField } from '../ui/FormTextField';
import { StatusMessage } from '../ui/StatusMessage';
import { markServerFieldErrors } from '../ui/serverFieldErrors';

const RANGE = 'validation.leadDays';
const leadSchema = z.object({
  // An empty number field arrives as NaN, which z.number() refuses with the same message.
  ageLimitLeadDays: z.number({ message: RANGE }).int(RANGE).min(LEAD_DAYS.min, RANGE).max(LEAD_DAYS.max, RANGE),
});
type LeadInput = z.input<typeof leadSchema>;
type LeadValues = z.output<typeof leadSchema>;

/**
 * Einstellungen: how many days before the 27th birthday the end of programme eligibility shows as a
 * deadline (vault-wide). Saving re-derives the reminders of every open case in the core.
 */
export function AgeLimitLeadSettings({ initialDays, onSaved }: { initialDays: number; onSaved: (settings: Settings) => void }) {
  const t = useT();
  const { call } = useSession();
  const form = useForm<LeadInput, unknown, LeadValues>({
    resolver: zodResolver(leadSchema),
    defaultValues: { ageLimitLeadDays: initialDays },
  });
  const [savedDays, setSavedDays] = useState<number | null>(null);
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isSaving, setSaving] = useState(false);
  const headingId = useId();

  async function save(values: LeadValues) {
    setSavedDays(null);
    setFormError(null);
    setSaving(true);
    const result = await call((api) => api.settings.update({ deadlines: { ageLimitLeadDays: values.ageLimitLeadDays } }));
    setSaving(false);
    if (result.ok) {
      onSaved(result.value);
      form.reset({ ageLimitLeadDays: result.value.deadlines.ageLimitLeadDays });
      setSavedDays(result.value.deadlines.ageLimitLeadDays);
      return;
    }
    // The contract names the field by its input path (deadlines.ageLimitLeadDays).
    if (!markServerFieldErrors<LeadInput>(result.error, form, ['ageLimitLeadDays'], { prefix: 'deadlines.' })) setFormError(result.error);
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.ageLimitLead.heading')}</h2>
      <FormProvider {...form}>
        <form
          className="form"
          noValidate
          aria-labelledby={headingId}
          onSubmit={(event) => {
            setSavedDays(null);
            void form.handleSubmit(save)(event);
          }}
        >
          <NumberField<LeadInput>
            name="ageLimitLeadDays"
            label={t('settings.ageLimitLead.label')}
            hint={t('settings.ageLimitLead.hint', { min: LEAD_DAYS.min, max: LEAD_DAYS.max })}
            min={LEAD_DAYS.min}
            max={LEAD_DAYS.max}
          />
          <FormActions error={formError} isDisabled={isSaving} submitLabel={t('settings.ageLimitLead.save')}>
            <StatusMessage tone="success" message={savedDays === null ? null : t('settings.ageLimitLead.saved', { days: savedDays })} />
          </FormActions>
        </form>
      </FormProvider>
    </section>
  );
}
