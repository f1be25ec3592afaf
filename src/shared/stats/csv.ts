import { statsText } from './texts';
import { tableNumber } from './catalogue';
import { formatCell, tableTitle } from './document';
import type { ExportDocument, ExportTable } from './schemas';

/**
 * CSV for German Excel: UTF-8 with BOM, `;` as separator, CRLF, decimal comma, "." for a suppressed
 * cell. Either one file with a section per table or one file per table. Titles in words with their
 * number, a merged row said once, the completeness of each table, and the analysis's gap view.
 */
const BOM = '\uFEFF';

function quote(field: string): string {
  return /[;"\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

export function germanNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
}

const line = (fields: string[]): string => `${fields.map(quote).join(';')}\r\n`;

export function completenessText(table: ExportTable): string | null {
  if (!table.completeness) return null;
  const items = table.completeness.items.map((item) => statsText('de', `stats.item.${item}`)).join(', ');
  return statsText('de', 'stats.file.completeness', { items, band: statsText('de', `stats.band.${table.completeness.band}`) });
}

export function withheldText(document: ExportDocument): string | null {
  if (document.withheldTables.length === 0) return null;
  const tables = document.withheldTables.map((id) => `${tableNumber(id)} ${tableTitle(id).de}`).join(', ');
  return statsText('de', 'stats.file.withheld', { tables });
}

function header(document: ExportDocument): string {
  const method = document.method === 'ckm' ? 'Cell-Key-Methode' : `Zellsperrung (k = ${germanNumber(document.k)})`;
  const withheld = withheldText(document);
  return (
    (document.training ? line([document.training.note]) : '') +
    line(['Fallbuch-Statistik', document.period.label, `Empfänger: ${document.recipient}`, `Verfahren: ${method}`]) +
    line([`Katalog ${document.catalogueVersion}`, `Schema ${document.schemaVersion}`]) +
    line(['Hinweis', document.note]) +
    (document.revision > 0 ? line([statsText('de', 'stats.file.correction', { revision: document.revision })]) : '') +
    (withheld ? line([withheld]) : '')
  );
}

function tableLines(table: ExportTable): string {
  const single = table.columns.length === 1;
  const measure = table.measure;
  let text = line([`${tableNumber(table.id)} ${table.title}`]);
  const completeness = completenessText(table);
  if (completeness) text += line([completeness]);
  text += line(
    single ? ['', 'Anzahl', ...(measure ? [measure.label] : [])] : ['', ...table.columns.map((column) => column.label), 'Insgesamt'],
  );
  for (const row of table.rows) {
    const values = single ? [formatCell(row.total)] : [...row.values.map(formatCell), formatCell(row.total)];
    text += line([row.label, ...values, ...(measure ? [formatCell(row.measure ?? null)] : [])]);
  }
  text += line([
    'Insgesamt',
    ...(single ? [formatCell(table.grandTotal)] : [...table.columnTotals.map(formatCell), formatCell(table.grandTotal)]),
  ]);
  return text;
}

function gapLines(document: ExportDocument): string {
  if (!document.tables.some((table) => table.id === 'T16a_needsAndReferrals')) return '';
  let text = `\r\n${line([statsText('de', 'stats.file.gaps')])}`;
  if (document.gaps.length === 0) return text + line([statsText('de', 'stats.file.noGaps')]);
  for (const gap of document.gaps)
    text += line([gap.label, gap.reasons.map((reason) => statsText('de', `stats.gap.${reason}`)).join('; ')]);
  return text;
}

export function csvSections(document: ExportDocument): string {
  return BOM + header(document) + document.tables.map((table) => `\r\n${tableLines(table)}`).join('') + gapLines(document);
}

export function csvPerTable(document: ExportDocument): { id: string; text: string }[] {
  return document.tables.map((table) => ({
    id: table.id,
    text: `${BOM}${header(document)}\r\n${tableLines(table)}${table.id === 'T16a_needsAndReferrals' ? gapLines(document) : ''}`,
  }));
}
