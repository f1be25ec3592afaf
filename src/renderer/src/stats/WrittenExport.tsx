import { useId, type ReactNode } from 'react';
import { useI18n } from '../kernel/i18n';
import { DataTableHead } from '../ui/DataTableHead';
import { formatBytes } from './format';
import { StepHeading } from './StepHeading';

export interface WrittenResult {
  folder: string;
  files: readonly { fileName: string; sha256: string; bytes: number }[];
}

/** What was written, where, and the SHA-256 of every file (the same figures as in the access log). */
export function WrittenExport({ result, children }: { result: WrittenResult; children?: ReactNode }) {
  const { t, language } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <StepHeading id={headingId}>{t('statsUi.written.heading')}</StepHeading>
      <p className="status status-success stats-written-status">
        <span className="status-icon" aria-hidden="true">
          ✓
        </span>
        <span>{t('statsUi.written.done', { count: result.files.length })}</span>
      </p>
      <p>
        <span className="stats-label">{t('statsUi.written.folder')}</span> <code className="stats-path">{result.folder}</code>
      </p>
      <div className="stats-table-scroll">
        <table className="stats-table stats-files-table">
          <caption>{t('statsUi.written.caption')}</caption>
          <DataTableHead columns={['statsUi.written.file', 'statsUi.written.size', 'statsUi.written.sha256']} hasActions={false} />
          <tbody>
            {result.files.map((file) => (
              <tr key={file.fileName}>
                <th scope="row">
                  <code className="stats-file-name">{file.fileName}</code>
                </th>
                <td className="stats-cell">{formatBytes(file.bytes, language)}</td>
                <td>
                  <code className="stats-hash">{file.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-hint stats-written-hint">{t('statsUi.written.hashHint')}</p>
      {children}
    </section>
  );
}
