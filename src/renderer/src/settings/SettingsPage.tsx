import type { FallbuchApi } from '@shared/contract/api';
import { useT } from '../kernel/i18n';
import { useCoreValue, useSession } from '../kernel/session';
import { PleaseWait } from '../ui/PleaseWait';
import { ErrorAlert } from '../ui/Alert';
import { PageHeading } from '../ui/PageHeading';
import { NoContactWeeksSettings } from '../home';
import { AgeLimitLeadSettings } from './AgeLimitLeadSettings';
import { AutoLockSettings } from './AutoLockSettings';
import { ChangePassphraseSettings } from './ChangePassphraseSettings';
import { LanguageSettings } from './LanguageSettings';
import { StorageSection } from '../documents';
import { PolicySummary, usePolicy } from '../policy';
import { StorageSettings } from './StorageSettings';
import { PapersSettingsSection } from '../papers';

function readSettings(api: FallbuchApi) {
  return api.settings.get();
}

export function SettingsPage() {
  const t = useT();
  const { info } = useSession();
  const { value: settings, error: loadError, setValue: setSettings } = useCoreValue(readSettings);
  const policy = usePolicy();

  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <LanguageSettings />
      {loadError ? (
        <ErrorAlert error={loadError} />
      ) : settings ? (
        <>
          <AutoLockSettings
            initialMinutes={settings.autoLockMinutes}
            storedMinutes={settings.storedAutoLockMinutes}
            ceiling={policy?.autoLockMaxMinutes ?? null}
            onSaved={setSettings}
          />
          {/* Vault-wide, like the auto-lock: counsellors and the supervisor alike. */}
          <AgeLimitLeadSettings initialDays={settings.deadlines.ageLimitLeadDays} onSaved={setSettings} />
        </>
      ) : (
        <PleaseWait />
      )}
      {info.role === 'counsellor' ? <NoContactWeeksSettings /> : null}
      <ChangePassphraseSettings />
      <StorageSection />
      <StorageSettings />
      {policy ? <PolicySummary policy={policy} /> : null}
      {info.role === 'supervisor' ? <PapersSettingsSection /> : null}
    </>
  );
}
