import { useEffect, useState } from 'react';
import type { Settings } from '@shared/settings/contract';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { Alert } from '../ui/Alert';
import { PageHeading } from '../ui/PageHeading';
import { AutoLockSettings } from './AutoLockSettings';
import { ChangePassphraseSettings } from './ChangePassphraseSettings';
import { LanguageSettings } from './LanguageSettings';
import { StorageSection } from '../documents';

export function SettingsPage() {
  const { t, translateError } = useI18n();
  const { call } = useSession();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<AppErrorData | null>(null);

  useEffect(() => {
    let isCancelled = false;
    void call((api) => api.settings.get()).then((result) => {
      if (isCancelled) return;
      if (result.ok) setSettings(result.value);
      else setLoadError(result.error);
    });
    return () => {
      isCancelled = true;
    };
  }, [call]);

  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <LanguageSettings />
      {loadError ? (
        <Alert>
          <p>{translateError(loadError)}</p>
        </Alert>
      ) : settings ? (
        <AutoLockSettings initialMinutes={settings.autoLockMinutes} onSaved={setSettings} />
      ) : (
        <p aria-busy="true">{t('common.pleaseWait')}</p>
      )}
      <ChangePassphraseSettings />
      <StorageSection />
    </>
  );
}
