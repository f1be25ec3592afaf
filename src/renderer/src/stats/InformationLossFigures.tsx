import type { InformationLoss, StatsMethod } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';
import { FactList } from '../ui/FactList';
import { formatNumber } from '../ui/dates';

/** How much the protection costs: cells changed or suppressed, mean and largest deviation. */
export function InformationLossFigures({ loss, method }: { loss: InformationLoss; method: StatsMethod }) {
  const { t, language } = useI18n();
  const share = (count: number) => (loss.cells === 0 ? 0 : Math.round((count / loss.cells) * 1000) / 10);
  return (
    <FactList
      className="stats-figures"
      facts={[
        [t('statsUi.loss.cells'), formatNumber(loss.cells, language)],
        method === 'ckm'
          ? [t('statsUi.loss.changed'), t('statsUi.loss.countShare', { count: loss.changed, share: share(loss.changed) })]
          : [t('statsUi.loss.suppressed'), t('statsUi.loss.countShare', { count: loss.suppressed, share: share(loss.suppressed) })],
        [t('statsUi.loss.meanDeviation'), formatNumber(loss.meanAbsoluteDeviation, language)],
        method === 'ckm' ? [t('statsUi.loss.maxDeviation'), formatNumber(loss.maxDeviation, language)] : null,
      ]}
    />
  );
}
