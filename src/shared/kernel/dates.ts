/**
 * Calendar dates as ISO strings `YYYY-MM-DD`, years 0001–9999. Deadlines, birthdays and document
 * validity are whole days in German law, so there are no times and no time zones here: arithmetic
 * runs on day numbers (days since 1970-01-01 in the proleptic Gregorian calendar), never on `Date`.
 * The only bridge to the clock is `todayIn`, which reads the local calendar date of a `Date`.
 *
 * Every function taking an `IsoDate` throws a `RangeError` for a string that is not a real date;
 * untrusted input goes through `isoDateSchema` first.
 */
import { z } from 'zod';
import type { Language } from './language';

/** A string that passed `isIsoDate`. A plain alias so zod rows and literals need no casts. */
export type IsoDate = string;

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidCalendarDate({ year, month, day }: CalendarDate): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function splitIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidCalendarDate(date) ? date : null;
}

/** True for `YYYY-MM-DD` strings naming a real day (2024-02-29 yes, 2025-02-29 no). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && splitIsoDate(value) !== null;
}

export const isoDateSchema = z.string({ message: 'validation.date' }).refine(isIsoDate, 'validation.date');

export function parseIsoDate(date: IsoDate): CalendarDate {
  const parsed = splitIsoDate(date);
  if (!parsed) throw new RangeError(`Not an ISO calendar date: ${JSON.stringify(date)}`);
  return parsed;
}

export function toIsoDate({ year, month, day }: CalendarDate): IsoDate {
  if (!isValidCalendarDate({ year, month, day })) {
    throw new RangeError(`Not a calendar date in years ${MIN_YEAR}–${MAX_YEAR}: ${year}-${month}-${day}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Days-from-civil and its inverse (H. Hinnant), with March as the first month of a computational
// year so the leap day falls at the end and needs no special case.
function toDayNumber({ year, month, day }: CalendarDate): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(dayNumber: number): CalendarDate {
  const shifted = dayNumber + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function requireInteger(value: number, name: string): void {
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be an integer, got ${value}`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  requireInteger(days, 'days');
  return toIsoDate(fromDayNumber(toDayNumber(parseIsoDate(date)) + days));
}

/**
 * Calendar months, clamped to the end of the target month (2026-08-31 − 7 months = 2026-01-31,
 * 2027-09-30 − 7 months = 2027-02-28), as § 188 Abs. 3 BGB does for periods ending in a short month.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  requireInteger(months, 'months');
  const { year, month, day } = parseIsoDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return toIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

export function compareDates(left: IsoDate, right: IsoDate): -1 | 0 | 1 {
  const difference = daysBetween(right, left);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/** Signed number of days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(parseIsoDate(to)) - toDayNumber(parseIsoDate(from));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // Day 0 (1970-01-01) was a Thursday.
  const dayNumber = toDayNumber(parseIsoDate(date));
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** The Sunday that ends the ISO week (Monday–Sunday) containing `date`. */
export function endOfIsoWeek(date: IsoDate): IsoDate {
  return addDays(date, 7 - isoWeekday(date));
}

/**
 * Completed years on `date` under §§ 187 Abs. 2, 188 Abs. 2 BGB: a year of life ends with the day
 * before the birthday, so the person is one year older on the birthday itself. Someone born on
 * 29 February has no such day in a common year; the year then ends with 28 February (§ 188 Abs. 3)
 * and they are older from 1 March. Comparing (month, day) with (2, 29) yields exactly that, so no
 * special case is needed. Negative before the date of birth (consistent with `birthdayOf`).
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  return agesOn(date)(birthDate);
}

/** `ageOn` for many birth dates on one day (the case list): `date` is parsed once. */
export function agesOn(date: IsoDate): (birthDate: IsoDate) => number {
  const on = parseIsoDate(date);
  return (birthDate) => {
    const birth = parseIsoDate(birthDate);
    const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
    return on.year - birth.year - (beforeBirthday ? 1 : 0);
  };
}

/** The first day on which the person is `age` years old (29 February → 1 March in common years). */
export function birthdayOf(birthDate: IsoDate, age: number): IsoDate {
  requireInteger(age, 'age');
  const birth = parseIsoDate(birthDate);
  const year = birth.year + age;
  if (birth.month === 2 && birth.day === 29 && !isLeapYear(year)) return toIsoDate({ year, month: 3, day: 1 });
  return toIsoDate({ year, month: birth.month, day: birth.day });
}

/**
 * An ISO calendar date as people write it: 26.11.2026 in German, 26/11/2026 in English — the form
 * of the screens and of the documents the core writes (the Auskunft).
 */
export function formatIsoDate(date: IsoDate, language: Language): string {
  // A valid ISO date is zero-padded already; its parts are written as they stand.
  const [year, month, day] = date.split('-');
  return language === 'de' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}

/** The local calendar date of a JS `Date` (the workstation's day, which is what the counsellor sees). */
export function todayIn(date: Date): IsoDate {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
  return toIsoDate({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/**
 * The local day and time for a file or folder name, 2026-11-21-1000: what the person at the desk
 * read on the clock when it was made (a UTC stamp would say 0900, or yesterday after midnight).
 */
export function localStamp(date: Date): string {
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return `${todayIn(date)}-${twoDigits(date.getHours())}${twoDigits(date.getMinutes())}`;
}

/**
 * The refinement of an input with two dates: the one at `later` is not before the one at `earlier`
 * where both are given, else `message` stands at `later`. Use as
 * `schema.refine(...datesInOrder('agreedOn', 'targetDate', 'validation.targetBeforeAgreed'))`.
 */
export function datesInOrder<Earlier extends string, Later extends string>(
  earlier: Earlier,
  later: Later,
  message: string,
): [(input: Readonly<Record<Earlier | Later, string | null>>) => boolean, { message: string; path: string[] }] {
  const inOrder = (input: Readonly<Record<Earlier | Later, string | null>>) => {
    const from = input[earlier];
    const to = input[later];
    return !from || !to || to >= from;
  };
  return [inOrder, { message, path: [later] }];
}
