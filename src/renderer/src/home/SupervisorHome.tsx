import { UNUSED_ACCOUNT_DAYS, type AccountAttention, type SupervisorToday } from '@shared/home';
import type { MessageKey } from '@shared/i18n';
import { useI18n } from '../kernel/i18n';
import { StateBadge } from '../ui/StateBadge';
import { formatDateTime } from '../ui/dates';
import { HomeLink, HomeSection } from './HomeLink';

function reasonText(account: AccountAttention, reason: AccountAttention['reasons'][number], t: ReturnType<typeof useI18n>['t']): string {
  switch (reason) {
    case 'initialPassphrase':
      return t('home.accounts.reason.initialPassphrase');
    case 'failedSignIns':
      return t('home.accounts.reason.failedSignIns', { count: account.failedSignIns });
    case 'disabledWithCases':
      return t('home.accounts.reason.disabledWithCases', { count: account.openCases });
    case 'unused':
      return t('home.accounts.reason.unused', { days: UNUSED_ACCOUNT_DAYS });
  }
}

/**
 * The supervisor's "Heute": the log, the backup and the accounts — no case contents. Each line
 * links to the screen where it is dealt with.
 */
export function SupervisorHome({ today }: { today: SupervisorToday }) {
  const { t, language } = useI18n();
  const { log, backup, accounts } = today;
  const when = (at: string) => formatDateTime(at, language);
  /** When something last happened (a checkpoint, a backup): never, today, or so many days ago. */
  const sinceText = (at: string | null, days: number | null, [never, today, ago]: readonly [MessageKey, MessageKey, MessageKey]) =>
    at === null ? t(never) : days === 0 ? t(today, { date: when(at) }) : t(ago, { days: days ?? 0, date: when(at) });
  return (
    <div className="home-grid">
      <HomeSection id="log" heading={t('home.log.heading')}>
        <ul className="home-list">
          <li className="home-item">
            <HomeLink to={{ page: 'audit' }}>
              {log.lastVerifiedAt
                ? t(
                    log.entriesSinceCheck === 0
                      ? 'home.log.lastVerifiedNone'
                      : log.entriesSinceCheck === 1
                        ? 'home.log.lastVerifiedOne'
                        : 'home.log.lastVerified',
                    { date: when(log.lastVerifiedAt), count: log.entriesSinceCheck },
                  )
                : t('home.log.neverVerified', { count: log.entries })}
            </HomeLink>
          </li>
          <li className="home-item">
            <HomeLink to={{ page: 'audit' }}>
              {sinceText(log.lastCheckpointAt, log.checkpointAgeDays, [
                'home.log.noCheckpoint',
                'home.log.checkpointToday',
                'home.log.checkpoint',
              ])}
            </HomeLink>
          </li>
        </ul>
      </HomeSection>

      <HomeSection id="backup" heading={t('home.backup.heading')}>
        <ul className="home-list">
          <li className="home-item">
            <HomeLink to={{ page: 'dataProtection' }}>
              {sinceText(backup.lastBackupAt, backup.daysSince, ['home.backup.never', 'home.backup.lastToday', 'home.backup.last'])}
            </HomeLink>
            {backup.isDue ? (
              <StateBadge tone="warning">{t('home.backup.due', { days: backup.reminderDays })}</StateBadge>
            ) : (
              <span className="home-note">{t('home.backup.notDue', { days: backup.reminderDays })}</span>
            )}
          </li>
        </ul>
      </HomeSection>

      <HomeSection
        id="accounts"
        heading={t('home.accounts.heading')}
        isEmpty={accounts.length === 0}
        emptyText={t('home.accounts.none')}
        footer={<HomeLink to={{ page: 'accounts' }}>{t('home.accounts.open')}</HomeLink>}
      >
        <ul className="home-list">
          {accounts.map((account) => (
            <li key={account.userId} className="home-item" data-account={account.name}>
              <HomeLink to={{ page: 'accounts' }}>
                <span className="home-item-case">
                  {account.name} ({t(account.role === 'supervisor' ? 'role.supervisor' : 'role.counsellor')})
                </span>
                <span className="home-item-text">{account.reasons.map((reason) => reasonText(account, reason, t)).join(' ')}</span>
              </HomeLink>
            </li>
          ))}
        </ul>
      </HomeSection>
    </div>
  );
}
