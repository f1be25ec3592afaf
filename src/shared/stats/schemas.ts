import { z } from 'zod';
import { periodSchema } from './period';

/**
 * Shapes of the statistics feature shared by the contract, the core and the export files.
 * A cell is a number or `null`: `null` is a suppressed cell, printed as "." in every format.
 */
export const STATS_METHODS = ['ckm', 'suppression'] as const;
export type StatsMethod = (typeof STATS_METHODS)[number];

/** Which cases are counted (DOMAIN.md: "where the controller requires it"). */
export const CONSENT_RULES = ['excludeWithdrawn', 'requireGiven', 'countAll'] as const;
export type ConsentRule = (typeof CONSENT_RULES)[number];

export const MIN_K = 3;
export const MAX_K = 20;

export const tableIdSchema = z.string().regex(/^T\d{2}[a-z]?_[A-Za-z]+$/, 'validation.invalid');

export const profileInputSchema = z.strictObject({
  /** Absent for a new profile. Built-in profiles cannot be changed. */
  id: z.string().min(1).max(64).optional(),
  name: z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong'),
  method: z.enum(STATS_METHODS),
  k: z
    .number({ message: 'validation.stats.kMin' })
    .int('validation.stats.kMin')
    .min(MIN_K, 'validation.stats.kMin')
    .max(MAX_K, 'validation.stats.kMax'),
  tables: z.array(tableIdSchema).min(1, 'validation.stats.noTables').max(40),
});
export type ProfileInput = z.infer<typeof profileInputSchema>;

export const profileSchema = z.object({
  id: z.string(),
  name: z.string(),
  method: z.enum(STATS_METHODS),
  k: z.number().int(),
  tables: z.array(z.string()),
  builtIn: z.boolean(),
});
export type StatsProfile = z.infer<typeof profileSchema>;

export const cellSchema = z.number().int().min(0).nullable();
export type Cell = z.infer<typeof cellSchema>;

const labelled = { code: z.string(), label: z.string(), labelEn: z.string() };

export const exportRowSchema = z.strictObject({
  ...labelled,
  values: z.array(cellSchema),
  total: cellSchema,
  /** Codes of categories merged into this row (true margin below 10, or group disclosure). */
  merged: z.array(z.string()),
});

export const exportTableSchema = z.strictObject({
  id: z.string(),
  /** Item number of the DOMAIN.md catalogue (1–15). */
  item: z.number().int(),
  title: z.string(),
  titleEn: z.string(),
  /** Persons (most tables) or structural notes (item 15). */
  unit: z.enum(['persons', 'notes']),
  rowDimension: z.string(),
  columnDimension: z.string().nullable(),
  columns: z.array(z.strictObject(labelled)).min(1),
  rows: z.array(exportRowSchema),
  columnTotals: z.array(cellSchema),
  grandTotal: cellSchema,
  /** Whether rows (and columns) add up to the margins: true only for exact, partitioning tables. */
  additive: z.boolean(),
});
export type ExportTable = z.infer<typeof exportTableSchema>;

export const exportDocumentSchema = z.strictObject({
  schemaVersion: z.literal(1),
  catalogueVersion: z.string(),
  period: z.strictObject({
    year: z.number().int(),
    quarter: z.number().int().min(1).max(4).nullable(),
    code: z.string().regex(/^\d{4}(-Q[1-4])?$/),
    label: z.string(),
  }),
  recipient: z.string(),
  method: z.enum(STATS_METHODS),
  k: z.number().int(),
  note: z.string(),
  noteEn: z.string(),
  /** SHA-256 of the perturbation table (CKM), so recipients can tell which ptable was used. */
  ptableChecksum: z.string().nullable(),
  /** A one-way tag of the workstation, so a coordinator can refuse the same export twice. */
  source: z.string(),
  tables: z.array(exportTableSchema),
});
export type ExportDocument = z.infer<typeof exportDocumentSchema>;

export const CHECK_IDS = [
  'noIdentifiers',
  'datesCoarsened',
  'frozenCategories',
  'smallRowsMerged',
  'groupDisclosure',
  'ckmNoSmallValues',
  'ckmMaxDeviation',
  'ckmZerosKept',
  'ckmConsistent',
  'primarySuppression',
  'lpAudit',
  'consistentAcrossTables',
  'earlierExports',
  'earlierOtherMethod',
  'yearlyOnlyTablesLeftOut',
  'consentRule',
  /** Quarterly exports: tables that changed for 1..k−1 persons since an earlier quarter are withheld. */
  'differencingGuard',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const checkSchema = z.object({
  id: z.enum(CHECK_IDS),
  status: z.enum(['passed', 'warning']),
  /** Numbers for the message `stats.check.<id>`. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type StatsCheck = z.infer<typeof checkSchema>;

export const informationLossSchema = z.object({
  /** Published cells including margins. */
  cells: z.number().int(),
  /** CKM: cells whose value differs from the true count. */
  changed: z.number().int(),
  /** Suppression: cells shown as ".". */
  suppressed: z.number().int(),
  /** Mean absolute deviation over all non-suppressed cells (0 for suppression). */
  meanAbsoluteDeviation: z.number(),
  /** Largest absolute deviation of a published cell. */
  maxDeviation: z.number().int(),
});
export type InformationLoss = z.infer<typeof informationLossSchema>;

export const plannedFileSchema = z.object({ name: z.string(), kind: z.enum(['json', 'csv', 'pdf']) });
export type PlannedFile = z.infer<typeof plannedFileSchema>;
/** The names the export will write, for either CSV layout (named by the core, src/main/stats/statsFiles.ts). */
export const plannedFilesByLayoutSchema = z.object({ sections: z.array(plannedFileSchema), perTable: z.array(plannedFileSchema) });
export type PlannedFilesByLayout = z.infer<typeof plannedFilesByLayoutSchema>;

export const previewSchema = z.object({
  /** SHA-256 over the exact JSON that would be written; `stats:export` needs it back. */
  previewHash: z.string(),
  profile: profileSchema,
  /** Exactly the tables that will be written (also the content of the JSON file). */
  document: exportDocumentSchema,
  informationLoss: informationLossSchema,
  checks: z.array(checkSchema),
  /** The files the export writes, per CSV layout; the confirm step lists them. */
  plannedFiles: plannedFilesByLayoutSchema,
  /** Shown only at the workstation, never exported. */
  local: z.object({ casesCounted: z.number().int(), casesExcludedByConsent: z.number().int() }),
});
export type StatsPreview = z.infer<typeof previewSchema>;

export const csvLayoutSchema = z.enum(['sections', 'perTable']);
export type CsvLayout = z.infer<typeof csvLayoutSchema>;

export const writtenFileSchema = z.object({ fileName: z.string(), sha256: z.string(), bytes: z.number().int() });

export const exportResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('written'), folder: z.string(), files: z.array(writtenFileSchema) }),
]);

export const historyEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  periodCode: z.string(),
  catalogueVersion: z.string(),
  recipient: z.string(),
  method: z.enum([...STATS_METHODS, 'combined']),
  files: z.array(writtenFileSchema.pick({ fileName: true, sha256: true })),
});

export const refusedFileSchema = z.object({
  fileName: z.string(),
  reason: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const combineResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({
    status: z.literal('combined'),
    combineId: z.string(),
    sources: z.array(z.object({ fileName: z.string(), sha256: z.string() })),
    refused: z.array(refusedFileSchema),
    /** null when no file could be used (every file refused). */
    document: exportDocumentSchema.nullable(),
    /** The files `stats:combineExport` writes, per CSV layout; null with the document. */
    plannedFiles: plannedFilesByLayoutSchema.nullable(),
  }),
]);

export { periodSchema };
