import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { IMPORT_LIMITS } from '@shared/import/domain';
import { AppError } from '../kernel/errors';
import { readCsv } from './csv';
import { cellString, type ListFile, type SheetTable } from './sheet';
import { readWorkbook } from './xlsx';

/**
 * Reads a chosen list once into memory and turns it into tables, or refuses it as a whole with a
 * German reason: empty, too large, not what its name says, an encrypted or old-format workbook, a
 * zip bomb, too many rows or columns, a cell too long. Nothing is written anywhere; the bytes are
 * dropped after reading. The file name is used to compare the extension only, never kept.
 */

function refuse(messageKey: string, params?: Record<string, string | number>): AppError {
  return new AppError('FILE_REFUSED', { messageKey, ...(params ? { params } : {}) });
}

function readBytes(path: string): Buffer {
  try {
    const size = statSync(path).size;
    if (size > IMPORT_LIMITS.fileBytes) throw refuse('import.file.tooLarge', { limit: IMPORT_LIMITS.fileBytes / (1024 * 1024) });
    const bytes = readFileSync(path);
    // The file may have grown between the two calls.
    if (bytes.length > IMPORT_LIMITS.fileBytes) throw refuse('import.file.tooLarge', { limit: IMPORT_LIMITS.fileBytes / (1024 * 1024) });
    return bytes;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse('import.file.unreadable');
  }
}

/** An encrypted Office file is an OLE compound file holding an "EncryptionInfo" stream (names in UTF-16). */
function isEncryptedOffice(bytes: Uint8Array): boolean {
  return Buffer.from(bytes).includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

function hasTextBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe);
}

/** Drops empty rows at the end and empty columns at the right; checks columns and cell length. */
function tidy(sheet: SheetTable): SheetTable {
  const rows = sheet.rows.map((row) => [...row]);
  while (rows.length > 0 && rows.at(-1)?.every((cell) => cellString(cell) === '')) rows.pop();
  let columns = 0;
  rows.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      if (typeof cell === 'string' && cell.length > IMPORT_LIMITS.cellCharacters) {
        throw refuse('import.file.cellTooLong', { row: rowIndex + 1, column: columnIndex + 1, limit: IMPORT_LIMITS.cellCharacters });
      }
      if (cellString(cell) !== '') columns = Math.max(columns, columnIndex + 1);
    });
  });
  if (columns > IMPORT_LIMITS.columns) throw refuse('import.file.tooManyColumns', { limit: IMPORT_LIMITS.columns });
  for (const row of rows) row.length = columns;
  for (const row of rows) for (let index = 0; index < columns; index += 1) row[index] ??= null;
  return { name: sheet.name, rows, columns };
}

export async function readListFile(path: string): Promise<ListFile> {
  const bytes = readBytes(path);
  if (bytes.length === 0) throw refuse('import.file.empty');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const extension = extname(path).slice(1).toLowerCase();
  let detected: string | undefined;
  try {
    // A byte-order mark says text; the sniffer would take UTF-16 text for MPEG audio frames.
    detected = hasTextBom(bytes) ? undefined : (await fileTypeFromBuffer(bytes))?.ext;
  } catch {
    detected = undefined;
  }
  if (detected === 'cfb') throw refuse(isEncryptedOffice(bytes) ? 'import.file.encrypted' : 'import.file.legacyXls');
  // A zip whose parts the type sniffer gave up on (it bounds its own inflating) is still a zip: read it as a workbook.
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const isWorkbook = detected === 'xlsx' || detected === 'zip' || (detected === undefined && isZip);
  if (detected !== undefined && !isWorkbook) throw refuse('import.file.wrongType', { found: detected.toUpperCase() });
  if (extension === 'xlsx' && !isWorkbook) throw refuse('import.file.notXlsx', { found: 'Text' });
  if ((extension === 'csv' || extension === 'txt') && isWorkbook) throw refuse('import.file.notCsv');
  if (isWorkbook) {
    const { sheets, date1904 } = await readWorkbook(bytes);
    const tables = sheets.map(tidy);
    if (!tables.some((sheet) => sheet.rows.length > 0)) throw refuse('import.file.noData');
    return { kind: 'xlsx', bytes: bytes.length, sha256, encoding: null, delimiter: null, date1904, sheets: tables };
  }
  const { sheet, encoding, delimiter } = readCsv(bytes);
  const table = tidy(sheet);
  if (table.rows.length === 0) throw refuse('import.file.noData');
  return { kind: 'csv', bytes: bytes.length, sha256, encoding, delimiter, date1904: false, sheets: [table] };
}
