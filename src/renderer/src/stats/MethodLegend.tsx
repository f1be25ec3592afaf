import type { ExportDocument } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';

/**
 * The method's note exactly as the files carry it, and a legend that says what the numbers mean:
 * CKM values are slightly changed and do not add up; "." marks a suppressed cell.
 */
export function MethodLegend({ document }: { document: Pick<ExportDocument, 'method' | 'note' | 'noteEn' | 'k'> }) {
  const { t, language } = useI18n();
  return (
    <div className="stats-legend" role="note" aria-label={t('statsUi.legend.label')}>
      <p className="stats-legend-note">
        <span className="stats-legend-title">{t('statsUi.legend.note')}</span>{' '}
        {language === 'de' ? `„${document.note}“` : `“${document.noteEn}”`}
      </p>
      {document.method === 'ckm' ? (
        <ul className="stats-legend-list">
          <li>{t('statsUi.legend.ckmDeviation')}</li>
          <li>{t('statsUi.legend.ckmSmallValues')}</li>
          <li>{t('statsUi.legend.ckmNotAdditive')}</li>
        </ul>
      ) : (
        <ul className="stats-legend-list">
          <li>
            <span className="stats-legend-symbol" aria-hidden="true">
              .
            </span>
            <span className="visually-hidden">{t('statsUi.legend.dotName')}</span> {t('statsUi.legend.suppressed', { k: document.k })}
          </li>
          <li>{t('statsUi.legend.exact')}</li>
        </ul>
      )}
    </div>
  );
}
