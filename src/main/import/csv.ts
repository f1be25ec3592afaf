import Papa from 'papaparse';
import { IMPORT_LIMITS } from '@shared/import/domain';
import { AppError } from '../kernel/errors';
import type { SheetTable } from './sheet';

/**
 * CSV as German Excel and LibreOffice save it: UTF-8 with or without BOM, Windows-1252 ("CSV
 * (Trennzeichen-getrennt)" of older Excel), or UTF-16 with BOM ("Unicode-Text"); `;` (German
 * Excel), `,` or tab as separator, or Excel's own `sep=;` first line; quoted cells may hold line
 * breaks. Every cell stays text: "=SUMME(…)" or "+49 …" is data here, never a formula.
 */

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le';

function refuse(messageKey: string, params?: Record<string, string | number>): AppError {
  return new AppError('FILE_REFUSED', { messageKey, ...(params ? { params } : {}) });
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the Windows code page German Excel writes ("Ä" is one byte, 0xC4).
    return { text: fromWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Bytes 0x80–0x9F of Windows-1252 (€, „, “, –, …): Node decodes the label as Latin-1, where they are control codes. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function fromWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009F]/g, (character) => WINDOWS_1252_HIGH.charAt(character.charCodeAt(0) - 0x80));
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const character of line) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && character === delimiter) count += 1;
  }
  return count;
}

/**
 * The separator: the candidate that splits the header line and most of the lines below it into as
 * many cells (German Excel's `;` wins a tie). Papa's own guess stumbles over a trailing empty line.
 */
export function guessDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 20);
  let best = ';';
  let bestScore = 0;
  for (const delimiter of [';', '\t', ',', '|']) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const score = counts.filter((count) => count === header).length * 1000 + header;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Control characters a text list never holds (NUL and friends): the file is binary, not CSV. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  let controls = 0;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if (code === 0) return true;
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) controls += 1;
  }
  return controls > Math.max(8, sample.length / 100);
}

const SEPARATOR_LINE = /^sep=(.)\r?\n/i;

export function readCsv(bytes: Uint8Array): { sheet: SheetTable; encoding: TextEncoding; delimiter: string } {
  const { text: decoded, encoding } = decodeText(bytes);
  if (looksBinary(decoded)) throw refuse('import.file.notText');
  const separatorLine = SEPARATOR_LINE.exec(decoded);
  const text = separatorLine ? decoded.slice(separatorLine[0].length) : decoded;
  const maximumRows = IMPORT_LIMITS.rows + IMPORT_LIMITS.headerSearchRows;
  const result = Papa.parse<string[]>(text, {
    delimiter: separatorLine?.[1] ?? guessDelimiter(text),
    skipEmptyLines: false,
    // One row beyond the bound is enough to know the list is too long: the rest is not parsed.
    preview: maximumRows + 1,
  });
  const broken = result.errors.find((error) => error.type === 'Quotes');
  if (broken) throw refuse('import.file.csvQuote', { row: (broken.row ?? 0) + 1 });
  const rows = result.data.filter((row): row is string[] => Array.isArray(row));
  while (rows.length > 0 && rows.at(-1)?.every((cell) => cell.trim() === '')) rows.pop();
  if (rows.length > maximumRows) throw refuse('import.file.tooManyRows', { limit: IMPORT_LIMITS.rows });
  const delimiter = result.meta.delimiter;
  return {
    sheet: { name: 'CSV', rows: rows.map((row) => row.map((cell) => (cell === '' ? null : cell))), columns: 0 },
    encoding,
    delimiter,
  };
}
