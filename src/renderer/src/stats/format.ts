import { periodBounds, type Period } from '@shared/stats/period';
import type { Language } from '@shared/kernel/language';
import { isIsoDate } from '@shared/kernel/dates';
import { formatIsoDate, formatNumber } from '../ui/dates';

/**
 * Small formatting helpers of the statistics screens. Period codes come from the export files and
 * the history (`2026-Q3`, `2026`); anything else is shown as it is.
 */
export function periodFromCode(code: string): Period | null {
  const match = /^(\d{4})(?:-Q([1-4]))?$/.exec(code);
  if (!match) return null;
  const quarter = match[2] === undefined ? null : QUARTERS[match[2] as keyof typeof QUARTERS];
  return { year: Number(match[1]), quarter };
}

const QUARTERS = { '1': 1, '2': 2, '3': 3, '4': 4 } as const;

export function quarterOf(value: string): 1 | 2 | 3 | 4 {
  return value in QUARTERS ? QUARTERS[value as keyof typeof QUARTERS] : 1;
}

export function periodLabel(code: string, language: Language): string {
  const period = periodFromCode(code);
  if (!period) return code;
  const bounds = periodBounds(period);
  return language === 'de' ? bounds.labelDe : bounds.labelEn;
}

/** The last quarter that has already ended: the usual thing to report on. */
export function lastEndedQuarter(today: Date): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const current = Math.floor(today.getMonth() / 3) + 1;
  if (current === 1) return { year: today.getFullYear() - 1, quarter: 4 };
  return { year: today.getFullYear(), quarter: quarterOf(String(current - 1)) };
}

export function formatBytes(bytes: number, language: Language): string {
  if (bytes < 1024) return `${formatNumber(bytes, language)} B`;
  const kilobytes = Math.round((bytes / 1024) * 10) / 10;
  return `${formatNumber(kilobytes, language)} KB`;
}

/** An ISO date inside an error's parameters (e.g. the end of a period) as people write it. */
export function formatIsoDateParam(value: string, language: Language): string {
  return isIsoDate(value) ? formatIsoDate(value, language) : value;
}
