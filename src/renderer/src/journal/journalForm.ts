import { z } from 'zod';
import { journalInputSchema, type JournalEntry, type JournalInput } from '@shared/journal/domain';
import { contactKindSchema, fieldOfActionSchema } from '@shared/kernel/vocabulary';
import { formatGermanDate, requiredGermanDate } from '../ui/dates';

/** The quick entry as typed; field names match the shared journal input so errors land in place. */
export interface JournalFormValues {
  occurredOn: string;
  /** Optional in the shared input too (older callers leave it out); the dialog always has it. */
  occurredTime?: string;
  durationMinutes: string;
  kind: string;
  interpreter: boolean;
  topics: string[];
  participants: string;
  note: string;
}

/**
 * A time as people type it: "14:30", "14.30", "1430" or "9:05" become "14:30" / "09:05"; empty is
 * none. Anything else is left for the shared schema to refuse with its message.
 */
export function normalizeTimeOfDay(typed: string): string | null {
  const trimmed = typed.trim();
  if (trimmed === '') return null;
  const match = /^(\d{1,2})[:.]?(\d{2})(?:\s*Uhr)?$/i.exec(trimmed);
  return match ? `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}` : trimmed;
}

export const journalFormSchema = z
  .object({
    occurredOn: requiredGermanDate,
    // Optional like the shared input's field, so the pipe below accepts it; the form always sends it.
    occurredTime: z.string().transform(normalizeTimeOfDay).optional(),
    durationMinutes: z.string().transform((value, context) => {
      const trimmed = value.trim();
      if (trimmed === '') return null;
      if (!/^\d+$/.test(trimmed)) {
        context.addIssue({ code: 'custom', message: 'validation.duration', input: value });
        return z.NEVER;
      }
      return Number(trimmed);
    }),
    kind: z.string().min(1, 'validation.required').pipe(contactKindSchema),
    interpreter: z.boolean(),
    topics: z.array(z.string()).pipe(z.array(fieldOfActionSchema)),
    // One agency per line or separated by commas: "Jobcenter, Ausländerbehörde".
    participants: z.string().transform((value) =>
      value
        .split(/[,;\n]/)
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    ),
    note: z.string(),
  })
  .pipe(journalInputSchema);

export const JOURNAL_FIELDS = [
  'occurredOn',
  'occurredTime',
  'durationMinutes',
  'kind',
  'interpreter',
  'topics',
  'participants',
  'note',
] as const;

export function emptyJournalForm(today: string): JournalFormValues {
  return {
    occurredOn: formatGermanDate(today),
    occurredTime: '',
    durationMinutes: '',
    kind: 'inPerson',
    interpreter: false,
    topics: [],
    participants: '',
    note: '',
  };
}

export function journalFormValuesOf(entry: JournalEntry): JournalFormValues {
  return {
    occurredOn: formatGermanDate(entry.occurredOn),
    occurredTime: entry.occurredTime ?? '',
    durationMinutes: entry.durationMinutes === null ? '' : String(entry.durationMinutes),
    kind: entry.kind,
    interpreter: entry.interpreter,
    topics: [...entry.topics],
    participants: entry.participants.join(', '),
    note: entry.note,
  };
}

export type { JournalInput };
