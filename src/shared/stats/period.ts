import { z } from 'zod';
import { addDays, type IsoDate } from '../kernel/dates';

/**
 * A reporting period: a calendar quarter or a whole year. Dates in exported tables are never finer
 * than this (DOMAIN.md: "no dates finer than the period").
 */
export const periodSchema = z.strictObject({
  year: z.number({ message: 'validation.invalid' }).int().min(2000, 'validation.stats.year').max(2100, 'validation.stats.year'),
  /** null for a yearly report. */
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
});
export type Period = z.infer<typeof periodSchema>;

export interface PeriodBounds {
  start: IsoDate;
  end: IsoDate;
  /** Machine code, e.g. `2026-Q3` or `2026`; used in file names and the JSON. */
  code: string;
  /** German label, e.g. `3. Quartal 2026` or `Jahr 2026`. */
  labelDe: string;
  labelEn: string;
}

const pad = (value: number): string => String(value).padStart(2, '0');

export function periodBounds(period: Period): PeriodBounds {
  const { year, quarter } = period;
  if (quarter === null) {
    return { start: `${year}-01-01`, end: `${year}-12-31`, code: String(year), labelDe: `Jahr ${year}`, labelEn: `Year ${year}` };
  }
  const firstMonth = (quarter - 1) * 3 + 1;
  const start = `${year}-${pad(firstMonth)}-01`;
  const nextStart = quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(firstMonth + 3)}-01`;
  return {
    start,
    end: addDays(nextStart, -1),
    code: `${year}-Q${quarter}`,
    labelDe: `${quarter}. Quartal ${year}`,
    labelEn: `Q${quarter} ${year}`,
  };
}

export function isYearly(period: Period): boolean {
  return period.quarter === null;
}
