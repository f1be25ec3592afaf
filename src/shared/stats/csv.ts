import { formatCell } from './document';
import type { ExportDocument, ExportTable } from './schemas';

/**
 * CSV for German Excel: UTF-8 with BOM, `;` as separator, CRLF, decimal comma, "." for a suppressed
 * cell. Either one file with a section per table or one file per table.
 */
const BOM = '\uFEFF';

function quote(field: string): string {
  return /[;"\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

export function germanNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
}

const line = (fields: string[]): string => `${fields.map(quote).join(';')}\r\n`;

function header(document: ExportDocument): string {
  const method = document.method === 'ckm' ? 'Cell-Key-Methode' : `Zellsperrung (k = ${germanNumber(document.k)})`;
  return (
    line(['Fallbuch-Statistik', document.period.label, `Empfänger: ${document.recipient}`, `Verfahren: ${method}`]) +
    line([`Katalog ${document.catalogueVersion}`, `Schema ${document.schemaVersion}`]) +
    line(['Hinweis', document.note])
  );
}

function tableLines(table: ExportTable): string {
  const single = table.columns.length === 1;
  let text = line([`${table.id.slice(0, 4)} ${table.title}`]);
  text += line(single ? ['', 'Anzahl'] : ['', ...table.columns.map((column) => column.label), 'Insgesamt']);
  for (const row of table.rows) {
    const merged = row.merged.length > 0 ? ` (zusammengefasst: ${row.merged.length})` : '';
    text += line([`${row.label}${merged}`, ...(single ? [formatCell(row.total)] : [...row.values.map(formatCell), formatCell(row.total)])]);
  }
  text += line([
    'Insgesamt',
    ...(single ? [formatCell(table.grandTotal)] : [...table.columnTotals.map(formatCell), formatCell(table.grandTotal)]),
  ]);
  return text;
}

export function csvSections(document: ExportDocument): string {
  return BOM + header(document) + document.tables.map((table) => `\r\n${tableLines(table)}`).join('');
}

export function csvPerTable(document: ExportDocument): { id: string; text: string }[] {
  return document.tables.map((table) => ({ id: table.id, text: `${BOM}${header(document)}\r\n${tableLines(table)}` }));
}
