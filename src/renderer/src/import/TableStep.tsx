import { useI18n } from '../kernel/i18n';
import { PickField } from '../ui/forms';
import { ImportTable } from './ImportTable';
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
        <PickField
          label={t('importUi.table.sheet')}
          value={preview.sheet}
          disabled={wizard.isBusy}
          options={file.sheets.map((sheet) => ({
            value: sheet.index,
            label: t('importUi.table.sheetOption', { name: sheet.name, rows: sheet.rows }),
          }))}
          onChange={(value) => void wizard.choosePreview(Number(value), null)}
        />
      ) : null}
      <PickField
        label={t('importUi.table.headerRow')}
        hint={preview.headerFound ? t('importUi.table.headerFound', { number: preview.headerRow + 1 }) : t('importUi.table.headerNotFound')}
        value={preview.headerRow}
        disabled={wizard.isBusy}
        options={preview.rows.map((row) => ({
          value: row.index,
          label: t('importUi.table.headerRowOption', { number: row.number, text: rowText(row.cells) }),
        }))}
        onChange={(value) => void wizard.choosePreview(preview.sheet, Number(value))}
      />
      <ImportTable
        caption={t('importUi.table.preview')}
        scroll="region"
        columns={[{ label: t('importUi.table.rowNumber') }, ...preview.columns.map((column) => ({ label: column.letter }))]}
      >
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
      </ImportTable>
      <p>{t('importUi.table.dataRows', { count: preview.dataRows })}</p>
      <StepActions isBusy={wizard.isBusy} onBack={() => wizard.goTo('file')} onNext={() => wizard.goTo('columns')} onCancel={onCancel} />
    </div>
  );
}
