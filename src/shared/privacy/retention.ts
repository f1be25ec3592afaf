import { z } from 'zod';

/**
 * The controller's deletion concept, per category. `null` years means "no automatic deletion" for
 * that category. The access log has its own retention (access-log issue); exported statistics are
 * files outside the vault and are never touched.
 */
export const RETENTION_CATEGORIES = ['closedCases', 'dormantCases', 'structuralNotes'] as const;
export type RetentionCategory = (typeof RETENTION_CATEGORIES)[number];

const years = z.number().int('validation.wholeNumber').min(1, 'validation.retentionYears').max(30, 'validation.retentionYears').nullable();

export const retentionRulesSchema = z.strictObject({
  /** Whole case (all contents) N years after the end of the year of closure (or of aftercare). */
  closedCases: years,
  /** Open cases without any contact, change or status for N years (forgotten files). */
  dormantCases: years,
  /** Anonymous structural notes N years after they were observed. */
  structuralNotes: years,
});
export type RetentionRules = z.infer<typeof retentionRulesSchema>;

/** Defaults follow common municipal deletion concepts for counselling files (3 years after closure). */
export const DEFAULT_RETENTION_RULES: RetentionRules = { closedCases: 3, dormantCases: null, structuralNotes: 5 };

export const retentionItemSchema = z.object({
  category: z.enum(RETENTION_CATEGORIES),
  /** Case code, or `Systemhinweis <date>` style label for structural notes; never a name. */
  object: z.string(),
  /** i18n key of the reason, e.g. `retention.reason.closedCases`. */
  reason: z.string(),
  /** The date the period counts from (closure, last activity, observation). */
  referenceDate: z.string(),
  /** The first day on which the item is due for deletion. */
  dueSince: z.string(),
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
