import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '@shared/contract/contract';
import type { AppErrorData } from '@shared/kernel/result';
import { callCore } from '../../kernel/bridge';
import { useI18n } from '../../kernel/i18n';
import { FactList } from '../../ui/FactList';
import { InputField, PickField } from '../../ui/forms';
import { ErrorAlert } from '../../ui/Alert';
import { StatusMessage } from '../../ui/StatusMessage';
import { formatDateTime } from '../../ui/dates';

export type Chosen = Extract<ChannelOutput<'backup:chooseFresh'>, { cancelled: false }>;
type Method = 'passphrase' | 'recoveryKey';

const METHODS = [
  { value: 'passphrase', label: 'backupUi.fresh.methodPassphrase' },
  { value: 'recoveryKey', label: 'backupUi.fresh.methodRecoveryKey' },
] as const satisfies readonly { value: Method; label: string }[];
type FieldName = 'vaultDir' | 'account' | 'passphrase' | 'recoveryKey';

/**
 * Restore onto this installation: the backup file (chosen in the dialog, checked at once), the
 * folder for the vault (empty or new, as at set-up), and the passphrase of an account in the backup
 * or the recovery key. Nothing is written until all of it has been checked; then the unlock screen
 * follows.
 */
export function FreshRestoreForm({
  onRestored,
  onCancel,
  preset,
}: {
  onRestored: () => void;
  onCancel: () => void;
  /** Already chosen (the newest backup, for a damaged vault) and the folder to restore into. */
  preset?: { chosen: Chosen | null; vaultDir: string };
}) {
  const { t, translateMessage, language } = useI18n();
  const [chosen, setChosen] = useState<Chosen | null>(preset?.chosen ?? null);
  const [vaultDir, setVaultDir] = useState(preset?.vaultDir ?? '');
  const [method, setMethod] = useState<Method>('passphrase');
  const [account, setAccount] = useState(preset?.chosen?.accounts[0]?.name ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [error, setError] = useState<AppErrorData | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isWorking, setWorking] = useState(false);
  const baseId = useId();
  const id = (name: string) => `${baseId}-${name}`;
  const cancelButton = (
    <button type="button" className="button" onClick={onCancel}>
      {t('caseForm.cancel')}
    </button>
  );

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
    const result = await callCore((api) => api.backup.chooseFresh({}));
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
          <FactList
            className="fact-list backup-facts"
            facts={[
              [t('backupUi.file'), chosen.fileName],
              [t('backupUi.createdAt'), formatDateTime(chosen.createdAt, language)],
              [t('backupUi.fresh.accounts'), chosen.accounts.map((entry) => entry.name).join(', ')],
            ]}
          />
          <InputField
            id={id('vaultDir')}
            className="field-wide"
            label={t('backupUi.fresh.folder')}
            hint={t('backupUi.fresh.folderHint')}
            error={fieldErrors.vaultDir}
            value={vaultDir}
            onChange={setVaultDir}
            spellCheck={false}
          >
            <div className="actions actions-start">
              <button type="button" className="button" onClick={() => void chooseFolder()}>
                {t('backupUi.fresh.chooseFolder')}
              </button>
            </div>
          </InputField>
          <fieldset className="field radio-group">
            <legend className="field-label">{t('backupUi.fresh.method')}</legend>
            {METHODS.map(({ value, label }) => (
              <label key={value} className="radio">
                <input type="radio" name={id('method')} checked={method === value} onChange={() => setMethod(value)} />
                <span>{t(label)}</span>
              </label>
            ))}
          </fieldset>
          {method === 'passphrase' ? (
            <>
              <PickField
                id={id('account')}
                className="field-input field-select"
                label={t('backupUi.fresh.account')}
                error={fieldErrors.account ?? null}
                value={account}
                options={chosen.accounts.map((entry) => ({
                  value: entry.name,
                  label: `${entry.name} (${t(entry.role === 'supervisor' ? 'role.supervisor' : 'role.counsellor')})`,
                }))}
                onChange={setAccount}
              />
              <InputField
                id={id('passphrase')}
                label={t('backupUi.fresh.passphrase')}
                type="password"
                autoComplete="current-password"
                error={fieldErrors.passphrase}
                value={passphrase}
                onChange={setPassphrase}
              />
            </>
          ) : (
            <InputField
              id={id('recoveryKey')}
              className="field-wide"
              controlClassName="field-input field-mono"
              label={t('backupUi.fresh.recoveryKey')}
              hint={t('backupUi.fresh.recoveryKeyHint')}
              error={fieldErrors.recoveryKey}
              value={recoveryKey}
              onChange={setRecoveryKey}
              autoComplete="off"
              spellCheck={false}
            />
          )}
          <p className="callout">{t('backupUi.fresh.what')}</p>
          <ErrorAlert error={error} />
          <StatusMessage message={isWorking ? t('backupUi.fresh.working') : null} />
          <div className="actions">
            {cancelButton}
            <button type="submit" className="button button-primary" disabled={isWorking}>
              {t('backupUi.fresh.action')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <ErrorAlert error={error} />
          <div className="actions">{cancelButton}</div>
        </>
      )}
    </div>
  );
}
