import { z } from 'zod';
import { COMPLETENESS_BANDS } from './documentSchema';
import { QUALITY_ITEMS } from './tableDefinition';

/**
 * The „Datenqualität“ step of the preview. It lives in the preview's local part: shown at the
 * workstation only, never in any exported file (case codes are pseudonyms, but they are the key to a
 * person for anyone at the office).
 */
export const QUALITY_PROBLEMS = [
  'intakeInFuture',
  'closureBeforeIntake',
  'validUntilBeforeValidFrom',
  'ageOutsideAtIntake',
  'referralStartBeforeReferral',
] as const;
export type QualityProblem = (typeof QUALITY_PROBLEMS)[number];

export const qualityCaseSchema = z.object({
  caseId: z.string(),
  code: z.string(),
  /** Share of the catalogue's items filled (null for a case not counted in the period). */
  completeness: z.number().nullable(),
  missing: z.array(z.enum(QUALITY_ITEMS)),
  problems: z.array(z.enum(QUALITY_PROBLEMS)),
});
export type QualityCase = z.infer<typeof qualityCaseSchema>;

export const qualityReportSchema = z.object({
  /** A case below this share of its items is listed for its counsellor. */
  threshold: z.number(),
  tables: z.array(
    z.object({
      id: z.string(),
      share: z.number(),
      band: z.enum(COMPLETENESS_BANDS),
      items: z.array(z.enum(QUALITY_ITEMS)),
      counted: z.number().int(),
    }),
  ),
  /** The signed-in counsellor's own cases to complete or check. */
  cases: z.array(qualityCaseSchema),
  /** Cases of other counsellors below the threshold or with a problem (counted, never named). */
  otherCases: z.number().int(),
});
export type QualityReport = z.infer<typeof qualityReportSchema>;
