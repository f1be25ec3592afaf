import { z } from 'zod';
import { datesInOrder, isoDateSchema } from '../kernel/dates';
import { closureReasonSchema, residenceStatusSchema, whereaboutsSchema } from '../kernel/vocabulary';

/**
 * Closing and reopening a case. A reopened case keeps its closures as history; the statistics count
 * reason and whereabouts per closure. Rules that need the case (closure before intake) or today's
 * date are checked in the core.
 */
export const closureInputSchema = z
  .strictObject({
    closedOn: isoDateSchema,
    reason: closureReasonSchema,
    whereabouts: whereaboutsSchema,
    /** Residence status at closure; null takes the current status from the history. */
    statusAtClosure: residenceStatusSchema.nullable(),
    aftercareUntil: isoDateSchema.nullable(),
  })
  .refine(...datesInOrder('closedOn', 'aftercareUntil', 'validation.aftercareBeforeClosure'));
export type ClosureInput = z.infer<typeof closureInputSchema>;

export const closureSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  closedOn: z.string(),
  reason: closureReasonSchema,
  whereabouts: whereaboutsSchema,
  statusAtClosure: residenceStatusSchema.nullable(),
  aftercareUntil: z.string().nullable(),
  reopenedOn: z.string().nullable(),
  createdAt: z.string(),
});
export type Closure = z.infer<typeof closureSchema>;
