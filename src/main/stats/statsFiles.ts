import { accessSync, constants, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { csvPerTable, csvSections } from '@shared/stats/csv';
import { serialiseDocument } from '@shared/stats/document';
import type { CsvLayout, ExportDocument } from '@shared/stats/schemas';
import { AppError, storageErrorOf } from '../core/errors';
import { writeExportFile, type WrittenFile } from '../files/exportFile';
import { renderReport } from './pdfReport';

/** The bytes of every file of one export, by file name: JSON, CSV (one or per table) and PDF. */
export async function renderFiles(document: ExportDocument, baseName: string, layout: CsvLayout): Promise<{ name: string; content: string | Uint8Array }[]> {
  const csv =
    layout === 'sections'
      ? [{ name: `${baseName}.csv`, content: csvSections(document) }]
      : csvPerTable(document).map((file) => ({ name: `${baseName}_${file.id.split('_')[0]}.csv`, content: file.text }));
  return [{ name: `${baseName}.json`, content: serialiseDocument(document) }, ...csv, { name: `${baseName}.pdf`, content: await renderReport(document) }];
}

export function fileBaseName(periodCode: string, recipient: string): string {
  const slug = recipient
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 40);
  return `fallbuch-statistik_${periodCode}_${slug || 'export'}`;
}

function notWritable(): AppError {
  return new AppError('STORAGE_READONLY', { messageKey: 'stats.error.folderNotWritable' });
}

/** Writes all files or none: a failure removes what was already written. */
export function writeAll(folder: string, files: { name: string; content: string | Uint8Array }[]): WrittenFile[] {
  try {
    if (!statSync(folder).isDirectory()) throw notWritable();
    accessSync(folder, constants.W_OK);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw notWritable();
  }
  const written: WrittenFile[] = [];
  try {
    for (const file of files) written.push(writeExportFile(join(folder, file.name), file.content));
    return written;
  } catch (error) {
    for (const file of written) rmSync(join(folder, file.fileName), { force: true });
    const storage = storageErrorOf(error);
    if (storage?.code === 'STORAGE_FULL') throw storage;
    throw notWritable();
  }
}

export function readImportFile(path: string): Buffer {
  return readFileSync(path);
}
