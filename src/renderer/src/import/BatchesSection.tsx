import { useCallback, useState } from 'react';
import type { FallbuchApi } from '@shared/contract/api';
import type { ImportBatch } from '@shared/import/domain';
import { todayIn } from '@shared/kernel/dates';
import { useI18n } from '../kernel/i18n';
import { useCoreValue } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { StatusMessage } from '../ui/StatusMessage';
import { formatGermanDate } from '../ui/dates';
import { ImportTable } from './ImportTable';
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
  // The day on this computer's calendar: the stored time is UTC, and its first ten characters are the
  // day before between midnight and 01:00/02:00 in Germany.
  const dateOf = (batch: ImportBatch) => formatGermanDate(todayIn(new Date(batch.createdAt)));
  const list = batches.value;
  return (
    <section className="import-batches" aria-labelledby="import-batches-heading">
      <h2 id="import-batches-heading">{t('importUi.batches.heading')}</h2>
      <ErrorAlert error={batches.error} />
      {list && list.length === 0 ? <p>{t('importUi.batches.none')}</p> : null}
      {list && list.length > 0 ? (
        <ImportTable
          caption={t('importUi.batches.heading')}
          isCaptionHidden
          scroll="plain"
          columns={[
            { label: t('importUi.batches.date') },
            { label: t('importUi.batches.kind') },
            { label: t('importUi.batches.created'), isNumber: true },
            { label: t('importUi.batches.merged'), isNumber: true },
            { label: t('importUi.batches.linked'), isNumber: true },
            { label: t('importUi.batches.state') },
            { label: t('importUi.batches.actions') },
          ]}
        >
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
        </ImportTable>
      ) : null}
      <StatusMessage message={status} tone="success" />
      {undoing ? <UndoDialog batch={undoing} onClose={() => setUndoing(null)} onUndone={undone} /> : null}
    </section>
  );
}
