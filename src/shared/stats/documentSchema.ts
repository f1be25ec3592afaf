import { z } from 'zod';

/**
 * The export document: exactly what leaves the workstation (JSON, and the same content as CSV and
 * PDF). Schema version 2 (catalogue 2026.2) adds the Korrekturlieferung flag, withheld tables, the
 * completeness figures, a row measure (median days) and the gap view; version 1 files are still read
 * (and upgraded in memory), so exports made before stay combinable.
 */
export const cellSchema = z.number().int().min(0).nullable();
export type Cell = z.infer<typeof cellSchema>;

const labelled = { code: z.string(), label: z.string(), labelEn: z.string() };

const rowV1 = {
  ...labelled,
  values: z.array(cellSchema),
  total: cellSchema,
  /** Codes of categories merged into this row (true margin below 10, or group disclosure). */
  merged: z.array(z.string()),
};

const tableV1 = {
  id: z.string(),
  /** Item number of the DOMAIN.md catalogue (1–16). */
  item: z.number().int(),
  title: z.string(),
  titleEn: z.string(),
  rowDimension: z.string(),
  columnDimension: z.string().nullable(),
  columns: z.array(z.strictObject(labelled)).min(1),
  columnTotals: z.array(cellSchema),
  grandTotal: cellSchema,
  /** Whether rows (and columns) add up to the margins: true only for exact, partitioning tables. */
  additive: z.boolean(),
};

/** Shares of the cases a table counts that have the items it needs, in bands (never exact counts). */
export const COMPLETENESS_BANDS = ['95plus', '80to95', '67to80', 'below67'] as const;
export type CompletenessBand = (typeof COMPLETENESS_BANDS)[number];

export const exportTableSchema = z.strictObject({
  ...tableV1,
  /** Persons (most tables), structural notes (item 15) or partner organisations (item 16). */
  unit: z.enum(['persons', 'notes', 'partners']),
  rows: z.array(z.strictObject({ ...rowV1, measure: z.number().int().min(0).nullable().optional() })),
  /** A per-row value that is not a count (median days from referral to start), or null. */
  measure: z.strictObject(labelled).nullable(),
  completeness: z.strictObject({ band: z.enum(COMPLETENESS_BANDS), items: z.array(z.string()) }).nullable(),
});
export type ExportTable = z.infer<typeof exportTableSchema>;

const periodFields = z.strictObject({
  year: z.number().int(),
  quarter: z.number().int().min(1).max(4).nullable(),
  code: z.string().regex(/^\d{4}(-Q[1-4])?$/),
  label: z.string(),
});

const documentV1 = {
  catalogueVersion: z.string(),
  period: periodFields,
  recipient: z.string(),
  method: z.enum(['ckm', 'suppression']),
  k: z.number().int(),
  note: z.string(),
  noteEn: z.string(),
  /** SHA-256 of the perturbation table (CKM), so recipients can tell which ptable was used. */
  ptableChecksum: z.string().nullable(),
  /** A one-way tag of the workstation, so a coordinator can refuse the same export twice. */
  source: z.string(),
};

export const gapSchema = z.strictObject({ ...labelled, reasons: z.array(z.string()) });
export type Gap = z.infer<typeof gapSchema>;

/** Issue 10: a file from a Schulungstresor says so; real exports have no such field (older files neither). */
export const trainingMarkSchema = z.strictObject({ note: z.string(), noteEn: z.string() });
export type TrainingMark = z.infer<typeof trainingMarkSchema>;

export const exportDocumentSchema = z.strictObject({
  schemaVersion: z.literal(2),
  training: trainingMarkSchema.optional(),
  ...documentV1,
  /** 0 for the first delivery of this period to this recipient, 1, 2 … for each Korrekturlieferung. */
  revision: z.number().int().min(0),
  /** Tables of the profile left out of this file (they would single out persons changed since an earlier delivery). */
  withheldTables: z.array(z.string()),
  tables: z.array(exportTableSchema),
  /** The Bedarfs- und Angebotsanalyse's gap view, derived from the published figures (empty without item 16). */
  gaps: z.array(gapSchema),
});
export type ExportDocument = z.infer<typeof exportDocumentSchema>;

export const exportDocumentV1Schema = z.strictObject({
  schemaVersion: z.literal(1),
  ...documentV1,
  tables: z.array(z.strictObject({ ...tableV1, unit: z.enum(['persons', 'notes']), rows: z.array(z.strictObject(rowV1)) })),
});

export type ReadDocument = { ok: true; document: ExportDocument } | { ok: false; path: string };

function failure(error: z.ZodError): ReadDocument {
  const issue = error.issues[0];
  return { ok: false, path: issue ? issue.path.map(String).join('.') || '/' : '/' };
}

/** A JSON export of either schema version, as version 2; `path` names the first place that does not fit. */
export function readExportDocument(json: unknown): ReadDocument {
  const version = typeof json === 'object' && json !== null && 'schemaVersion' in json ? json.schemaVersion : undefined;
  if (version !== 1) {
    const parsed = exportDocumentSchema.safeParse(json);
    return parsed.success ? { ok: true, document: parsed.data } : failure(parsed.error);
  }
  const old = exportDocumentV1Schema.safeParse(json);
  if (!old.success) return failure(old.error);
  const { schemaVersion: _version, ...rest } = old.data;
  return {
    ok: true,
    document: {
      schemaVersion: 2,
      ...rest,
      revision: 0,
      withheldTables: [],
      tables: rest.tables.map((table) => ({ ...table, measure: null, completeness: null })),
      gaps: [],
    },
  };
}
