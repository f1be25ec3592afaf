import type { FallbuchApi } from '@shared/contract/api';
import { useT } from '../kernel/i18n';
import { useCoreValue } from '../kernel/session';
import { PleaseWait } from '../ui/PleaseWait';
import { ErrorAlert } from '../ui/Alert';
import { PageHeading } from '../ui/PageHeading';
import { AutoLockSettings } from './AutoLockSettings';
import { ChangePassphraseSettings } from './ChangePassphraseSettings';
import { LanguageSettings } from './LanguageSettings';

function readSettings(api: FallbuchApi) {
  return api.settings.get();
}

export function SettingsPage() {
  const t = useT();
  const { value: settings, error: loadError, setValue: setSettings } = useCoreValue(readSettings);

  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <LanguageSettings />
      {loadError ? (
        <ErrorAlert error={loadError} />
      ) : settings ? (
        <AutoLockSettings initialMinutes={settings.autoLockMinutes} onSaved={setSettings} />
      ) : (
        <PleaseWait />
      )}
      <ChangePassphraseSettings />
    </>
  );
}
