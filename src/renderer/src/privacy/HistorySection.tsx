import { useCallback } from 'react';
import type { FallbuchApi } from '@shared/contract/api';
import { useI18n } from '../kernel/i18n';
import { useCoreValue } from '../kernel/session';
import { PleaseWait } from '../ui/PleaseWait';
import { SectionTable } from '../ui/SectionTable';
import { ErrorAlert } from '../ui/Alert';
import { formatDateTime } from '../ui/dates';
import { fieldLabel, tableLabel, valueText } from './historyText';

/** Änderungsverlauf (Art. 16 DSGVO): who changed which field when, from what to what. Newest first. */
export function HistorySection({ caseId, version }: { caseId: string; version: number }) {
  const { t, language } = useI18n();
  // A new `version` (the case was changed) reads the history again.
  const read = useCallback((api: FallbuchApi) => api.history.list({ caseId }), [caseId, version]);
  const { value: rows, error } = useCoreValue(read);
  return (
    // A plain block: the scrollable table below is the region named by this heading (one landmark, not two).
    <div className="privacy-block">
      <h2 id="history-heading">{t('rightsUi.history.heading')}</h2>
      <p className="field-hint">{t('rightsUi.history.intro')}</p>
      <ErrorAlert error={error} />
      {rows === null && !error ? <PleaseWait /> : null}
      {rows !== null && rows.length === 0 ? <p className="notice">{t('rightsUi.history.none')}</p> : null}
      {rows !== null && rows.length > 0 ? (
        <SectionTable
          rows={rows}
          columns={[
            'rightsUi.history.at',
            'rightsUi.history.user',
            'rightsUi.history.field',
            'rightsUi.history.old',
            'rightsUi.history.new',
          ]}
          hasActions={false}
          className="data-table history-table"
          scrollClassName="table-scroll history-scroll"
          region={{ labelledBy: 'history-heading' }}
          cells={(row) => (
            <>
              <td>{formatDateTime(row.at, language)}</td>
              <td>{row.userName ?? t('rightsUi.history.system')}</td>
              <td>
                <span className="history-area">{tableLabel(t, row.table)}:</span> {fieldLabel(t, row.table, row.field)}
              </td>
              <td className="history-value">{valueText(t, row.field, row.oldValue)}</td>
              <td className="history-value">{valueText(t, row.field, row.newValue)}</td>
            </>
          )}
        />
      ) : null}
    </div>
  );
}
