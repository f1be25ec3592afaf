import { useCallback } from 'react';
import { z } from 'zod';
import type { Language } from '@shared/kernel/language';
import { formatIsoDate, isIsoDate, toIsoDate, type IsoDate } from '@shared/kernel/dates';
import { useI18n } from '../kernel/i18n';

/**
 * Every date and time the screens read or write. Calendar days are whole days as German case
 * workers type them (TT.MM.JJJJ, also 1.2.2003) and the ISO form the core stores: no time zones, no
 * `Date` (see shared/kernel/dates.ts). Only instants (log entries, backups, exports) use `Date`, in
 * the local time of the workstation.
 */
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

const LOCALE: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

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

/** `2026-11-21` → `21.11.2026`; empty for null. This is also the form a date field is edited in. */
export function formatGermanDate(date: IsoDate | null | undefined): string {
  if (!date || !isIsoDate(date)) return '';
  return formatIsoDate(date, 'de');
}

/** A date as the UI language writes it (German TT.MM.JJJJ; English keeps the same day-first form). */
export function displayDate(date: IsoDate | null | undefined): string {
  return formatGermanDate(date);
}

/** Shared with the core's documents (the Auskunft): one way of writing a day. */
export { formatIsoDate };

export function useFormatDate(): (date: IsoDate) => string {
  const { language } = useI18n();
  return useCallback((date: IsoDate) => formatIsoDate(date, language), [language]);
}

/** An instant as a date with hours and minutes: `2026-11-21T09:00:00.000Z` → `21.11.2026, 10:00`. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(LOCALE[language], { dateStyle: 'medium', timeStyle: 'short' });
}

/** A logged instant to the second, as the access log shows it ("21.11.2026 10:00:05"). */
export function formatLoggedTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString(LOCALE[language], { year: 'numeric', month: '2-digit', day: '2-digit' });
  const time = date.toLocaleTimeString(LOCALE[language], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return `${day} ${time}`;
}

export function formatNumber(value: number, language: Language): string {
  return value.toLocaleString(LOCALE[language]);
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
