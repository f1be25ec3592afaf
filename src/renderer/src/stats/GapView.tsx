import { useId } from 'react';
import type { ExportDocument } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';

/** The gap view of the Bedarfs- und Angebotsanalyse, as the files state it (derived from the published figures). */
export function GapView({ document }: { document: ExportDocument }) {
  const { t, language, translateMessage } = useI18n();
  const headingId = useId();
  if (!document.tables.some((table) => table.id === 'T16a_needsAndReferrals')) return null;
  return (
    <section className="notice stats-gaps" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('statsUi.gaps.heading')}</h3>
      <p>{t('statsUi.gaps.intro')}</p>
      {document.gaps.length === 0 ? (
        <p>{t('statsUi.gaps.none')}</p>
      ) : (
        <ul>
          {document.gaps.map((gap) => (
            <li key={gap.code}>
              <span className="stats-label">{language === 'de' ? gap.label : gap.labelEn}:</span>{' '}
              {gap.reasons.map((reason) => translateMessage(`stats.gap.${reason}`)).join('; ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
