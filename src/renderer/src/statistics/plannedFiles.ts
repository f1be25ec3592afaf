import type { CsvLayout, ExportDocument } from '@shared/stats/schemas';

/**
 * The names of the files an export will write, for the confirm step ("Diese Dateien werden
 * geschrieben: …"). The core names them the same way (src/main/stats/statsFiles.ts, fileBaseName);
 * the E2E test compares this list with the files actually written, so a drift shows up at once.
 */
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

export type PlannedFileKind = 'json' | 'csv' | 'pdf';

export interface PlannedFile {
  name: string;
  kind: PlannedFileKind;
}

export function plannedFiles(document: ExportDocument, recipient: string, layout: CsvLayout): PlannedFile[] {
  const base = fileBaseName(document.period.code, recipient);
  const csv: PlannedFile[] =
    layout === 'sections'
      ? [{ name: `${base}.csv`, kind: 'csv' }]
      : // One CSV per table, named by the table number (csvPerTable in src/shared/stats/csv.ts).
        document.tables.map((table) => ({ name: `${base}_${table.id.split('_')[0] ?? table.id}.csv`, kind: 'csv' }));
  return [{ name: `${base}.json`, kind: 'json' }, ...csv, { name: `${base}.pdf`, kind: 'pdf' }];
}

/** The recipient part of a combined report's file names (the core uses the same word). */
export const COMBINED_FILE_RECIPIENT = 'zusammenfuehrung';
