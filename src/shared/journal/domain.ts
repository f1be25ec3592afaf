import { z } from 'zod';
import { isoDateSchema } from '../kernel/dates';
import { contactKindSchema, fieldOfActionSchema } from '../kernel/vocabulary';

/** A time of day as the office's clock shows it, 'HH:MM' (24 hours). */
export const timeOfDaySchema = z
  .string()
  .trim()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'validation.timeOfDay');

const journalFieldsSchema = z.strictObject({
  occurredOn: isoDateSchema,
  /** Optional (issue 10): when in the day the contact took place. Left out means none. */
  occurredTime: timeOfDaySchema.nullable().optional(),
  durationMinutes: z
    .number()
    .int('validation.wholeNumber')
    .min(0, 'validation.duration')
    .max(24 * 60, 'validation.duration')
    .nullable(),
  kind: contactKindSchema,
  interpreter: z.boolean(),
  topics: z.array(fieldOfActionSchema).max(10),
  /** Agencies taking part (case conferences). */
  participants: z.array(z.string().trim().min(1).max(120, 'validation.tooLong')).max(20, 'validation.tooMany'),
  note: z.string().max(20_000, 'validation.noteTooLong'),
});

/** A case conference names the agencies taking part; other kinds may name them too. */
export const journalInputSchema = journalFieldsSchema.refine((entry) => entry.kind !== 'caseConference' || entry.participants.length > 0, {
  message: 'validation.participantsRequired',
  path: ['participants'],
});

export type JournalInput = z.infer<typeof journalInputSchema>;

export const journalEntrySchema = journalFieldsSchema.safeExtend({
  occurredTime: z.string().nullable(),
  id: z.string(),
  caseId: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type JournalEntry = z.infer<typeof journalEntrySchema>;
