import { z } from 'zod';

/**
 * The anonymised case vignette („Anonymisierter Fallverlauf“): lines built from a case's structured
 * data only, in months relative to the first contact. The core proposes each line with its texts
 * from precise to general; the counsellor keeps, generalises, edits or removes each and may add
 * lines of their own. Only the choices travel back: the core rebuilds the lines from the case and
 * applies them, so nothing precise can come in except what the counsellor typed — and that is
 * scanned for the person's names, birth date, case code, partner names and exact dates.
 */

export const VIGNETTE_LINE_KINDS = ['profile', 'event', 'own'] as const;

export const vignetteLineSchema = z.object({
  id: z.string(),
  kind: z.enum(VIGNETTE_LINE_KINDS),
  /** Texts from the most precise to the most general; the counsellor picks one. */
  levels: z.array(z.string()).min(1),
  level: z.number().int(),
  /** The counsellor's own wording, when they edited the line. */
  text: z.string().nullable(),
  removed: z.boolean(),
});
export type VignetteLine = z.infer<typeof vignetteLineSchema>;

export const vignetteChoiceSchema = z.strictObject({
  /** A proposed line's id, or `own-…` for a line the counsellor added. */
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/, 'validation.invalid'),
  level: z.number().int().min(0).max(5),
  text: z.string().trim().max(1000, 'validation.tooLong').nullable(),
  removed: z.boolean(),
});
export type VignetteChoice = z.infer<typeof vignetteChoiceSchema>;

/** What typed text may give away. */
export const VIGNETTE_FINDINGS = ['name', 'birthDate', 'caseCode', 'partnerName', 'exactDate'] as const;
export type VignetteFinding = (typeof VIGNETTE_FINDINGS)[number];

export const vignetteCheckSchema = z.object({
  warnings: z.array(z.object({ lineId: z.string(), findings: z.array(z.enum(VIGNETTE_FINDINGS)) })),
  /** Fewer than 5 cases in the vault share gender × age band × region × status path as the vignette states them. */
  isRare: z.boolean(),
  /** The line ids that carry those traits (what to generalise or remove). */
  rareBy: z.array(z.string()),
});
export type VignetteCheck = z.infer<typeof vignetteCheckSchema>;

export const vignetteDraftSchema = z.object({ lines: z.array(vignetteLineSchema), check: vignetteCheckSchema });
export type VignetteDraft = z.infer<typeof vignetteDraftSchema>;

/** Below this many matching cases, the rarity hint shows. */
export const VIGNETTE_RARITY_THRESHOLD = 5;
