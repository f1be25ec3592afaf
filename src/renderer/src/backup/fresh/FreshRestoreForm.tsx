import { ErrorAlert } from '../../ui/Alert';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '@shared/contract/contract';
import type { AppErrorData } from '@shared/kernel/result';
import { callCore } from '../../kernel/bridge';
import { useI18n } from '../../kernel/i18n';
import { FieldError } from '../../ui/FieldError';
import { StatusMessage } from '../../ui/StatusMessage';
import { formatDateTime } from '../../ui/dates';

type Chosen = Extract<ChannelOutput<'backup:chooseFresh'>, { cancelled: false }>;
type Method = 'passphrase' | 'recoveryKey';
type FieldName = 'vaultDir' | 'account' | 'passphrase' | 'recoveryKey';

/**
 * Restore onto this installation: the backup file (chosen in the dialog, checked at once), the
 * folder for the vault (empty or new, as at set-up), and the passphrase of an account in the backup
 * or the recovery key. Nothing is written until all of it has been checked; then the unlock screen
 * follows.
 */
export function FreshRestoreForm({ onRestored, onCancel }: { onRestored: () => void; onCancel: () => void }) {
  const { t, translateMessage, language } = useI18n();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [vaultDir, setVaultDir] = useState('');
  const [method, setMethod] = useState<Method>('passphrase');
  const [account, setAccount] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [error, setError] = useState<AppErrorData | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isWorking, setWorking] = useState(false);
  const baseId = useId();
  const id = (name: string) => `${baseId}-${name}`;

  useEffect(() => {
    let isCurrent = true;
    void callCore((api) => api.vault.suggestLocation()).then((result) => {
      if (isCurrent && result.ok) setVaultDir((current) => (current === '' ? result.value.vaultDir : current));
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  async function chooseFile() {
    setError(null);
    setMessage(null);
    const result = await callCore((api) => api.backup.chooseFresh());
    if (!result.ok) {
      setChosen(null);
      setError(result.error);
    } else if (result.value.cancelled) setMessage(t('rightsUi.cancelled'));
    else {
      setChosen(result.value);
      setAccount(result.value.accounts[0]?.name ?? '');
    }
  }

  async function chooseFolder() {
    const result = await callCore((api) => api.vault.chooseFolder());
    if (result.ok && result.value.vaultDir) setVaultDir(result.value.vaultDir);
    else if (!result.ok) setError(result.error);
  }

  function focusField(name: FieldName) {
    document.getElementById(id(name))?.focus();
  }

  async function restore(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen || isWorking) return;
    const missing: Partial<Record<FieldName, string>> = {};
    if (vaultDir.trim() === '') missing.vaultDir = t('validation.folderRequired');
    if (method === 'passphrase' && passphrase === '') missing.passphrase = t('validation.passphraseRequired');
    if (method === 'recoveryKey' && recoveryKey.trim() === '') missing.recoveryKey = t('validation.recoveryKeyRequired');
    setFieldErrors(missing);
    const firstMissing = (['vaultDir', 'passphrase', 'recoveryKey'] as const).find((name) => missing[name]);
    if (firstMissing) {
      focusField(firstMissing);
      return;
    }
    setWorking(true);
    setError(null);
    const result = await callCore((api) =>
      api.backup.restoreFresh({
        token: chosen.token,
        vaultDir: vaultDir.trim(),
        credential: method === 'passphrase' ? { method, account, passphrase } : { method, recoveryKey },
      }),
    );
    setWorking(false);
    if (result.ok) {
      setPassphrase('');
      setRecoveryKey('');
      onRestored();
      return;
    }
    const marked: Partial<Record<FieldName, string>> = {};
    for (const [path, key] of Object.entries(result.error.fields ?? {})) {
      const name = path.split('.').pop();
      if (name === 'vaultDir' || name === 'account' || name === 'passphrase' || name === 'recoveryKey')
        marked[name] = translateMessage(key, result.error.params);
    }
    setFieldErrors(marked);
    const first = (['vaultDir', 'account', 'passphrase', 'recoveryKey'] as const).find((name) => marked[name]);
    if (first) focusField(first);
    else setError(result.error);
    // A damaged or replaced file must be chosen again.
    if (result.error.code === 'BACKUP_DAMAGED' || result.error.code === 'NOT_FOUND') setChosen(null);
  }

  function describedBy(name: FieldName, hint?: string): string | undefined {
    return [hint ?? null, fieldErrors[name] ? id(`${name}-error`) : null].filter(Boolean).join(' ') || undefined;
  }

  return (
    <div className="fresh-restore">
      <p>{t('backupUi.fresh.intro')}</p>
      <div className="actions actions-start">
        <button type="button" className="button" onClick={() => void chooseFile()}>
          {chosen ? t('backupUi.fresh.chooseOther') : t('backupUi.fresh.chooseFile')}
        </button>
      </div>
      <StatusMessage message={message} />
      {chosen ? (
        <form className="form" noValidate aria-busy={isWorking} onSubmit={(event) => void restore(event)}>
          <dl className="fact-list backup-facts">
            <div>
              <dt>{t('backupUi.file')}</dt>
              <dd>{chosen.fileName}</dd>
            </div>
            <div>
              <dt>{t('backupUi.createdAt')}</dt>
              <dd>{formatDateTime(chosen.createdAt, language)}</dd>
            </div>
            <div>
              <dt>{t('backupUi.fresh.accounts')}</dt>
              <dd>{chosen.accounts.map((entry) => entry.name).join(', ')}</dd>
            </div>
          </dl>
          <div className="field field-wide">
            <label className="field-label" htmlFor={id('vaultDir')}>
              {t('backupUi.fresh.folder')}
            </label>
            <p className="field-hint" id={id('vaultDir-hint')}>
              {t('backupUi.fresh.folderHint')}
            </p>
            <input
              id={id('vaultDir')}
              className="field-input"
              value={vaultDir}
              spellCheck={false}
              aria-invalid={fieldErrors.vaultDir ? 'true' : 'false'}
              aria-describedby={describedBy('vaultDir', id('vaultDir-hint'))}
              onChange={(event) => setVaultDir(event.target.value)}
            />
            {fieldErrors.vaultDir ? <FieldError id={id('vaultDir-error')} message={fieldErrors.vaultDir} /> : null}
            <div className="actions actions-start">
              <button type="button" className="button" onClick={() => void chooseFolder()}>
                {t('backupUi.fresh.chooseFolder')}
              </button>
            </div>
          </div>
          <fieldset className="field radio-group">
            <legend className="field-label">{t('backupUi.fresh.method')}</legend>
            <label className="radio">
              <input type="radio" name={id('method')} checked={method === 'passphrase'} onChange={() => setMethod('passphrase')} />
              <span>{t('backupUi.fresh.methodPassphrase')}</span>
            </label>
            <label className="radio">
              <input type="radio" name={id('method')} checked={method === 'recoveryKey'} onChange={() => setMethod('recoveryKey')} />
              <span>{t('backupUi.fresh.methodRecoveryKey')}</span>
            </label>
          </fieldset>
          {method === 'passphrase' ? (
            <>
              <div className="field">
                <label className="field-label" htmlFor={id('account')}>
                  {t('backupUi.fresh.account')}
                </label>
                <select
                  id={id('account')}
                  className="field-input field-select"
                  value={account}
                  aria-invalid={fieldErrors.account ? 'true' : 'false'}
                  aria-describedby={describedBy('account')}
                  onChange={(event) => setAccount(event.target.value)}
                >
                  {chosen.accounts.map((entry) => (
                    <option key={entry.name} value={entry.name}>
                      {entry.name} ({t(entry.role === 'supervisor' ? 'role.supervisor' : 'role.counsellor')})
                    </option>
                  ))}
                </select>
                {fieldErrors.account ? <FieldError id={id('account-error')} message={fieldErrors.account} /> : null}
              </div>
              <div className="field">
                <label className="field-label" htmlFor={id('passphrase')}>
                  {t('backupUi.fresh.passphrase')}
                </label>
                <input
                  id={id('passphrase')}
                  className="field-input"
                  type="password"
                  autoComplete="current-password"
                  value={passphrase}
                  aria-invalid={fieldErrors.passphrase ? 'true' : 'false'}
                  aria-describedby={describedBy('passphrase')}
                  onChange={(event) => setPassphrase(event.target.value)}
                />
                {fieldErrors.passphrase ? <FieldError id={id('passphrase-error')} message={fieldErrors.passphrase} /> : null}
              </div>
            </>
          ) : (
            <div className="field field-wide">
              <label className="field-label" htmlFor={id('recoveryKey')}>
                {t('backupUi.fresh.recoveryKey')}
              </label>
              <p className="field-hint" id={id('recoveryKey-hint')}>
                {t('backupUi.fresh.recoveryKeyHint')}
              </p>
              <input
                id={id('recoveryKey')}
                className="field-input field-mono"
                autoComplete="off"
                spellCheck={false}
                value={recoveryKey}
                aria-invalid={fieldErrors.recoveryKey ? 'true' : 'false'}
                aria-describedby={describedBy('recoveryKey', id('recoveryKey-hint'))}
                onChange={(event) => setRecoveryKey(event.target.value)}
              />
              {fieldErrors.recoveryKey ? <FieldError id={id('recoveryKey-error')} message={fieldErrors.recoveryKey} /> : null}
            </div>
          )}
          <p className="callout">{t('backupUi.fresh.what')}</p>
          <ErrorAlert error={error} />
          <StatusMessage message={isWorking ? t('backupUi.fresh.working') : null} />
          <div className="actions">
            <button type="button" className="button" onClick={onCancel}>
              {t('caseForm.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={isWorking}>
              {t('backupUi.fresh.action')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <ErrorAlert error={error} />
          <div className="actions">
            <button type="button" className="button" onClick={onCancel}>
              {t('caseForm.cancel')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
