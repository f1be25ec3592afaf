import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { FormActions } from '../ui/DialogFormActions';
import { StatusMessage } from '../ui/StatusMessage';
import { Countdown } from './Countdown';

/**
 * The end of both unlock forms (passphrase and recovery key): an error that belongs to no single
 * field, the waiting time after failed attempts, the progress message, the submit button (disabled
 * while waiting or checking) and the link to the other form.
 */
export function UnlockFormFooter({
  formError,
  secondsLeft,
  isChecking,
  submitLabel,
  switchLabel,
  onSwitch,
}: {
  formError: AppErrorData | null;
  secondsLeft: number;
  isChecking: boolean;
  submitLabel: string;
  switchLabel: string;
  onSwitch: () => void;
}) {
  const t = useT();
  return (
    <>
      <FormActions error={formError} submitLabel={submitLabel} isDisabled={secondsLeft > 0 || isChecking}>
        <Countdown secondsLeft={secondsLeft} />
        <StatusMessage message={isChecking ? t('unlock.working') : null} />
      </FormActions>
      <p className="secondary-action">
        <button type="button" className="button button-link" onClick={onSwitch}>
          {switchLabel}
        </button>
      </p>
    </>
  );
}
