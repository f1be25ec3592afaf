import { vocabularyDe } from '../kernel/vocabulary.de';
import { vocabularyEn } from '../kernel/vocabulary.en';
import { statsDe } from './i18n/de';
import { statsEn } from './i18n/en';
import { statsText } from './texts';
import { CATALOGUE_VERSION } from './catalogue';
import { pairsOf, type PublishedTable } from './ckm';
import { OTHER } from './dimensions';
import type { CompletenessBand, TrainingMark } from './documentSchema';
import { gapsOf } from './gaps';
import type { PeriodBounds } from './period';
import type { Cell, ExportDocument, ExportTable, InformationLoss, StatsMethod } from './schemas';

/**
 * The export document: exactly what leaves the workstation, in the same form for the preview, the
 * JSON file, the CSV, the PDF and a combined report. Serialised with a fixed key order, so the
 * same vault state always gives the same bytes.
 */
export const SCHEMA_VERSION = 2;

// The vocabulary's labels and the statistics' own texts: what the published tables are labelled with.
const deText: Readonly<Record<string, string>> = { ...vocabularyDe, ...statsDe };
const enText: Readonly<Record<string, string>> = { ...vocabularyEn, ...statsEn };

export function tableTitle(id: string): { de: string; en: string } {
  return { de: deText[`stats.table.${id}`] ?? id, en: enText[`stats.table.${id}`] ?? id };
}

export function methodNote(method: StatsMethod): { de: string; en: string } {
  const key = `stats.note.${method}`;
  return { de: deText[key] ?? key, en: enText[key] ?? key };
}

/** „Sonstige (zusammengefasst: 4 Kategorien)“: the merge said once, with how many categories it holds. */
export function mergedLabel(rowDimension: string, merged: number): { de: string; en: string } {
  const key = `stats.cat.${rowDimension === 'origin' ? 'origin.' : ''}${merged === 1 ? 'otherMergedOne' : 'otherMerged'}`;
  return { de: statsText('de', key, { count: merged }), en: statsText('en', key, { count: merged }) };
}

export interface TableCompleteness {
  band: CompletenessBand;
  items: string[];
}

export function toExportTable(published: PublishedTable, completeness: TableCompleteness | null = null): ExportTable {
  const { table } = published;
  const title = tableTitle(table.meta.id);
  const singleColumn = table.columns.length === 1;
  const measure = table.measureCode;
  return {
    id: table.meta.id,
    item: table.meta.item,
    title: title.de,
    titleEn: title.en,
    unit: table.meta.unit,
    rowDimension: table.rowDimension.id,
    columnDimension: singleColumn ? null : table.columnDimension.id,
    columns: table.columns.map((code) => ({
      code,
      label: table.columnDimension.label(code).de,
      labelEn: table.columnDimension.label(code).en,
    })),
    rows: table.rows.map((row, index) => {
      const label =
        row.code === OTHER && row.merged.length > 0
          ? mergedLabel(table.rowDimension.id, row.merged.length)
          : table.rowDimension.label(row.code);
      return {
        code: row.code,
        label: label.de,
        labelEn: label.en,
        values: published.cells[index]!,
        total: published.rowTotals[index]!,
        merged: row.merged,
        ...(measure ? { measure: row.measure ?? null } : {}),
      };
    }),
    columnTotals: published.columnTotals,
    grandTotal: published.grandTotal,
    additive: false,
    measure: measure
      ? { code: measure, label: deText[`stats.measure.${measure}`] ?? measure, labelEn: enText[`stats.measure.${measure}`] ?? measure }
      : null,
    completeness,
  };
}

export interface DocumentMeta {
  period: { year: number; quarter: number | null };
  bounds: PeriodBounds;
  recipient: string;
  method: StatsMethod;
  k: number;
  ptableChecksum: string | null;
  source: string;
  /** 0 for a first delivery, n for the n-th Korrekturlieferung. */
  revision?: number;
  withheldTables?: string[];
  completeness?: ReadonlyMap<string, TableCompleteness>;
  /** Set when the export comes from a training vault: the file says so at its top. */
  training?: TrainingMark | null;
}

export function buildDocument(meta: DocumentMeta, tables: PublishedTable[]): ExportDocument {
  const note = methodNote(meta.method);
  const exported = tables.map((published) => {
    const table = toExportTable(published, meta.completeness?.get(published.table.meta.id) ?? null);
    // Exact tables are additive where the categories partition the units; CKM tables never are.
    const exclusive = published.table.meta.rowsExclusive && published.table.meta.columnsExclusive;
    return { ...table, additive: meta.method === 'suppression' && exclusive };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    ...(meta.training ? { training: meta.training } : {}),
    catalogueVersion: CATALOGUE_VERSION,
    period: { year: meta.period.year, quarter: meta.period.quarter, code: meta.bounds.code, label: meta.bounds.labelDe },
    recipient: meta.recipient,
    method: meta.method,
    k: meta.k,
    note: note.de,
    noteEn: note.en,
    ptableChecksum: meta.ptableChecksum,
    source: meta.source,
    revision: meta.revision ?? 0,
    withheldTables: meta.withheldTables ?? [],
    tables: exported,
    gaps: gapsOf(exported),
  };
}

/** Stable bytes: the schema's key order, two-space indentation, a final newline. */
export function serialiseDocument(document: ExportDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function informationLossOf(tables: readonly PublishedTable[]): InformationLoss {
  let cells = 0;
  let changed = 0;
  let suppressed = 0;
  let deviation = 0;
  let maxDeviation = 0;
  let published = 0;
  for (const table of tables) {
    for (const { truth, value } of pairsOf(table)) {
      cells += 1;
      if (value === null) {
        suppressed += 1;
        continue;
      }
      published += 1;
      const difference = Math.abs(value - truth.n);
      if (difference > 0) changed += 1;
      deviation += difference;
      maxDeviation = Math.max(maxDeviation, difference);
    }
  }
  return {
    cells,
    changed,
    suppressed,
    meanAbsoluteDeviation: published === 0 ? 0 : Math.round((deviation / published) * 1000) / 1000,
    maxDeviation,
  };
}

/** "." for a suppressed cell, the number otherwise. */
export function formatCell(value: Cell): string {
  return value === null ? '.' : String(value);
}
