import { isMessageKey } from '@shared/i18n';
import type { Cell, ExportTable } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';
import { formatNumber } from '../ui/dates';

/** "T02_genderAge" → "T02": the short number the files and the PDF use too. */
export function tableNumber(id: string): string {
  return id.split('_')[0] ?? id;
}

function ValueCell({ value, isMargin }: { value: Cell; isMargin?: boolean }) {
  const { t, language } = useI18n();
  const className = ['stats-cell', isMargin ? 'stats-margin' : null, value === null ? 'stats-suppressed' : null].filter(Boolean).join(' ');
  return (
    <td className={className}>
      {value === null ? (
        <>
          <span aria-hidden="true">.</span>
          <span className="visually-hidden">{t('statsUi.table.suppressedCell')}</span>
        </>
      ) : (
        formatNumber(value, language)
      )}
    </td>
  );
}

const UNIT_TEXT = {
  persons: 'statsUi.table.unitPersons',
  notes: 'statsUi.table.unitNotes',
  partners: 'statsUi.table.unitPartners',
} as const;

/**
 * One table exactly as it is written: the same rows, columns, margins and "." as the JSON, the CSV
 * and the PDF. A real HTML table with caption and row/column headers, so screen readers announce
 * every number with its row and column.
 */
export function StatsTable({ table }: { table: ExportTable }) {
  const { t, language, translateMessage } = useI18n();
  const label = (entry: { label: string; labelEn: string }) => (language === 'de' ? entry.label : entry.labelEn);
  const isSingleColumn = table.columns.length === 1;
  const dimensionKey = `statsUi.dimension.${table.rowDimension}`;
  const rowHeader = isMessageKey(dimensionKey) ? t(dimensionKey) : t('statsUi.table.category');
  return (
    <div className="stats-table-block">
      <div
        className="stats-table-scroll"
        role="region"
        tabIndex={0}
        aria-label={t('statsUi.table.scrollLabel', { number: tableNumber(table.id) })}
      >
        <table className="stats-table">
          <caption>
            <span className="stats-table-number">{tableNumber(table.id)}</span> {language === 'de' ? table.title : table.titleEn}
            <span className="stats-table-meta">
              {t(UNIT_TEXT[table.unit])}
              {' · '}
              {t(table.additive ? 'statsUi.table.additive' : 'statsUi.table.notAdditive')}
              {table.completeness ? (
                <>
                  {' · '}
                  {t('statsUi.table.completeness', { band: translateMessage(`stats.band.${table.completeness.band}`) })}
                </>
              ) : null}
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {table.columns.map((column) => (
                <th scope="col" key={column.code}>
                  {label(column)}
                </th>
              ))}
              {isSingleColumn ? null : <th scope="col">{t('statsUi.table.total')}</th>}
              {table.measure ? <th scope="col">{label(table.measure)}</th> : null}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length + (isSingleColumn ? 1 : 2) + (table.measure ? 1 : 0)}>{t('statsUi.table.noRows')}</td>
              </tr>
            ) : (
              table.rows.map((row) => (
                <tr key={row.code}>
                  <th scope="row">
                    {label(row)}
                    {/* Catalogue 2026.2 says the merge in the label itself; older files get it said here. */}
                    {row.merged.length > 0 && !/zusammengefasst: \d/.test(row.label) ? (
                      <span className="stats-merged">{t('statsUi.table.merged', { count: row.merged.length })}</span>
                    ) : null}
                  </th>
                  {isSingleColumn ? (
                    <ValueCell value={row.total} />
                  ) : (
                    <>
                      {row.values.map((value, index) => (
                        <ValueCell key={table.columns[index]?.code ?? index} value={value} />
                      ))}
                      <ValueCell value={row.total} isMargin />
                    </>
                  )}
                  {table.measure ? <ValueCell value={row.measure ?? null} /> : null}
                </tr>
              ))
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('statsUi.table.total')}</th>
              {isSingleColumn
                ? null
                : table.columnTotals.map((value, index) => <ValueCell key={table.columns[index]?.code ?? index} value={value} isMargin />)}
              <ValueCell value={table.grandTotal} isMargin />
              {table.measure ? <td className="stats-cell" /> : null}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
