import { z } from 'zod';
import { periodSchema } from './period';
import { exportDocumentSchema } from './documentSchema';
import { qualityReportSchema } from './quality';

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

export {
  cellSchema,
  COMPLETENESS_BANDS,
  exportDocumentSchema,
  exportDocumentV1Schema,
  exportTableSchema,
  readExportDocument,
  type ReadDocument,
  type Cell,
  type CompletenessBand,
  type ExportDocument,
  type ExportTable,
  type Gap,
  type TrainingMark,
} from './documentSchema';

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
  /** Tables that changed for 1..9 persons since an earlier publication of an overlapping period are withheld. */
  'overlapGuard',
  /** Rows merged into „Sonstige“ as frozen for the year (or frozen by this export). */
  'frozenMerges',
  /** A re-export of a delivered period: a repeat or an explicit Korrekturlieferung. */
  'korrekturlieferung',
  /** The LP audit used the catalogue's declared relations and the earlier overlapping exports. */
  'catalogueRelations',
  /** Completeness of the items each table needs (the Datenqualität step). */
  'completeness',
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
  /** Tables of the profile left out of this export, with the reason (the file lists only their ids). */
  withheld: z.array(
    z.object({
      tableId: z.string(),
      reason: z.enum(['differencing', 'overlap', 'noStoredTables', 'audit']),
      /** The earlier period compared with (code), or empty. */
      period: z.string(),
      /** Fewest persons that changed since (a lower bound); 0 where not counted. */
      changed: z.number().int(),
    }),
  ),
  /** A first delivery of the period to this recipient, a repeat of the same tables, or a Korrekturlieferung. */
  delivery: z.object({ kind: z.enum(['first', 'repeat', 'correction']), revision: z.number().int() }),
  /** Shown only at the workstation, never exported. */
  local: z.object({ casesCounted: z.number().int(), casesExcludedByConsent: z.number().int(), quality: qualityReportSchema }),
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
  /** 0 for a first delivery, n for the n-th Korrekturlieferung. */
  revision: z.number().int(),
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
