import type { StatsCheck } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';

/** The disclosure checks of the export, each with a word and an icon (never colour alone). */
export function ChecksList({ checks }: { checks: readonly StatsCheck[] }) {
  const { t, translateMessage } = useI18n();
  return (
    <ul className="stats-checks">
      {checks.map((check) => (
        <li key={check.id} className={`stats-check stats-check-${check.status}`}>
          <span className="stats-check-icon" aria-hidden="true">
            {check.status === 'passed' ? '✓' : '!'}
          </span>
          <span className="stats-check-status">{t(check.status === 'passed' ? 'statsUi.check.passed' : 'statsUi.check.warning')}:</span>
          <span>{translateMessage(`stats.check.${check.id}`, check.params)}</span>
        </li>
      ))}
    </ul>
  );
}
