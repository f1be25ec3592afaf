import { LEAD_DAYS } from '@shared/deadlines';
import type { Settings } from '@shared/settings/contract';
import { useT } from '../kernel/i18n';
import { NumberSettingForm } from '../ui/NumberSettingForm';

/**
 * Einstellungen: how many days before the 27th birthday the end of programme eligibility shows as a
 * deadline (vault-wide). Saving re-derives the reminders of every open case in the core.
 */
export function AgeLimitLeadSettings({ initialDays, onSaved }: { initialDays: number; onSaved: (settings: Settings) => void }) {
  const t = useT();
  return (
    <NumberSettingForm<Settings>
      heading={t('settings.ageLimitLead.heading')}
      initialValue={initialDays}
      // The contract names the field by its input path (deadlines.ageLimitLeadDays).
      name="ageLimitLeadDays"
      serverPrefix="deadlines."
      range={LEAD_DAYS}
      rangeMessage="validation.leadDays"
      label={t('settings.ageLimitLead.label')}
      hint={t('settings.ageLimitLead.hint', { min: LEAD_DAYS.min, max: LEAD_DAYS.max })}
      submitLabel={t('settings.ageLimitLead.save')}
      savedMessage={(days) => t('settings.ageLimitLead.saved', { days })}
      save={(api, days) => api.settings.update({ deadlines: { ageLimitLeadDays: days } })}
      savedValue={(settings) => settings.deadlines.ageLimitLeadDays}
      onSaved={onSaved}
    />
  );
}
