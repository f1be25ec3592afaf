import type { FallbuchApi } from '@shared/contract/api';
import { useT } from '../kernel/i18n';
import { useCoreValue } from '../kernel/session';
import { PleaseWait } from '../ui/PleaseWait';
import { ErrorAlert } from '../ui/Alert';
import { PageHeading } from '../ui/PageHeading';
import { AutoLockSettings } from './AutoLockSettings';
import { ChangePassphraseSettings } from './ChangePassphraseSettings';
import { LanguageSettings } from './LanguageSettings';
import { StorageSection } from '../documents';
import { PolicySummary, usePolicy } from '../policy';
import { StorageSettings } from './StorageSettings';

function readSettings(api: FallbuchApi) {
  return api.settings.get();
}

export function SettingsPage() {
  const t = useT();
  const { value: settings, error: loadError, setValue: setSettings } = useCoreValue(readSettings);
  const policy = usePolicy();

  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <LanguageSettings />
      {loadError ? (
        <ErrorAlert error={loadError} />
      ) : settings ? (
        <AutoLockSettings
          initialMinutes={settings.autoLockMinutes}
          storedMinutes={settings.storedAutoLockMinutes}
          ceiling={policy?.autoLockMaxMinutes ?? null}
          onSaved={setSettings}
        />
      ) : (
        <PleaseWait />
      )}
      <ChangePassphraseSettings />
      <StorageSection />
      <StorageSettings />
      {policy ? <PolicySummary policy={policy} /> : null}
    </>
  );
}
