import { useId, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '@shared/contract/contract';
import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { StatusMessage } from '../ui/StatusMessage';
import { CredentialFields } from './CredentialFields';
import { useExitForm } from './useExitForm';

type Shown = ChannelOutput<'exit:revealDataKey'>;

/**
 * „Datenschlüssel für die Datenschutzprüfung“: with both credentials and the warning acknowledged,
 * the raw data key is shown once, with the exact lines for the SQLCipher shell. Hiding it drops it
 * from the screen's state; the core has logged that it was shown.
 */
export function DataKeySection() {
  const t = useT();
  const { call } = useSession();
  const form = useExitForm();
  const [shown, setShown] = useState<Shown | null>(null);
  const headingId = useId();
  const idPrefix = useId();
  const warningId = useId();

  async function reveal(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.setFieldErrors({});
    form.setWorking(true);
    const result = await call((api) =>
      api.exit.revealDataKey({ passphrase: form.passphrase, recoveryKey: form.recoveryKey, acknowledged: form.isAcknowledged as true }),
    );
    form.setWorking(false);
    form.clearSecrets();
    if (result.ok) {
      form.setAcknowledged(false);
      setShown(result.value);
      return;
    }
    const first = form.showError(result.error);
    if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exit.dataKey.heading')}</h2>
      <p>{t('exit.dataKey.explain')}</p>
      <p className="callout" id={warningId}>
        {t('exit.dataKey.warning')}
      </p>
      {shown ? (
        <div className="exit-data-key">
          <p>{t('exit.dataKey.shownOnce')}</p>
          <p className="field-label">{t('exit.dataKey.label')}</p>
          <p>
            <code className="exit-key">{shown.dataKeyHex}</code>
          </p>
          <p>{t('exit.dataKey.pragmas')}</p>
          <pre className="exit-pragmas" tabIndex={0} aria-label={t('exit.dataKey.pragmas')}>
            {[`sqlcipher ${shown.databaseFile}`, ...shown.pragmas].join('\n')}
          </pre>
          <button type="button" className="button button-primary" onClick={() => setShown(null)}>
            {t('exit.dataKey.hide')}
          </button>
        </div>
      ) : (
        <form className="form" noValidate aria-describedby={warningId} onSubmit={(event) => void reveal(event)}>
          <CredentialFields form={form} idPrefix={idPrefix} acknowledgeLabel={t('exit.dataKey.acknowledge')} />
          <div className="actions actions-start">
            <button type="submit" className="button button-danger" disabled={form.isWorking}>
              {t('exit.dataKey.show')}
            </button>
          </div>
          <StatusMessage message={form.isWorking ? t('unlock.working') : null} />
          <ErrorAlert error={form.error} />
        </form>
      )}
    </section>
  );
}
