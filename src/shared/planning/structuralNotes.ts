import { z } from 'zod';
import { fieldOfActionSchema, structuralNoteKindSchema } from '../kernel/vocabulary';

/**
 * Structural notes (Systemhinweise): anonymous observations per Handlungsfeld for the local
 * alliance. They have no case, no person and no day — only the month — so nothing links them back.
 */
export const isoMonthSchema = z.string({ message: 'validation.month' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');
export type IsoMonth = z.infer<typeof isoMonthSchema>;

export const structuralNoteInputSchema = z.strictObject({
  field: fieldOfActionSchema,
  kind: structuralNoteKindSchema,
  /** The month observed, `YYYY-MM`. */
  observedIn: isoMonthSchema,
  text: z.string({ message: 'validation.required' }).trim().min(1, 'validation.required').max(2000, 'validation.tooLong'),
});
export type StructuralNoteInput = z.infer<typeof structuralNoteInputSchema>;

export const structuralNoteSchema = z.object({
  id: z.string(),
  field: fieldOfActionSchema,
  kind: structuralNoteKindSchema,
  observedIn: z.string(),
  text: z.string(),
  createdAt: z.string(),
});
export type StructuralNote = z.infer<typeof structuralNoteSchema>;
