import { useId } from 'react';
import { useI18n } from '../kernel/i18n';
import { StepActions } from './StepActions';
import type { ImportWizard } from './useImportWizard';

function sizeText(bytes: number, language: 'de' | 'en'): string {
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}

/** Step 2: which sheet, which row holds the headers — with the first rows to see it. */
export function TableStep({ wizard, onCancel }: { wizard: ImportWizard; onCancel: () => void }) {
  const { t, language } = useI18n();
  const sheetId = useId();
  const headerId = useId();
  const { file, preview } = wizard.state;
  if (!file || !preview) return null;
  const kind =
    file.kind === 'xlsx'
      ? t('importUi.file.kind.xlsx')
      : t('importUi.file.kind.csv', {
          encoding: file.encoding === 'windows-1252' ? 'Windows-1252' : file.encoding === 'utf-16le' ? 'UTF-16' : 'UTF-8',
          delimiter: file.delimiter === '\t' ? t('importUi.file.tab') : (file.delimiter ?? ';'),
        });
  const rowText = (cells: string[]) =>
    cells
      .filter((cell) => cell.trim() !== '')
      .slice(0, 6)
      .join(' | ')
      .slice(0, 80);
  return (
    <div className="import-step">
      <h2 tabIndex={-1}>{t('importUi.table.heading')}</h2>
      <p>{t('importUi.file.opened', { kind, size: sizeText(file.bytes, language) })}</p>
      {file.sheets.length > 1 ? (
        <div className="field">
          <label className="field-label" htmlFor={sheetId}>
            {t('importUi.table.sheet')}
          </label>
          <select
            id={sheetId}
            className="field-input"
            value={preview.sheet}
            disabled={wizard.isBusy}
            onChange={(event) => void wizard.choosePreview(Number(event.target.value), null)}
          >
            {file.sheets.map((sheet) => (
              <option key={sheet.index} value={sheet.index}>
                {t('importUi.table.sheetOption', { name: sheet.name, rows: sheet.rows })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label className="field-label" htmlFor={headerId}>
          {t('importUi.table.headerRow')}
        </label>
        <p className="field-hint" id={`${headerId}-hint`}>
          {preview.headerFound ? t('importUi.table.headerFound', { number: preview.headerRow + 1 }) : t('importUi.table.headerNotFound')}
        </p>
        <select
          id={headerId}
          className="field-input"
          aria-describedby={`${headerId}-hint`}
          value={preview.headerRow}
          disabled={wizard.isBusy}
          onChange={(event) => void wizard.choosePreview(preview.sheet, Number(event.target.value))}
        >
          {preview.rows.map((row) => (
            <option key={row.index} value={row.index}>
              {t('importUi.table.headerRowOption', { number: row.number, text: rowText(row.cells) })}
            </option>
          ))}
        </select>
      </div>
      <div className="import-table-scroll" tabIndex={0} role="region" aria-label={t('importUi.table.preview')}>
        <table className="import-table">
          <caption>{t('importUi.table.preview')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('importUi.table.rowNumber')}</th>
              {preview.columns.map((column) => (
                <th key={column.index} scope="col">
                  {column.letter}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.index} className={row.index === preview.headerRow ? 'import-header-row' : undefined}>
                <th scope="row">
                  {row.number}
                  {row.index === preview.headerRow ? <span className="import-tag"> {t('importUi.table.isHeader')}</span> : null}
                </th>
                {preview.columns.map((column) => (
                  <td key={column.index}>{row.cells[column.index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t('importUi.table.dataRows', { count: preview.dataRows })}</p>
      <StepActions isBusy={wizard.isBusy} onBack={() => wizard.goTo('file')} onNext={() => wizard.goTo('columns')} onCancel={onCancel} />
    </div>
  );
}
