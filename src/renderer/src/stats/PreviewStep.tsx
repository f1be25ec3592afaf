import { useId } from 'react';
import type { ChannelOutput } from '@shared/contract/contract';
import type { CsvLayout } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';
import { ChecksList } from './ChecksList';
import { CsvLayoutChoice } from './CsvLayoutChoice';
import { DocumentSummary } from './DocumentSummary';
import { periodLabel } from './format';
import { GapView } from './GapView';
import { InformationLossFigures } from './InformationLossFigures';
import { MethodLegend } from './MethodLegend';
import { QualitySection } from './QualitySection';
import { StatsTable, tableNumber } from './StatsTable';
import { StepHeading } from './StepHeading';
import type { CatalogueTable } from './useStatsProfiles';

export type StatsPreview = ChannelOutput<'stats:preview'>;

/**
 * Step 2: exactly what will leave the workstation — every table as written, the method's note and
 * legend, the information loss and the checks. Tables of the profile that are not in this export
 * are named with the reason (flows and outcomes: yearly reports only).
 */
export function PreviewStep({
  preview,
  catalogue,
  csvLayout,
  onCsvLayout,
  onBack,
  onContinue,
}: {
  preview: StatsPreview;
  catalogue: readonly CatalogueTable[];
  csvLayout: CsvLayout;
  onCsvLayout: (layout: CsvLayout) => void;
  onBack: () => void;
  onContinue: () => void;
}) {
  const { t, language } = useI18n();
  const headingId = useId();
  const { document } = preview;
  const included = new Set(document.tables.map((table) => table.id));
  const withheld = new Map(preview.withheld.map((entry) => [entry.tableId, entry]));
  const catalogued = (id: string) =>
    catalogue.find((table) => table.id === id) ?? { id, item: 0, title: id, titleEn: id, yearlyOnly: false };
  const absent = preview.profile.tables.filter((id) => !included.has(id) && !withheld.has(id)).map(catalogued);
  const periodOf = (code: string) => periodLabel(code, language);
  return (
    <section aria-labelledby={headingId}>
      <StepHeading id={headingId}>{t('statsUi.preview.heading')}</StepHeading>
      <p>{t('statsUi.preview.intro')}</p>
      <DocumentSummary document={document} />
      <MethodLegend document={document} />

      <h3>{t('statsUi.preview.lossHeading')}</h3>
      <InformationLossFigures loss={preview.informationLoss} method={document.method} />

      <h3>{t('statsUi.preview.checksHeading')}</h3>
      <ChecksList checks={preview.checks} />

      <div className="notice stats-local">
        <p className="stats-label">{t('statsUi.preview.localHeading')}</p>
        <p>{t('statsUi.preview.localCounts', { counted: preview.local.casesCounted, excluded: preview.local.casesExcludedByConsent })}</p>
        <QualitySection quality={preview.local.quality} catalogue={catalogue} />
      </div>

      <h3>{t('statsUi.preview.tablesHeading', { count: document.tables.length })}</h3>
      {absent.length > 0 ? (
        <div className="notice stats-absent">
          <p>{t('statsUi.preview.absentIntro', { count: absent.length })}</p>
          <ul>
            {absent.map((table) => (
              <li key={table.id}>
                {tableNumber(table.id)} {language === 'de' ? table.title : table.titleEn}:{' '}
                {t(table.yearlyOnly && document.period.quarter !== null ? 'statsUi.preview.absentYearly' : 'statsUi.preview.absentOther')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {withheld.size > 0 ? (
        <div className="notice stats-withheld">
          <p>{t('statsUi.preview.withheldIntro', { count: withheld.size })}</p>
          <ul>
            {[...withheld.values()].map((entry) => {
              const table = catalogued(entry.tableId);
              return (
                <li key={entry.tableId}>
                  {tableNumber(table.id)} {language === 'de' ? table.title : table.titleEn}:{' '}
                  {t(`statsUi.withheld.${entry.reason}`, { period: entry.period ? periodOf(entry.period) : '', changed: entry.changed })}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {document.tables.map((table) => (
        <StatsTable key={table.id} table={table} />
      ))}
      <GapView document={document} />

      <CsvLayoutChoice value={csvLayout} onChange={onCsvLayout} />
      <div className="actions actions-start">
        <button type="button" className="button button-primary" onClick={onContinue}>
          {t('statsUi.preview.continue')}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t('statsUi.preview.back')}
        </button>
      </div>
    </section>
  );
}
