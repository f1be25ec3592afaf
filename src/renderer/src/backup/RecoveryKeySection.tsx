import { useId, useRef, useState, type FormEvent } from 'react';
import type { AppErrorData } from '@shared/kernel/result';
import { callCore } from '../kernel/bridge';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { Modal } from '../ui/Modal';
import { PassphraseAgainField } from './PassphraseAgainField';
import { RecoveryKeyStep } from './RecoveryKeyStep';

/**
 * "Neuer Wiederherstellungsschlüssel" (supervisor): the old key stops opening the vault at once. The
 * new key is shown once, with print and copy, exactly like at set-up.
 */
export function RecoveryKeySection() {
  const { t, translateError } = useI18n();
  const { call } = useSession();
  const [isAsking, setAsking] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [passphraseError, setPassphraseError] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [shown, setShown] = useState<{ recoveryKey: string; vaultDir: string } | null>(null);
  const [isWorking, setWorking] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const textId = useId();

  async function regenerate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (passphrase === '') {
      setPassphraseError(t('validation.passphraseRequired'));
      return;
    }
    setWorking(true);
    const result = await call((api) => api.recovery.regenerate({ passphrase }));
    setWorking(false);
    setPassphrase('');
    if (!result.ok) {
      if (result.error.code === 'WRONG_PASSPHRASE') setPassphraseError(translateError(result.error));
      else {
        setAsking(false);
        setError(result.error);
      }
      return;
    }
    const status = await callCore((api) => api.vault.status());
    setAsking(false);
    setShown({ recoveryKey: result.value.recoveryKey, vaultDir: status.ok ? (status.value.vaultDir ?? '') : '' });
  }

  return (
    <section className="settings-section privacy-block" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{t('backupUi.recovery.heading')}</h2>
      <p>{t('backupUi.recovery.intro')}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          setError(null);
          setPassphraseError(null);
          setAsking(true);
        }}
      >
        {t('backupUi.recovery.action')}
      </button>
      <ErrorAlert error={error} />
      {isAsking ? (
        <Modal title={t('backupUi.recovery.confirmTitle')} onClose={() => setAsking(false)} describedBy={textId}>
          <form className="form" noValidate onSubmit={(event) => void regenerate(event)}>
            <p id={textId}>{t('backupUi.recovery.confirmText')}</p>
            <PassphraseAgainField value={passphrase} error={passphraseError} onChange={setPassphrase} />
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => setAsking(false)}>
                {t('caseForm.cancel')}
              </button>
              <button type="submit" className="button button-primary" disabled={isWorking}>
                {t('backupUi.recovery.create')}
              </button>
            </div>
          </form>
        </Modal>
      ) : null}
      {shown ? (
        <Modal title={t('backupUi.recovery.shownTitle')} onClose={() => undefined} className="dialog-wide recovery-dialog">
          <RecoveryKeyStep
            recoveryKey={shown.recoveryKey}
            vaultDir={shown.vaultDir}
            headingRef={headingRef}
            onContinue={() => setShown(null)}
          />
        </Modal>
      ) : null}
    </section>
  );
}
