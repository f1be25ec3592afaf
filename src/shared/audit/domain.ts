import { ACCESS_REASONS } from '../cases';
import { z } from 'zod';
import { isoDateSchema } from '../kernel/dates';
import { ROLES } from '../kernel/roles';

// ----- the log view -----------------------------------------------------------------------------

export const auditFilterSchema = z.strictObject({
  userId: z.string().min(1).max(64).optional(),
  caseCode: z.string().trim().min(1).max(40).optional(),
  action: z.string().min(1).max(80).optional(),
  /** Only the entries about this item within the case (a document id); the view sets it with the case code. */
  item: z.string().min(1).max(80).optional(),
  /** Inclusive calendar days (local dates of the workstation). */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  breakGlassOnly: z.boolean().optional(),
  /**
   * Entries up to this number only: the moment a view shows. The log grows while it is read (reading
   * it is logged too), so every figure says up to which entry it counts, and a table, a check and an
   * export of the same moment agree.
   */
  upToSeq: z.number().int().min(0).optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  role: z.enum(ROLES).nullable(),
  action: z.string(),
  /** A case code, an account id (account actions) or nothing. */
  object: z.string().nullable(),
  /** What within the case the entry is about (a document id, never a file name); null for most entries. */
  item: z.string().nullable(),
  /** Break-the-glass reason: its kind and, for `other`, the text. */
  reasonKind: z.enum(ACCESS_REASONS).nullable(),
  reasonText: z.string().nullable(),
  breakGlass: z.boolean(),
  detailsHash: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const AUDIT_PAGE_MAX = 500;

export const auditPageSchema = z.object({
  /** Entries matching the filter up to `upToSeq` (for the virtualised table's height). */
  total: z.number().int(),
  offset: z.number().int(),
  /** Newest first by time, then by number. */
  entries: z.array(auditEntrySchema),
  /** The last entry number this view counts (the filter's, else the newest at `asOf`); null for an empty log. */
  upToSeq: z.number().int().nullable(),
  /** When the core answered (ISO time). */
  asOf: z.string(),
  /** Entries matching the filter that came after `upToSeq`. */
  newer: z.number().int(),
});

export const auditFacetsSchema = z.object({
  actions: z.array(z.string()),
  users: z.array(z.object({ userId: z.string(), name: z.string(), role: z.enum(ROLES) })),
});

// ----- verification -----------------------------------------------------------------------------

/**
 * What verification found, position by position (`seq` numbers as shown in the log view):
 * - changed: entries fromSeq..toSeq no longer match their MAC
 * - removed: entries fromSeq..toSeq are missing from the middle
 * - reordered: the entry now at fromSeq belongs at otherSeq
 * - truncated: entries fromSeq..toSeq were cut off the end (the stored chain state still counts them)
 * - keyReplaced: the stored current chain key is not the one the chain leads to
 * - legacyChanged: entries before the chain began (vaults from before schema 3) were changed
 * - baseInvalid: the signed retention checkpoint (where archived entries were removed) does not hold
 * - rolledBack: the vault is older than a saved checkpoint (entries up to toSeq are missing or differ)
 */
export const FINDING_KINDS = [
  'changed',
  'removed',
  'reordered',
  'truncated',
  'keyReplaced',
  'legacyChanged',
  'baseInvalid',
  'rolledBack',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const findingSchema = z.object({
  kind: z.enum(FINDING_KINDS),
  fromSeq: z.number().int(),
  toSeq: z.number().int(),
  otherSeq: z.number().int().nullable(),
});
export type Finding = z.infer<typeof findingSchema>;

export const checkpointSummarySchema = z.object({
  vaultId: z.string(),
  seq: z.number().int(),
  at: z.string(),
  supervisorName: z.string(),
  /** The signing key is (or was) a supervisor key of this vault. */
  isKnownSigner: z.boolean(),
});
export type CheckpointSummary = z.infer<typeof checkpointSummarySchema>;

export const verifyReportSchema = z.object({
  intact: z.boolean(),
  /** Entries present in the vault and checked. */
  entries: z.number().int(),
  firstSeq: z.number().int().nullable(),
  lastSeq: z.number().int().nullable(),
  /** Entries removed earlier by retention behind a signed checkpoint (not a finding). */
  archivedUpTo: z.number().int().nullable(),
  findings: z.array(findingSchema),
  /** The checkpoint verified against, when one was loaded. */
  checkpoint: checkpointSummarySchema.nullable(),
  verifiedAt: z.string(),
});
export type VerifyReport = z.infer<typeof verifyReportSchema>;

/** Where a running check of the log is: entries checked of those it covers, its report, or cancelled. */
export const verifyProgressSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running'), checked: z.number().int(), total: z.number().int() }),
  z.object({ state: z.literal('done'), result: verifyReportSchema }),
  z.object({ state: z.literal('cancelled') }),
]);
export type VerifyProgress = z.infer<typeof verifyProgressSchema>;

export const savedFileSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false) }),
  z.object({ saved: z.literal(true), fileName: z.string(), sha256: z.string(), bytes: z.number().int() }),
]);

// ----- retention --------------------------------------------------------------------------------

export const AUDIT_RETENTION_MONTHS = { min: 1, max: 120, default: 12 } as const;

export const retentionStatusSchema = z.object({
  months: z.number().int(),
  /** Entries before this instant are due (ISO time). */
  cutoff: z.string(),
  dueEntries: z.number().int(),
  /** Highest seq removed so far by retention, if any. */
  archivedUpTo: z.number().int().nullable(),
});
