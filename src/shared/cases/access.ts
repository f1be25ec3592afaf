import { z } from 'zod';

/**
 * Access log, audit and the supervisor's accounts screen (issue 4): the shapes that cross IPC.
 * Case codes only, never names; log entries carry the hash of their details, never the details.
 */

// ----- break-the-glass --------------------------------------------------------------------------

/** Why a counsellor opens a case assigned to someone else (clinical "break the glass"). */
export const ACCESS_REASONS = ['substitution', 'caseConference', 'other'] as const;

export type AccessReasonKind = (typeof ACCESS_REASONS)[number];

export const accessReasonSchema = z
  .strictObject({
    kind: z.enum(ACCESS_REASONS, { message: 'validation.reasonRequired' }),
    /** Required for `other`, optional otherwise; stored in the log, so no names please (the UI says so). */
    text: z.string().trim().max(300, 'validation.tooLong').optional(),
  })
  .refine((reason) => reason.kind !== 'other' || (reason.text ?? '').length > 0, {
    message: 'validation.reasonTextRequired',
    path: ['text'],
  });

export type AccessReason = z.infer<typeof accessReasonSchema>;

/** Looking a colleague's case up by its code, before asking for a reason. */
export const caseLookupSchema = z.object({
  caseId: z.string(),
  code: z.string(),
  counsellorName: z.string(),
  isOwn: z.boolean(),
  /** True when opening it needs a reason (not own and not yet opened with one in this session). */
  needsReason: z.boolean(),
});
