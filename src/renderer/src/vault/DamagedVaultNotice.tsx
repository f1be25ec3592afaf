import type { VaultStatus } from '@shared/vault/contract';
import { useI18n } from '../kernel/i18n';
import { NewestBackupRestore } from '../backup';
import { formatDateTime } from '../ui/dates';

/**
 * The vault file was found damaged and put aside untouched (quarantine folder with the date). This
 * says what happened in plain words and offers the newest backup for the same folder.
 */
export function DamagedVaultNotice({ status, onRestored }: { status: VaultStatus; onRestored: () => void }) {
  const { t, language } = useI18n();
  const damaged = status.damaged;
  return (
    <section className="damaged-vault" aria-labelledby="damaged-vault-heading">
      <div className="alert alert-error" role="alert">
        <span className="alert-icon" aria-hidden="true">
          !
        </span>
        <div>
          <h2 id="damaged-vault-heading" className="alert-heading">
            {t('vault.damaged.heading')}
          </h2>
          {damaged ? (
            <p>
              {t('vault.damaged.explain', {
                quarantine: damaged.quarantineFolder,
                date: formatDateTime(damaged.quarantinedAt, language),
              })}
            </p>
          ) : null}
          <p>{t('vault.damaged.help')}</p>
        </div>
      </div>
      <NewestBackupRestore vaultDir={status.vaultDir ?? ''} onRestored={onRestored} />
    </section>
  );
}
