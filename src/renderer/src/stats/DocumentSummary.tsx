import type { ExportDocument } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';
import { FactList } from '../ui/FactList';
import { periodLabel } from './format';

/** Recipient, method, period and catalogue version of an export or a combined report. */
export function DocumentSummary({ document }: { document: ExportDocument }) {
  const { t, language, translateMessage } = useI18n();
  const method = translateMessage(`stats.method.${document.method}`);
  return (
    <FactList
      className="stats-summary"
      facts={[
        [t('statsUi.summary.recipient'), document.recipient],
        [t('statsUi.summary.method'), document.method === 'suppression' ? `${method} (k = ${document.k})` : method],
        [t('statsUi.summary.period'), periodLabel(document.period.code, language)],
        [t('statsUi.summary.catalogue'), document.catalogueVersion],
        document.revision > 0 ? [t('statsUi.summary.delivery'), t('statsUi.summary.correction', { revision: document.revision })] : null,
      ]}
    />
  );
}
