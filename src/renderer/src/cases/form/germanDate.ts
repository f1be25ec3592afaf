import { z } from 'zod';
import { isIsoDate, toIsoDate, type IsoDate } from '@shared/kernel/dates';

/**
 * Dates as German case workers type them (TT.MM.JJJJ, also 1.2.2003) and the ISO form the core
 * stores. Only whole calendar days: no time zones, no `Date` (see shared/kernel/dates.ts).
 */
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** The ISO date for a typed German date, or null when it is not a real day. ISO input is accepted too. */
export function parseGermanDate(text: string): IsoDate | null {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const match = GERMAN_DATE.exec(trimmed);
  if (!match) return null;
  try {
    return toIsoDate({ year: Number(match[3]), month: Number(match[2]), day: Number(match[1]) });
  } catch {
    return null;
  }
}

/** `2026-11-21` → `21.11.2026`; empty for null. */
export function formatGermanDate(date: IsoDate | null | undefined): string {
  if (!date || !isIsoDate(date)) return '';
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

/** A date as the UI language writes it (German TT.MM.JJJJ; English keeps the same day-first form). */
export function displayDate(date: IsoDate | null | undefined): string {
  return formatGermanDate(date);
}

/** An optional date field: empty → null, else a real day or the message `validation.date`. */
export const optionalGermanDate = z.string().transform((text, context): IsoDate | null => {
  if (text.trim() === '') return null;
  const iso = parseGermanDate(text);
  if (iso) return iso;
  context.addIssue({ code: 'custom', message: 'validation.date', input: text });
  return z.NEVER;
});

/** A required date field: empty → `validation.required`, else a real day or `validation.date`. */
export const requiredGermanDate = z.string().transform((text, context): IsoDate => {
  if (text.trim() === '') {
    context.addIssue({ code: 'custom', message: 'validation.required', input: text });
    return z.NEVER;
  }
  const iso = parseGermanDate(text);
  if (iso) return iso;
  context.addIssue({ code: 'custom', message: 'validation.date', input: text });
  return z.NEVER;
});
