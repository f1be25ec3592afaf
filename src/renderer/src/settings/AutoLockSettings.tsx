import { AUTO_LOCK_MINUTES } from '@shared/kernel/language';
import type { Settings } from '@shared/settings/contract';
import { useT } from '../kernel/i18n';
import { NumberSettingForm } from '../ui/NumberSettingForm';

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
  return (
    <NumberSettingForm<Settings>
      heading={t('settings.autoLock.heading')}
      initialValue={initialMinutes}
      name="autoLockMinutes"
      range={AUTO_LOCK_MINUTES}
      rangeMessage="validation.autoLockRange"
      label={t('settings.autoLock.label')}
      hint={ceiling === null ? t('settings.autoLock.hint') : ceilingHint(t, ceiling, storedMinutes)}
      max={ceiling ?? AUTO_LOCK_MINUTES.max}
      savedMessage={(minutes) => t('settings.autoLock.saved', { minutes })}
      save={(api, minutes) => api.settings.update({ autoLockMinutes: minutes })}
      savedValue={(settings) => settings.autoLockMinutes}
      onSaved={onSaved}
    />
  );
}
