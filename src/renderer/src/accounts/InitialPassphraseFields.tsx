import { useT } from '../kernel/i18n';
import { PassphraseFields } from '../ui/PassphraseFields';
import { usePassphraseRule } from '../policy';

/** The initial passphrase someone gets from the supervisor, twice (a new account, an enabled one, a reset). */
export function InitialPassphraseFields() {
  const t = useT();
  return (
    <PassphraseFields<{ initialPassphrase: string; confirmation: string }>
      rule={usePassphraseRule()}
      name="initialPassphrase"
      confirmationName="confirmation"
      label={t('accountsUi.initialPassphrase')}
      confirmationLabel={t('accountsUi.initialPassphraseConfirm')}
    />
  );
}
