import { useCallback, useState } from 'react';
import type { FallbuchApi } from '@shared/contract/api';
import type { ImportBatch } from '@shared/import/domain';
import { useI18n } from '../kernel/i18n';
import { useCoreValue } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { StatusMessage } from '../ui/StatusMessage';
import { formatGermanDate } from '../ui/dates';
import { UndoDialog } from './UndoDialog';

const readBatches = (api: FallbuchApi) => api.import.batches();

/** The counsellor's earlier imports, each with its undo (while its cases are unchanged). */
export function BatchesSection() {
  const { t } = useI18n();
  const batches = useCoreValue(readBatches);
  const [undoing, setUndoing] = useState<ImportBatch | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { reload } = batches;
  const undone = useCallback(
    (text: string) => {
      setUndoing(null);
      setStatus(text);
      void reload();
    },
    [reload],
  );
  const dateOf = (batch: ImportBatch) => formatGermanDate(batch.createdAt.slice(0, 10));
  const list = batches.value;
  return (
    <section className="import-batches" aria-labelledby="import-batches-heading">
      <h2 id="import-batches-heading">{t('importUi.batches.heading')}</h2>
      <ErrorAlert error={batches.error} />
      {list && list.length === 0 ? <p>{t('importUi.batches.none')}</p> : null}
      {list && list.length > 0 ? (
        <div className="import-table-scroll">
          <table className="import-table">
            <caption className="visually-hidden">{t('importUi.batches.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('importUi.batches.date')}</th>
                <th scope="col">{t('importUi.batches.kind')}</th>
                <th scope="col" className="number">
                  {t('importUi.batches.created')}
                </th>
                <th scope="col" className="number">
                  {t('importUi.batches.merged')}
                </th>
                <th scope="col" className="number">
                  {t('importUi.batches.linked')}
                </th>
                <th scope="col">{t('importUi.batches.state')}</th>
                <th scope="col">{t('importUi.batches.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((batch) => (
                <tr key={batch.id}>
                  <th scope="row">{dateOf(batch)}</th>
                  <td>{batch.fileKind === 'xlsx' ? 'Excel' : 'CSV'}</td>
                  <td className="number">{batch.created}</td>
                  <td className="number">{batch.merged}</td>
                  <td className="number">{batch.linked}</td>
                  <td>{batch.partlyUndone ? t('importUi.batches.partlyUndone') : t('importUi.batches.active')}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      aria-label={t('importUi.batches.undoNamed', { date: dateOf(batch) })}
                      onClick={() => {
                        setStatus(null);
                        setUndoing(batch);
                      }}
                    >
                      {t('importUi.batches.undo')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <StatusMessage message={status} tone="success" />
      {undoing ? <UndoDialog batch={undoing} onClose={() => setUndoing(null)} onUndone={undone} /> : null}
    </section>
  );
}
