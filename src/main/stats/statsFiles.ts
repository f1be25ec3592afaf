import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { translate } from '@shared/i18n';
import { csvPerTable, csvSections } from '@shared/stats/csv';
import { serialiseDocument } from '@shared/stats/document';
import type { CsvLayout, ExportDocument, PlannedFile, PlannedFilesByLayout } from '@shared/stats/schemas';
import { AppError, storageErrorOf } from '../kernel/errors';
import type { WrittenFile } from '../kernel/files';
import { renderReport } from './pdfReport';
import { nodeExportFileSystem, StagedFiles, type ExportFileSystem } from './stagedFiles';

/**
 * The names of the files an export writes, per CSV layout: JSON, CSV (one, or one per table named
 * by the table number) and PDF. The preview sends these to the confirm step, and `renderFiles`
 * writes exactly these names, so the list the user confirms cannot drift from what lands on disk.
 */
export function plannedFiles(document: ExportDocument, baseName: string, layout: CsvLayout): PlannedFile[] {
  const csv: PlannedFile[] =
    layout === 'sections'
      ? [{ name: `${baseName}.csv`, kind: 'csv' }]
      : document.tables.map((table) => ({ name: `${baseName}_${table.id.split('_')[0] ?? table.id}.csv`, kind: 'csv' }));
  return [{ name: `${baseName}.json`, kind: 'json' }, ...csv, { name: `${baseName}.pdf`, kind: 'pdf' }];
}

export function plannedFilesByLayout(document: ExportDocument, baseName: string): PlannedFilesByLayout {
  return { sections: plannedFiles(document, baseName, 'sections'), perTable: plannedFiles(document, baseName, 'perTable') };
}

/** The bytes of every planned file, in the planned order. */
export async function renderFiles(
  document: ExportDocument,
  baseName: string,
  layout: CsvLayout,
): Promise<{ name: string; content: string | Uint8Array }[]> {
  const planned = plannedFiles(document, baseName, layout);
  const csv = layout === 'sections' ? [csvSections(document)] : csvPerTable(document).map((file) => file.text);
  const pdf = await renderReport(document);
  let csvIndex = 0;
  return planned.map((file) => {
    if (file.kind === 'json') return { name: file.name, content: serialiseDocument(document) };
    if (file.kind === 'pdf') return { name: file.name, content: pdf };
    const content = csv[csvIndex];
    csvIndex += 1;
    if (content === undefined) throw new Error('CSV files and planned names disagree');
    return { name: file.name, content };
  });
}

const TRANSLITERATION: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' };

/** German letters as people write them without umlauts („Bündnis“ → „buendnis“), everything else without accents. */
export function transliterate(text: string): string {
  return text
    .replace(/[äöüÄÖÜßẞ]/g, (letter) => TRANSLITERATION[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * `fallbuch-statistik_2026-Q3_buendnis`, with `_korrektur-1` for the first Korrekturlieferung; a
 * training vault's files begin with the prefix the audit export uses too (`SCHULUNG_fallbuch-…`).
 */
export function fileBaseName(periodCode: string, recipient: string, revision = 0, training = false): string {
  const slug = transliterate(recipient)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 40)
    .replace(/-+$/g, '');
  const prefix = training ? `${translate('de', 'training.fileNamePrefix')}_` : '';
  return `${prefix}fallbuch-statistik_${periodCode}_${slug || 'export'}${revision > 0 ? `_korrektur-${revision}` : ''}`;
}

function notWritable(): AppError {
  return new AppError('STORAGE_READONLY', { messageKey: 'stats.error.folderNotWritable' });
}

/** The base name of a document's files: its period and revision, marked when it comes from a training vault. */
export function documentBaseName(document: ExportDocument, recipient: string): string {
  return fileBaseName(document.period.code, recipient, document.revision, document.training !== undefined);
}

/**
 * Stages every file of an export in `folder` (see StagedFiles): afterwards `commit` puts them in
 * place, `rollback` leaves the folder as it was. Errors become the statistics' storage messages.
 */
export function stageAll(
  folder: string,
  files: readonly { name: string; content: string | Uint8Array }[],
  fs: ExportFileSystem = nodeExportFileSystem,
): StagedFiles {
  try {
    if (!statSync(folder).isDirectory()) throw notWritable();
    accessSync(folder, constants.W_OK);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw notWritable();
  }
  try {
    return StagedFiles.stage(folder, files, fs);
  } catch (error) {
    throw storageMessageOf(error);
  }
}

/** `staged.commit()` with the statistics' storage messages; the folder is unchanged on failure. */
export function commitStaged(staged: StagedFiles): void {
  try {
    staged.commit();
  } catch (error) {
    throw storageMessageOf(error);
  }
}

/** Writes all files or none, and never loses a file of the same name that was there before. */
export function writeAll(
  folder: string,
  files: readonly { name: string; content: string | Uint8Array }[],
  fs: ExportFileSystem = nodeExportFileSystem,
): WrittenFile[] {
  const staged = stageAll(folder, files, fs);
  commitStaged(staged);
  staged.finish();
  return staged.written;
}

function storageMessageOf(error: unknown): AppError {
  const storage = storageErrorOf(error);
  return storage?.code === 'STORAGE_FULL' ? storage : notWritable();
}

export function readImportFile(path: string): Buffer {
  return readFileSync(path);
}
