import type { VaultStatus } from '@shared/vault/contract';
import { useI18n } from '../kernel/i18n';
import { Alert } from '../ui/Alert';
import { FreshRestoreEntry } from '../backup';

/**
 * Shown instead of the unlock form when the vault cannot be opened at all: typing a passphrase
 * would only add failed attempts. "Erneut versuchen" re-reads the state after a file was restored.
 */
export function ProblemNotice({ status, onRecheck }: { status: VaultStatus; onRecheck: () => void }) {
  const { t, translateError } = useI18n();
  if (!status.problem) return null;
  const message = translateError({
    code: status.problem,
    message: `error.${status.problem}`,
    params: { vaultDir: status.vaultDir ?? '' },
  });
  return (
    <>
      <Alert heading={t('unlock.problemHeading')}>
        <p>{message}</p>
        <p>{t('unlock.problemHelp')}</p>
      </Alert>
      <div className="actions">
        <button type="button" className="button" onClick={onRecheck}>
          {t('common.retry')}
        </button>
      </div>
      <FreshRestoreEntry onRestored={onRecheck} intro={t('backupUi.fresh.problemIntro')} />
    </>
  );
}
