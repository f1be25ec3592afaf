import { addDays, ageOn, compareDates, formatIsoDate, isIsoDate, type IsoDate } from '@shared/kernel/dates';
import { isDateCell, type Cell } from './sheet';

/**
 * Dates as German lists hold them: `12.03.2005`, `12.3.05`, `2005-03-12`, a date cell of the
 * spreadsheet, or an Excel serial number. A two-digit year is resolved, and the result says so: a
 * birth date by the programme's age range 18–27 on the import day, any other date to the year
 * nearest the import day. Whatever stays ambiguous is an error, never a guess.
 */
export type DateKind = 'birth' | 'other';

export type DateReading =
  | { ok: true; date: IsoDate | null; note?: { messageKey: string; params: Record<string, string> } }
  | { ok: false; messageKey: string; params: Record<string, string> };

const TARGET_AGE = { min: 18, max: 27 } as const;
/** Excel day 0 is 1899-12-30 (day 60 is the 29 February 1900 Excel believes in); 1904 system: 1904-01-01. */
const EXCEL_EPOCH_1900: IsoDate = '1899-12-30';
const EXCEL_EPOCH_1904: IsoDate = '1904-01-01';
/** 1900-03-01 … 9999-12-31: below 61 the 1900 system is off by the phantom leap day. */
const SERIAL_RANGE = { min: 61, max: 2_958_465 } as const;

const GERMAN = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2}|\d{4})$/;
const GERMAN_NO_YEAR = /^(\d{1,2})\.\s?(\d{1,2})\.?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const DASHED = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
/** A German date with a time Excel appended when it saved a date-time as text. */
const GERMAN_WITH_TIME = /^(\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})\s+\d{1,2}:\d{2}(?::\d{2})?$/;
const SERIAL_TEXT = /^\d{5}(?:[.,]0+)?$/;

function fail(messageKey: string, value: string): DateReading {
  return { ok: false, messageKey, params: { value: value.slice(0, 60) } };
}

function calendarDate(year: number, month: number, day: number): IsoDate | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

export function serialToDate(serial: number, date1904: boolean): IsoDate | null {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < (date1904 ? 0 : SERIAL_RANGE.min) || whole > SERIAL_RANGE.max) return null;
  return addDays(date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900, whole);
}

function resolveTwoDigitYear(day: number, month: number, shortYear: number, kind: DateKind, today: IsoDate, raw: string): DateReading {
  const candidates = [1900 + shortYear, 2000 + shortYear]
    .map((year) => calendarDate(year, month, day))
    .filter((date): date is IsoDate => date !== null);
  if (candidates.length === 0) return fail('import.row.dateInvalid', raw);
  if (kind === 'birth') {
    const fitting = candidates.filter((date) => {
      if (compareDates(date, today) > 0) return false;
      const age = ageOn(date, today);
      return age >= TARGET_AGE.min && age <= TARGET_AGE.max;
    });
    if (fitting.length !== 1 || !fitting[0]) return fail('import.row.twoDigitYearUnresolved', raw);
    return {
      ok: true,
      date: fitting[0],
      note: { messageKey: 'import.note.twoDigitBirthYear', params: { value: raw, date: formatIsoDate(fitting[0], 'de') } },
    };
  }
  // Any other date (entry, intake, validity): the century that puts it within 50 years of today.
  const todayYear = Number(today.slice(0, 4));
  const near = candidates.filter((date) => Math.abs(Number(date.slice(0, 4)) - todayYear) <= 50);
  if (near.length !== 1 || !near[0]) return fail('import.row.twoDigitYearUnresolved', raw);
  return {
    ok: true,
    date: near[0],
    note: { messageKey: 'import.note.twoDigitYear', params: { value: raw, date: formatIsoDate(near[0], 'de') } },
  };
}

function fromParts(day: number, month: number, yearText: string, kind: DateKind, today: IsoDate, raw: string): DateReading {
  if (yearText.length === 2) return resolveTwoDigitYear(day, month, Number(yearText), kind, today, raw);
  const date = calendarDate(Number(yearText), month, day);
  return date ? { ok: true, date } : fail('import.row.dateInvalid', raw);
}

function fromSerial(serial: number, date1904: boolean, raw: string): DateReading {
  const date = serialToDate(serial, date1904);
  if (!date) return fail('import.row.serialOutOfRange', raw);
  return { ok: true, date, note: { messageKey: 'import.note.serialDate', params: { value: raw, date: formatIsoDate(date, 'de') } } };
}

/** Reads a date from one cell; an empty cell is no date (ok, null). */
export function readDate(cell: Cell, kind: DateKind, today: IsoDate, date1904 = false): DateReading {
  if (cell === null) return { ok: true, date: null };
  if (isDateCell(cell)) return { ok: true, date: cell.date };
  if (typeof cell === 'number') return fromSerial(cell, date1904, String(cell));
  if (typeof cell === 'boolean') return fail('import.row.dateInvalid', cell ? 'WAHR' : 'FALSCH');
  const raw = cell.trim();
  if (raw === '') return { ok: true, date: null };
  const text = GERMAN_WITH_TIME.exec(raw)?.[1] ?? raw;
  let match = GERMAN.exec(text);
  if (match) return fromParts(Number(match[1]), Number(match[2]), match[3] ?? '', kind, today, raw);
  match = ISO.exec(text);
  if (match) {
    const date = calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return date ? { ok: true, date } : fail('import.row.dateInvalid', raw);
  }
  if (GERMAN_NO_YEAR.test(text)) return fail('import.row.dateNoYear', raw);
  match = SLASHED.exec(text) ?? DASHED.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    // 03/04/2005 is 3 April in Germany and 4 March in the US: only a day above 12 decides it.
    if (first <= 12 && second <= 12 && first !== second) return fail('import.row.dateAmbiguous', raw);
    const [day, month] = first > 12 || first === second ? [first, second] : [second, first];
    return fromParts(day, month, match[3] ?? '', kind, today, raw);
  }
  if (SERIAL_TEXT.test(text)) return fromSerial(Number(text.replace(',', '.')), date1904, raw);
  return fail('import.row.dateInvalid', raw);
}

export type NumberReading = { ok: true; value: number | null } | { ok: false; messageKey: string; params: Record<string, string> };

const GERMAN_NUMBER = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const PLAIN_DECIMAL = /^[+-]?\d+\.\d{1,2}$/;

/**
 * A whole number as Germans write it: `9`, `9,0`, `1.234`. A point followed by one or two digits
 * ("9.5") is not a German number and not guessed.
 */
export function readWholeNumber(cell: Cell): NumberReading {
  if (cell === null) return { ok: true, value: null };
  if (typeof cell === 'number') {
    return Number.isInteger(cell)
      ? { ok: true, value: cell }
      : { ok: false, messageKey: 'import.row.notWholeNumber', params: { value: String(cell).replace('.', ',') } };
  }
  if (typeof cell !== 'string') return { ok: false, messageKey: 'import.row.notWholeNumber', params: { value: String(cell) } };
  const raw = cell.trim();
  if (raw === '') return { ok: true, value: null };
  if (!GERMAN_NUMBER.test(raw) || PLAIN_DECIMAL.test(raw))
    return { ok: false, messageKey: 'import.row.notWholeNumber', params: { value: raw.slice(0, 60) } };
  const value = Number(raw.replace(/\./g, '').replace(',', '.'));
  return Number.isInteger(value)
    ? { ok: true, value }
    : { ok: false, messageKey: 'import.row.notWholeNumber', params: { value: raw.slice(0, 60) } };
}
