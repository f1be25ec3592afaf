import { useId, useState } from 'react';
import { useT } from '../kernel/i18n';
import { FormActions } from '../ui/DialogFormActions';
import { StatusMessage } from '../ui/StatusMessage';
import { PassphraseChangeForm } from './PassphraseChangeForm';

export function ChangePassphraseSettings() {
  const t = useT();
  const [isChanged, setChanged] = useState(false);
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.passphrase.heading')}</h2>
      <PassphraseChangeForm
        currentLabel={t('settings.passphrase.current')}
        formProps={{ 'aria-labelledby': headingId }}
        onSubmitStart={() => setChanged(false)}
        onChanged={() => setChanged(true)}
        renderActions={({ error, isSaving }) => (
          <FormActions error={error} submitLabel={t('settings.passphrase.submit')} isDisabled={isSaving}>
            <StatusMessage tone="success" message={isChanged ? t('settings.passphrase.changed') : null} />
          </FormActions>
        )}
      />
    </section>
  );
}
