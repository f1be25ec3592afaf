import type { IsoDate } from '@shared/kernel/dates';

/**
 * One table read from a list, in the core's memory only. A cell is text, a number, a boolean, a
 * date the spreadsheet stored as a date (its calendar day), or empty. Formulas arrive as their
 * cached value (the reader never evaluates them); text is never interpreted as a formula.
 */
export type Cell = string | number | boolean | { date: IsoDate } | null;

export interface SheetTable {
  name: string;
  rows: Cell[][];
  /** Widest row. */
  columns: number;
}

export interface ListFile {
  kind: 'xlsx' | 'csv';
  bytes: number;
  sha256: string;
  encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | null;
  delimiter: string | null;
  /** An .xlsx saved with the 1904 date system (old Mac Excel): serial numbers count from 1904. */
  date1904: boolean;
  sheets: SheetTable[];
}

export function isDateCell(cell: Cell): cell is { date: IsoDate } {
  return typeof cell === 'object' && cell !== null;
}

/** A cell as the counsellor would read it in the preview: dates German, numbers with a decimal comma. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'WAHR' : 'FALSCH';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  const [year, month, day] = cell.date.split('-');
  return `${day}.${month}.${year}`;
}

/** Trimmed text of a cell; empty string for an empty cell. */
export function cellString(cell: Cell): string {
  return cellText(cell).trim();
}

export function isEmptyCell(cell: Cell): boolean {
  return cellString(cell) === '';
}

/** A, B, … Z, AA, AB … as spreadsheets name their columns. */
export function columnLetter(index: number): string {
  let letter = '';
  let rest = index + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letter = String.fromCharCode(65 + digit) + letter;
    rest = Math.floor((rest - 1) / 26);
  }
  return letter;
}

/**
 * A form of a header or list value for comparing: lower case, umlauts and ß spelled out, other
 * accents dropped, everything but letters and digits removed ("Geb.-Datum" → "gebdatum").
 */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The key of a list value in the value mapping: trimmed, inner spaces collapsed, lower case. */
export function valueKeyOf(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 400);
}

/**
 * The header row: the first row (within the first rows) with several texts — a title line above the
 * table has one, the header has one per column. "Several" is three, or every filled column of a
 * narrower table.
 */
export function findHeaderRow(rows: readonly Cell[][], searchRows: number): number | null {
  const limit = Math.min(rows.length, searchRows);
  let widest = 0;
  for (let index = 0; index < limit; index += 1) widest = Math.max(widest, filledCount(rows[index] ?? []));
  const needed = Math.max(2, Math.min(3, widest));
  for (let index = 0; index < limit; index += 1) {
    const row = rows[index] ?? [];
    const texts = new Set(row.filter((cell): cell is string => typeof cell === 'string' && cell.trim() !== '').map((cell) => cell.trim()));
    if (texts.size >= needed) return index;
  }
  return null;
}

function filledCount(row: readonly Cell[]): number {
  return row.filter((cell) => !isEmptyCell(cell)).length;
}
