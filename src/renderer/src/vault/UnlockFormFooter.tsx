import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { FormActions } from '../ui/DialogFormActions';
import { StatusMessage } from '../ui/StatusMessage';
import { Countdown } from './Countdown';

/** The submit button's words and the link to the other form, by the way the form unlocks. */
const WORDS = {
  passphrase: { submit: 'unlock.submit', switch: 'unlock.useRecovery' },
  recoveryKey: { submit: 'recovery.submit', switch: 'recovery.back' },
} as const;

/**
 * The end of both unlock forms (passphrase and recovery key): an error that belongs to no single
 * field, the waiting time after failed attempts, the progress message, the submit button (disabled
 * while waiting or checking) and the link to the other form.
 */
export function UnlockFormFooter({
  way,
  attempt: { formError, isChecking },
  secondsLeft,
  onSwitch,
}: {
  way: keyof typeof WORDS;
  /** The attempt's state (useUnlockAttempt). */
  attempt: { formError: AppErrorData | null; isChecking: boolean };
  secondsLeft: number;
  onSwitch: () => void;
}) {
  const t = useT();
  return (
    <>
      <FormActions error={formError} submitLabel={t(WORDS[way].submit)} isDisabled={secondsLeft > 0 || isChecking}>
        <Countdown secondsLeft={secondsLeft} />
        <StatusMessage message={isChecking ? t('unlock.opening') : null} />
      </FormActions>
      <p className="secondary-action">
        <button type="button" className="button button-link" onClick={onSwitch}>
          {t(WORDS[way].switch)}
        </button>
      </p>
    </>
  );
}
