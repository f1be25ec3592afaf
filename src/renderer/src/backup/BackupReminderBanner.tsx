import { useEffect } from 'react';
import { useI18n } from '../kernel/i18n';
import { useNavigation } from '../kernel/navigation';
import { useBackupStatus } from './useBackupStatus';
import './backup.css';

/**
 * A calm, non-blocking reminder in the main layout when the last backup is older than the
 * configured days (or there was none). It links to the Datenschutz page; it never blocks work.
 */
export function BackupReminderBanner() {
  const { t } = useI18n();
  const { navigate, route } = useNavigation();
  const { status, reload } = useBackupStatus();
  // Read again on every screen change: a backup made on the Datenschutz page ends the reminder.
  useEffect(() => {
    void reload();
  }, [route.page, reload]);
  if (!status?.isDue || route.page === 'dataProtection') return null;
  return (
    <div className="backup-banner" role="note" aria-label={t('backupUi.banner.label')}>
      <span className="backup-banner-icon" aria-hidden="true">
        !
      </span>
      <p>
        {status.daysSince === null ? t('backupUi.banner.never') : t('backupUi.banner.old', { days: status.daysSince })}{' '}
        <button type="button" className="button button-link" onClick={() => navigate({ page: 'dataProtection' })}>
          {t('backupUi.banner.action')}
        </button>
      </p>
    </div>
  );
}
