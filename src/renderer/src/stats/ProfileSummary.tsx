import type { StatsProfile } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';

/** One line under a profile's name: method, k (suppression only), how many tables, and what it means. */
export function ProfileSummary({ profile, tableCount }: { profile: StatsProfile; tableCount: number }) {
  const { t } = useI18n();
  const tables =
    profile.tables.length === tableCount
      ? t('statsUi.profile.allTables', { count: tableCount })
      : t('statsUi.profile.someTables', { count: profile.tables.length, total: tableCount });
  return (
    <span className="radio-detail stats-profile-summary">
      {profile.method === 'ckm'
        ? t('statsUi.profile.summaryCkm', { tables })
        : t('statsUi.profile.summarySuppression', { k: profile.k, tables })}
    </span>
  );
}
