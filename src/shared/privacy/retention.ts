import { z } from 'zod';
import { DOCUMENT_KINDS, documentKindSchema } from '../documents';

/**
 * The controller's deletion concept, per category. `null` years means "no automatic deletion" for
 * that category. The access log has its own retention (access-log issue); exported statistics are
 * files outside the vault and are never touched.
 */
export const RETENTION_CATEGORIES = ['closedCases', 'dormantCases', 'structuralNotes'] as const;
export type RetentionCategory = (typeof RETENTION_CATEGORIES)[number];
/** What a plan lists and a run deletes: the categories above, and single documents by kind and age. */
export const RETENTION_ITEM_CATEGORIES = [...RETENTION_CATEGORIES, 'documents'] as const;
export type RetentionItemCategory = (typeof RETENTION_ITEM_CATEGORIES)[number];

const years = z.number().int('validation.wholeNumber').min(1, 'validation.retentionYears').max(30, 'validation.retentionYears').nullable();

export const retentionRulesSchema = z.strictObject({
  /** Whole case (all contents) N years after the end of the year of closure (or of aftercare). */
  closedCases: years,
  /** Open cases without any contact, change or status for N years (forgotten files). */
  dormantCases: years,
  /** Anonymous structural notes N years after they were observed. */
  structuralNotes: years,
  /**
   * Documents of a kind N years after their date (or the day they were added, when they have none),
   * also in open cases: e.g. a Bescheid after 2 years while the case goes on. One rule per kind.
   */
  documents: z
    .array(z.strictObject({ kind: documentKindSchema, years: years.unwrap() }))
    .max(DOCUMENT_KINDS.length)
    .refine((rules) => new Set(rules.map((rule) => rule.kind)).size === rules.length, 'validation.invalid')
    .default([]),
});
export type RetentionRules = z.infer<typeof retentionRulesSchema>;

/** Defaults follow common municipal deletion concepts for counselling files (3 years after closure). */
export const DEFAULT_RETENTION_RULES: RetentionRules = { closedCases: 3, dormantCases: null, structuralNotes: 5, documents: [] };

export const retentionItemSchema = z.object({
  category: z.enum(RETENTION_ITEM_CATEGORIES),
  /** Case code, or `Systemhinweis <date>` style label for structural notes; never a name. */
  object: z.string(),
  /** i18n key of the reason, e.g. `retention.reason.closedCases`. */
  reason: z.string(),
  /** The date the period counts from (closure, last activity, observation). */
  referenceDate: z.string(),
  /** The first day on which the item is due for deletion. */
  dueSince: z.string(),
  /** For documents: their kind (the file name is never listed). */
  documentKind: documentKindSchema.optional(),
});
export type RetentionItem = z.infer<typeof retentionItemSchema>;

export const retentionPlanSchema = z.object({
  today: z.string(),
  rules: retentionRulesSchema,
  items: z.array(retentionItemSchema),
  /** Fingerprint of exactly this list; the run refuses if the list changed in between. */
  planId: z.string(),
});
export type RetentionPlan = z.infer<typeof retentionPlanSchema>;
