import { useId, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '@shared/contract/contract';
import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { InputField } from '../ui/forms';
import { ErrorAlert } from '../ui/Alert';
import { StatusMessage } from '../ui/StatusMessage';
import { WrittenFiles } from '../ui/WrittenFiles';
import { CredentialFields } from './CredentialFields';
import { useExitForm } from './useExitForm';

type Written = Extract<ChannelOutput<'exit:export'>, { cancelled: false }>;

/**
 * „Gesamtexport bei Systemwechsel“: both credentials, the warning acknowledged (first confirmation)
 * and the word GESAMTEXPORT typed by hand (second confirmation); then the save dialog. The result
 * names the file with its SHA-256, as the access log records it.
 */
export function FullExportSection() {
  const t = useT();
  const { call } = useSession();
  const form = useExitForm();
  const [confirmation, setConfirmation] = useState('');
  const [written, setWritten] = useState<Written | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const headingId = useId();
  const idPrefix = useId();
  const warningId = useId();

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.setFieldErrors({});
    setMessage(null);
    setWritten(null);
    form.setWorking(true);
    const result = await call((api) =>
      api.exit.export({
        passphrase: form.passphrase,
        recoveryKey: form.recoveryKey,
        acknowledged: form.isAcknowledged as true,
        confirmation,
      }),
    );
    form.setWorking(false);
    form.clearSecrets();
    if (result.ok) {
      setConfirmation('');
      form.setAcknowledged(false);
      if (result.value.cancelled) setMessage(t('exit.export.cancelled'));
      else setWritten(result.value);
      return;
    }
    const first = form.showError(result.error);
    if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exit.export.heading')}</h2>
      <p>{t('exit.export.explain')}</p>
      <p className="callout" id={warningId}>
        {t('exit.export.warning')}
      </p>
      <form className="form" noValidate aria-describedby={warningId} onSubmit={(event) => void start(event)}>
        <CredentialFields form={form} idPrefix={idPrefix} acknowledgeLabel={t('exit.export.acknowledge')} />
        <InputField
          id={`${idPrefix}-confirmation`}
          label={t('exit.export.confirmLabel')}
          autoComplete="off"
          spellCheck={false}
          value={confirmation}
          error={form.fieldErrors.confirmation ?? null}
          onChange={setConfirmation}
        />
        <div className="actions actions-start">
          <button type="submit" className="button button-danger" disabled={form.isWorking}>
            {t('exit.export.start')}
          </button>
        </div>
        <StatusMessage message={form.isWorking ? t('exit.export.working') : null} />
        <ErrorAlert error={form.error} />
      </form>
      <StatusMessage tone="success" message={message} />
      {written ? (
        <div className="exit-written">
          <StatusMessage
            tone="success"
            message={t('exit.export.done', {
              fileName: written.fileName,
              tables: written.tables.length,
              documents: written.documents,
              sha256: written.sha256,
            })}
          />
          <p>{t(written.logIntact ? 'exit.export.logIntact' : 'exit.export.logNotIntact')}</p>
          <WrittenFiles files={[written]} />
        </div>
      ) : null}
    </section>
  );
}
