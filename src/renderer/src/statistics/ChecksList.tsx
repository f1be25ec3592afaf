import type { StatsCheck } from '@shared/stats/schemas';
import { useI18n } from '../i18n';

/** A year is a name, not an amount: "2026", never "2.026" (numbers are formatted with grouping). */
function withYearsAsText(params: StatsCheck['params']): StatsCheck['params'] {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, name === 'year' ? String(value) : value]));
}

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
          <span>{translateMessage(`stats.check.${check.id}`, withYearsAsText(check.params))}</span>
        </li>
      ))}
    </ul>
  );
}
