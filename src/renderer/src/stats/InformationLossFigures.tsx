import type { InformationLoss, StatsMethod } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';
import { formatNumber } from '../ui/dates';

/** How much the protection costs: cells changed or suppressed, mean and largest deviation. */
export function InformationLossFigures({ loss, method }: { loss: InformationLoss; method: StatsMethod }) {
  const { t, language } = useI18n();
  const share = (count: number) => (loss.cells === 0 ? 0 : Math.round((count / loss.cells) * 1000) / 10);
  return (
    <dl className="stats-figures">
      <div>
        <dt>{t('statsUi.loss.cells')}</dt>
        <dd>{formatNumber(loss.cells, language)}</dd>
      </div>
      {method === 'ckm' ? (
        <>
          <div>
            <dt>{t('statsUi.loss.changed')}</dt>
            <dd>{t('statsUi.loss.countShare', { count: loss.changed, share: share(loss.changed) })}</dd>
          </div>
          <div>
            <dt>{t('statsUi.loss.meanDeviation')}</dt>
            <dd>{formatNumber(loss.meanAbsoluteDeviation, language)}</dd>
          </div>
          <div>
            <dt>{t('statsUi.loss.maxDeviation')}</dt>
            <dd>{formatNumber(loss.maxDeviation, language)}</dd>
          </div>
        </>
      ) : (
        <>
          <div>
            <dt>{t('statsUi.loss.suppressed')}</dt>
            <dd>{t('statsUi.loss.countShare', { count: loss.suppressed, share: share(loss.suppressed) })}</dd>
          </div>
          <div>
            <dt>{t('statsUi.loss.meanDeviation')}</dt>
            <dd>{formatNumber(loss.meanAbsoluteDeviation, language)}</dd>
          </div>
        </>
      )}
    </dl>
  );
}
