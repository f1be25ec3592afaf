import { useT } from '../kernel/i18n';
import { InputField } from '../ui/forms';
import type { ExitForm } from './useExitForm';

/** Both credentials of the exit kit, and the warning to acknowledge (the first confirmation). */
export function CredentialFields({ form, idPrefix, acknowledgeLabel }: { form: ExitForm; idPrefix: string; acknowledgeLabel: string }) {
  const t = useT();
  const acknowledgeId = `${idPrefix}-acknowledged`;
  return (
    <>
      <InputField
        id={`${idPrefix}-passphrase`}
        label={t('exit.credentials.passphrase')}
        type="password"
        autoComplete="current-password"
        value={form.passphrase}
        error={form.fieldErrors.passphrase ?? null}
        onChange={form.setPassphrase}
      />
      <InputField
        id={`${idPrefix}-recoveryKey`}
        label={t('exit.credentials.recoveryKey')}
        autoComplete="off"
        spellCheck={false}
        value={form.recoveryKey}
        error={form.fieldErrors.recoveryKey ?? null}
        onChange={form.setRecoveryKey}
      />
      <div className="checkbox">
        <input
          id={acknowledgeId}
          type="checkbox"
          checked={form.isAcknowledged}
          aria-invalid={form.fieldErrors.acknowledged ? 'true' : 'false'}
          aria-describedby={form.fieldErrors.acknowledged ? `${acknowledgeId}-error` : undefined}
          onChange={(event) => form.setAcknowledged(event.target.checked)}
        />
        <label htmlFor={acknowledgeId}>{acknowledgeLabel}</label>
      </div>
      {form.fieldErrors.acknowledged ? (
        <p className="field-error" id={`${acknowledgeId}-error`}>
          {form.fieldErrors.acknowledged}
        </p>
      ) : null}
    </>
  );
}
