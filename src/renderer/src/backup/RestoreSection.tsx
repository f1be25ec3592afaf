import { useId, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '@shared/contract/contract';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { FactList } from '../ui/FactList';
import { ErrorAlert } from '../ui/Alert';
import { StatusMessage } from '../ui/StatusMessage';
import { Modal } from '../ui/Modal';
import { PassphraseAgainField } from './PassphraseAgainField';
import { formatDateTime } from '../ui/dates';

type Inspected = Extract<ChannelOutput<'backup:inspect'>, { cancelled: false }>;

/**
 * "Sicherung wiederherstellen" (supervisor): choose the file, see what it is and what will happen,
 * confirm with the own passphrase. Unsaved input on this page is asked about first; the core checks
 * everything before it replaces the vault, then locks and reopens it.
 */
export function RestoreSection({ hasUnsavedChanges, onRestored }: { hasUnsavedChanges: () => boolean; onRestored: () => void }) {
  const { t, translateError, language } = useI18n();
  const { call } = useSession();
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isAskingUnsaved, setAskingUnsaved] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [passphraseError, setPassphraseError] = useState<string | null>(null);
  const [isWorking, setWorking] = useState(false);
  const whatId = useId();

  function start() {
    setMessage(null);
    setError(null);
    if (hasUnsavedChanges()) setAskingUnsaved(true);
    else void choose();
  }

  async function choose() {
    setAskingUnsaved(false);
    const result = await call((api) => api.backup.inspect({}));
    if (!result.ok) setError(result.error);
    else if (result.value.cancelled) setMessage(t('rightsUi.cancelled'));
    else {
      setInspected(result.value);
      setPassphrase('');
      setPassphraseError(null);
    }
  }

  async function restore(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!inspected) return;
    if (passphrase === '') {
      setPassphraseError(t('validation.passphraseRequired'));
      return;
    }
    setWorking(true);
    const result = await call((api) => api.backup.restore({ file: inspected.file, passphrase }));
    setWorking(false);
    setPassphrase('');
    if (result.ok) {
      setInspected(null);
      setMessage(t('backupUi.restore.done', { date: formatDateTime(result.value.backupCreatedAt, language) }));
      onRestored();
    } else if (result.error.code === 'WRONG_PASSPHRASE') setPassphraseError(translateError(result.error));
    else {
      setInspected(null);
      setError(result.error);
    }
  }

  return (
    <section className="settings-section privacy-block" aria-labelledby="restore-heading">
      <h2 id="restore-heading">{t('backupUi.restore.heading')}</h2>
      <p>{t('backupUi.restore.intro')}</p>
      <button type="button" className="button" onClick={start}>
        {t('backupUi.restore.choose')}
      </button>
      <StatusMessage tone="success" message={message} />
      <ErrorAlert error={error} />
      {isAskingUnsaved ? (
        <Modal title={t('backupUi.restore.unsavedTitle')} onClose={() => setAskingUnsaved(false)}>
          <p>{t('backupUi.restore.unsavedText')}</p>
          <div className="dialog-actions">
            <button type="button" className="button button-primary" autoFocus onClick={() => setAskingUnsaved(false)}>
              {t('backupUi.restore.unsavedStay')}
            </button>
            <button type="button" className="button" onClick={() => void choose()}>
              {t('backupUi.restore.unsavedDiscard')}
            </button>
          </div>
        </Modal>
      ) : null}
      {inspected ? (
        <Modal title={t('backupUi.restore.confirmTitle')} onClose={() => setInspected(null)} describedBy={whatId} className="dialog-wide">
          <form className="form" noValidate onSubmit={(event) => void restore(event)}>
            <FactList
              className="fact-list backup-facts"
              facts={[
                [t('backupUi.file'), inspected.fileName],
                [t('backupUi.createdAt'), formatDateTime(inspected.createdAt, language)],
                [t('backupUi.size'), t('rightsUi.kilobytes', { size: Math.max(1, Math.round(inspected.bytes / 1024)) })],
              ]}
            />
            <div id={whatId} className="callout">
              <p>{t('backupUi.restore.what', { date: formatDateTime(inspected.createdAt, language) })}</p>
              <p>{t('backupUi.restore.keys')}</p>
            </div>
            <PassphraseAgainField value={passphrase} error={passphraseError} onChange={setPassphrase} />
            <StatusMessage message={isWorking ? t('backupUi.restore.working') : null} />
            <div className="dialog-actions">
              <button type="button" className="button button-primary" autoFocus onClick={() => setInspected(null)}>
                {t('caseForm.cancel')}
              </button>
              <button type="submit" className="button button-danger" disabled={isWorking}>
                {t('backupUi.restore.action')}
              </button>
            </div>
          </form>
        </Modal>
      ) : null}
    </section>
  );
}
