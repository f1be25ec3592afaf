import { useT } from '../kernel/i18n';
import { FormTextField } from '../ui/FormTextField';
import { PassphraseFields } from '../ui/PassphraseFields';
import type { SetupFormInput } from './setupForm';
import { usePassphraseRule } from '../policy';

/** Steps 2 and 3: name and passphrase of the supervisor, then of the first counsellor. */
export function AccountStep({ role }: { role: 'supervisor' | 'counsellor' }) {
  const t = useT();
  const passphraseRule = usePassphraseRule();
  return (
    <>
      {role === 'supervisor' ? <p className="callout">{t('setup.together')}</p> : null}
      <p>{t(role === 'supervisor' ? 'setup.supervisor.explain' : 'setup.counsellor.explain')}</p>
      <p className="form-note">{t('common.allRequired')}</p>
      <FormTextField<SetupFormInput> name={`${role}.name`} label={t('field.name')} />
      <PassphraseFields<SetupFormInput>
        rule={passphraseRule}
        name={`${role}.passphrase`}
        confirmationName={`${role}.confirmation`}
        label={t('field.passphrase')}
        confirmationLabel={t('field.passphraseConfirm')}
      />
    </>
  );
}
