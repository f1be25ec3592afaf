import type { ExportDocument } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';
import { periodLabel } from './format';

/** Recipient, method, period and catalogue version of an export or a combined report. */
export function DocumentSummary({ document }: { document: ExportDocument }) {
  const { t, language, translateMessage } = useI18n();
  return (
    <dl className="stats-summary">
      <div>
        <dt>{t('statsUi.summary.recipient')}</dt>
        <dd>{document.recipient}</dd>
      </div>
      <div>
        <dt>{t('statsUi.summary.method')}</dt>
        <dd>
          {translateMessage(`stats.method.${document.method}`)}
          {document.method === 'suppression' ? ` (k = ${document.k})` : null}
        </dd>
      </div>
      <div>
        <dt>{t('statsUi.summary.period')}</dt>
        <dd>{periodLabel(document.period.code, language)}</dd>
      </div>
      <div>
        <dt>{t('statsUi.summary.catalogue')}</dt>
        <dd>{document.catalogueVersion}</dd>
      </div>
    </dl>
  );
}
