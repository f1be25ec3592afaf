import { useId, useMemo } from 'react';
import type { FallbuchApi } from '@shared/contract/api';
import { useI18n } from '../kernel/i18n';
import { useCoreValue } from '../kernel/session';
import { PleaseWait } from '../ui/PleaseWait';
import { SectionTable } from '../ui/SectionTable';
import { ErrorAlert } from '../ui/Alert';
import { formatDateTime } from '../ui/dates';
import { FileWithHash } from './FileWithHash';
import { periodLabel } from './format';

function readHistory(api: FallbuchApi) {
  return api.stats.history();
}

/** Every export written from this vault: when, which period, to whom, how, and each file's SHA-256. */
export function HistoryView() {
  const { t, language, translateMessage } = useI18n();
  const { value, error } = useCoreValue(readHistory);
  const history = useMemo(() => (value ? [...value].sort((left, right) => right.at.localeCompare(left.at)) : null), [value]);
  const headingId = useId();

  return (
    // A plain block: the scrollable table is the region this heading names (one landmark, not two).
    <div>
      <h2 id={headingId}>{t('statsUi.history.heading')}</h2>
      <p className="page-intro">{t('statsUi.history.intro')}</p>
      <ErrorAlert error={error} />
      {history === null && !error ? <PleaseWait /> : null}
      {history !== null && history.length === 0 ? <p className="placeholder">{t('statsUi.history.empty')}</p> : null}
      {history !== null && history.length > 0 ? (
        // Its own name: a second landmark named like the section would be indistinguishable.
        <SectionTable
          rows={history}
          columns={[
            'statsUi.history.at',
            'statsUi.history.period',
            'statsUi.history.recipient',
            'statsUi.history.method',
            'statsUi.history.files',
          ]}
          hasActions={false}
          className="stats-table stats-history"
          scrollClassName="stats-table-scroll"
          caption={t('statsUi.history.caption', { count: history.length })}
          region={{ label: t('statsUi.history.caption', { count: history.length }) }}
          cells={(entry) => (
            <>
              <th scope="row">{formatDateTime(entry.at, language)}</th>
              <td>
                {periodLabel(entry.periodCode, language)}
                <span className="stats-merged">{t('statsUi.history.catalogue', { version: entry.catalogueVersion })}</span>
                {entry.revision > 0 ? (
                  <span className="stats-merged">{t('statsUi.history.correction', { revision: entry.revision })}</span>
                ) : null}
              </td>
              <td>{entry.recipient}</td>
              <td>{entry.method === 'combined' ? t('statsUi.history.combined') : translateMessage(`stats.method.${entry.method}`)}</td>
              <td>
                <ul className="stats-history-files">
                  {entry.files.map((file) => (
                    <li key={file.fileName}>
                      <FileWithHash file={file} />
                    </li>
                  ))}
                </ul>
              </td>
            </>
          )}
        />
      ) : null}
    </div>
  );
}
