import { useCallback } from 'react';
import type { FallbuchApi } from '@shared/contract/api';
import { NO_CONTACT_WEEKS } from '@shared/settings/prefs';
import { useT } from '../kernel/i18n';
import { useCoreValue } from '../kernel/session';
import { NumberSettingForm } from '../ui/NumberSettingForm';

const readWeeks = (api: FallbuchApi) => api.prefs.get({ key: 'home.noContactWeeks' });

/** Einstellungen, counsellors: after how many weeks without contact a case shows on "Heute" (per account). */
export function NoContactWeeksSettings() {
  const t = useT();
  const { value, error } = useCoreValue(useCallback(readWeeks, []));
  return (
    <NumberSettingForm
      heading={t('home.settings.heading')}
      initialValue={value?.key === 'home.noContactWeeks' ? value.value : null}
      loadError={error}
      // Named like the preference's value, so an error from the core lands on this field.
      name="value"
      range={NO_CONTACT_WEEKS}
      rangeMessage="validation.noContactWeeks"
      label={t('home.settings.weeks')}
      hint={t('home.settings.weeksHint')}
      submitLabel={t('home.settings.save')}
      savedMessage={(weeks) => t('home.settings.saved', { weeks })}
      save={(api, weeks) => api.prefs.set({ key: 'home.noContactWeeks', value: weeks })}
    />
  );
}
