import { Unzip, UnzipInflate, zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { IMPORT_LIMITS } from '@shared/import/domain';
import { AppError } from '../kernel/errors';
import type { Cell, SheetTable } from './sheet';

/**
 * Reads an .xlsx in two stages. First its XML parts are inflated here, with a bound on everything
 * they expand to, counted chunk by chunk while inflating: a zip bomb is refused after at most the
 * bound plus one small chunk, before the spreadsheet reader has seen a byte. Then the reader gets a
 * stored (uncompressed) zip built from exactly those parts, so it inflates nothing itself and reads
 * the same parts the bound was checked on. Formulas come back as the value Excel cached; nothing is
 * evaluated.
 */

/** Compressed bytes fed to the inflater at a time; deflate expands at most ~1,032:1, so one step stays small. */
const STEP_BYTES = 16 * 1024;

function refuse(messageKey: string, params?: Record<string, string | number>): AppError {
  return new AppError('FILE_REFUSED', { messageKey, ...(params ? { params } : {}) });
}

/** The parts a spreadsheet reader needs: XML and relationship files (no images, no printer settings). */
function isWantedPart(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.rels');
}

export function inflateParts(bytes: Uint8Array, limit: number = IMPORT_LIMITS.inflatedBytes): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  let failure: AppError | null = null;
  const unzip = new Unzip((file) => {
    if (failure || !isWantedPart(file.name)) return;
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = refuse('import.file.damaged');
        return;
      }
      total += chunk.length;
      if (total > limit) {
        failure = refuse('import.file.zipBomb', { limit: Math.round(limit / (1024 * 1024)) });
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) parts.set(file.name, concatenate(chunks));
    };
    try {
      file.start();
    } catch {
      failure = refuse('import.file.damaged');
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length && !failure; offset += STEP_BYTES) {
      const end = Math.min(offset + STEP_BYTES, bytes.length);
      unzip.push(bytes.subarray(offset, end), end === bytes.length);
    }
  } catch {
    failure ??= refuse('import.file.damaged');
  }
  if (failure) throw failure;
  return parts;
}

function concatenate(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

const decoder = new TextDecoder('utf-8');

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match?.[1] ?? null;
}

interface SheetPart {
  name: string;
  path: string | null;
}

/** Sheet names in workbook order with the part that holds each (via the workbook's relationships). */
function sheetParts(parts: ReadonlyMap<string, Uint8Array>): { sheets: SheetPart[]; date1904: boolean } {
  const workbook = decoder.decode(parts.get('xl/workbook.xml'));
  const relations = new Map<string, string>();
  const rels = parts.get('xl/_rels/workbook.xml.rels');
  for (const tag of rels ? (decoder.decode(rels).match(/<Relationship\b[^>]*>/g) ?? []) : []) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) relations.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets = (workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []).map((tag) => ({
    name: unescapeXml(attribute(tag, 'name') ?? ''),
    path: relations.get(attribute(tag, 'r:id') ?? '') ?? null,
  }));
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\sdate1904="(1|true)"/.test(workbook);
  return { sheets, date1904 };
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function countRows(xml: Uint8Array): number {
  let count = 0;
  // "<row" followed by a space or ">": 0x3C 0x72 0x6F 0x77.
  for (let index = xml.indexOf(0x3c); index >= 0; index = xml.indexOf(0x3c, index + 1)) {
    if (
      xml[index + 1] === 0x72 &&
      xml[index + 2] === 0x6f &&
      xml[index + 3] === 0x77 &&
      (xml[index + 4] === 0x20 || xml[index + 4] === 0x3e)
    ) {
      count += 1;
    }
  }
  return count;
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function cellPosition(reference: string): { row: number; column: number } | null {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(reference);
  if (!match?.[1] || !match[2]) return null;
  let column = 0;
  for (const letter of match[1]) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

function mergesOf(xml: Uint8Array | undefined): Merge[] {
  if (!xml) return [];
  const text = decoder.decode(xml);
  const merges: Merge[] = [];
  for (const match of text.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\sref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const start = cellPosition(match[1] ?? '');
    const end = cellPosition(match[2] ?? '');
    if (start && end) merges.push({ top: start.row, left: start.column, bottom: end.row, right: end.column });
  }
  return merges;
}

/**
 * A cell merged over several rows belongs to every row of it ("Zuständig" merged over a group of
 * people): its value is copied down the merged rows. A merge within one row (a title across the
 * table) keeps its value in the first cell only.
 */
function fillMerges(rows: Cell[][], merges: readonly Merge[]): void {
  for (const merge of merges) {
    if (merge.bottom === merge.top) continue;
    const value = rows[merge.top]?.[merge.left] ?? null;
    for (let row = merge.top + 1; row <= Math.min(merge.bottom, rows.length - 1); row += 1) {
      const target = rows[row];
      if (target) target[merge.left] = value;
    }
  }
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value.toISOString().slice(0, 10) };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

export async function readWorkbook(bytes: Uint8Array): Promise<{ sheets: SheetTable[]; date1904: boolean }> {
  const parts = inflateParts(bytes);
  if (!parts.has('xl/workbook.xml')) throw refuse('import.file.notWorkbook');
  const { sheets: layout, date1904 } = sheetParts(parts);
  for (const sheet of layout) {
    const xml = sheet.path ? parts.get(sheet.path) : undefined;
    if (xml && countRows(xml) > IMPORT_LIMITS.rows + IMPORT_LIMITS.headerSearchRows) {
      throw refuse('import.file.tooManyRows', { limit: IMPORT_LIMITS.rows });
    }
  }
  const stored = zipSync(Object.fromEntries(parts), { level: 0 });
  let read: { sheet: string; data: unknown[][] }[];
  try {
    read = await readXlsxFile(Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength), { trim: false });
  } catch {
    throw refuse('import.file.damaged');
  }
  const sheets = read.map((sheet, index): SheetTable => {
    const rows = sheet.data.map((row) => row.map(toCell));
    const part = layout.find((candidate) => candidate.name === sheet.sheet) ?? layout[index];
    fillMerges(rows, mergesOf(part?.path ? parts.get(part.path) : undefined));
    return { name: sheet.sheet, rows, columns: 0 };
  });
  return { sheets, date1904 };
}
