import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  birthdayOf,
  compareDates,
  daysBetween,
  daysInMonth,
  endOfIsoWeek,
  isIsoDate,
  isLeapYear,
  isoDateSchema,
  isoWeekday,
  parseIsoDate,
  localStamp,
  todayIn,
} from '../../../src/shared/kernel/dates';

// The oracle is the JS Date in UTC — an implementation independent of the day-number arithmetic
// under test. Dates are generated as days since 1970-01-01 between 1990 and 2045.
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1990, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2045, 11, 31) / DAY_MS;

function oracleIso(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}
function oracleDayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

const dayNumberArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
const isoDateArb = dayNumberArb.map(oracleIso);
const yearArb = fc.integer({ min: 1990, max: 2045 });

describe('isIsoDate and isoDateSchema', () => {
  test.each(['2024-02-29', '2000-02-29', '2026-01-31', '2026-04-30', '1990-01-01', '2045-12-31', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (value) => expect(isIsoDate(value)).toBe(true),
  );

  test.each([
    '2025-02-29', // not a leap year
    '1900-02-29', // century, not a leap year
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-01',
    '26-01-01',
    ' 2026-01-01',
    '2026-01-01T00:00:00Z',
    '2026/01/01',
    '0000-01-01',
    '２０２６-01-01',
    '',
  ])('rejects %j', (value) => expect(isIsoDate(value)).toBe(false));

  test('rejects non-strings', () => {
    for (const value of [20260101, null, undefined, new Date(), {}]) expect(isIsoDate(value)).toBe(false);
  });

  test('agrees with the calendar for every year/month/day triple, including out-of-range parts', () => {
    fc.assert(
      fc.property(yearArb, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const probe = new Date(Date.UTC(year, month - 1, day));
        const real = month >= 1 && day >= 1 && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
        expect(isIsoDate(text)).toBe(real);
      }),
    );
  });

  test('the schema reports validation.date for impossible dates and non-strings', () => {
    for (const value of ['2025-02-29', 'morgen', 42]) {
      const result = isoDateSchema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('validation.date');
    }
    expect(isoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
  });
});

describe('leap years and month lengths', () => {
  test('examples', () => {
    expect([1996, 2000, 2024, 2028, 2400].map(isLeapYear)).toEqual([true, true, true, true, true]);
    expect([1900, 2023, 2025, 2100].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2026, month))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });

  test('a year has 366 days exactly when it is a leap year', () => {
    fc.assert(
      fc.property(yearArb, (year) => {
        const length = daysBetween(`${year}-01-01`, `${year + 1}-01-01`);
        expect(length).toBe(isLeapYear(year) ? 366 : 365);
        expect(isIsoDate(`${year}-02-29`)).toBe(isLeapYear(year));
      }),
    );
  });
});

describe('addDays, daysBetween, compareDates', () => {
  test('examples across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2000-03-01', -1)).toBe('2000-02-29');
    expect(addDays('1900-03-01', -1)).toBe('1900-02-28');
    expect(addDays('2026-06-30', -42)).toBe('2026-05-19');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
    expect(compareDates('2026-01-09', '2026-01-10')).toBe(-1);
    expect(compareDates('2026-01-10', '2026-01-10')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
  });

  test('addDays matches the UTC calendar and daysBetween inverts it', () => {
    fc.assert(
      fc.property(dayNumberArb, fc.integer({ min: -4000, max: 4000 }), (start, days) => {
        const date = oracleIso(start);
        const result = addDays(date, days);
        expect(result).toBe(oracleIso(start + days));
        expect(daysBetween(date, result)).toBe(days);
        expect(addDays(result, -days)).toBe(date);
      }),
    );
  });

  test('compareDates orders like the calendar', () => {
    fc.assert(
      fc.property(isoDateArb, isoDateArb, (left, right) => {
        expect(compareDates(left, right)).toBe(Math.sign(oracleDayNumber(left) - oracleDayNumber(right)));
        expect(compareDates(right, left) + compareDates(left, right)).toBe(0);
      }),
    );
  });

  test('rejects impossible dates and fractional amounts instead of guessing', () => {
    expect(() => addDays('2025-02-29', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
    expect(() => addMonths('heute', 1)).toThrow(RangeError);
    expect(() => daysBetween('2026-01-01', '2026-02-30')).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  test.each([
    ['2026-08-31', -7, '2026-01-31'],
    ['2027-09-30', -7, '2027-02-28'],
    ['2028-09-30', -7, '2028-02-29'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-03-15', 12, '2027-03-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-12-31', 0, '2026-12-31'],
  ])('%s %+d months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  test('lands in exactly the target month, on the same day or clamped to that month’s last day', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -120, max: 120 }), (date, months) => {
        const result = addMonths(date, months);
        expect(isIsoDate(result)).toBe(true);
        const from = parseIsoDate(date);
        const to = parseIsoDate(result);
        // Never crosses into the next month: the month index moves by exactly `months`.
        expect(to.year * 12 + to.month - (from.year * 12 + from.month)).toBe(months);
        const length = new Date(Date.UTC(to.year, to.month, 0)).getUTCDate();
        expect(to.day).toBe(Math.min(from.day, length));
      }),
    );
  });

  test('round-trips whenever no clamping happened', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -120, max: 120 }), (date, months) => {
        const result = addMonths(date, months);
        fc.pre(parseIsoDate(result).day === parseIsoDate(date).day);
        expect(addMonths(result, -months)).toBe(date);
      }),
    );
  });

  test('is monotone in the date', () => {
    fc.assert(
      fc.property(isoDateArb, isoDateArb, fc.integer({ min: -24, max: 24 }), (left, right, months) => {
        fc.pre(compareDates(left, right) <= 0);
        expect(compareDates(addMonths(left, months), addMonths(right, months))).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('ageOn and birthdayOf (§§ 187 Abs. 2, 188 BGB)', () => {
  test('an ordinary birthday: one year older on the birthday itself', () => {
    expect(ageOn('1999-06-15', '2026-06-14')).toBe(26);
    expect(ageOn('1999-06-15', '2026-06-15')).toBe(27);
    expect(ageOn('1999-06-15', '1999-06-15')).toBe(0);
    expect(ageOn('1999-06-15', '1999-06-14')).toBe(-1);
    expect(birthdayOf('1999-06-15', 27)).toBe('2026-06-15');
  });

  test('born on 29 February: older on 1 March in common years, on 29 February in leap years', () => {
    expect(birthdayOf('2000-02-29', 27)).toBe('2027-03-01');
    expect(ageOn('2000-02-29', '2027-02-28')).toBe(26);
    expect(ageOn('2000-02-29', '2027-03-01')).toBe(27);
    expect(birthdayOf('2000-02-29', 28)).toBe('2028-02-29');
    expect(ageOn('2000-02-29', '2028-02-28')).toBe(27);
    expect(ageOn('2000-02-29', '2028-02-29')).toBe(28);
    expect(birthdayOf('2000-02-29', 100)).toBe('2100-03-01');
  });

  test('born on 29 February: 26 the day before the 27th birthday, 27 on it, for every leap-year birth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2018 }).filter(isLeapYear), (year) => {
        const birth = `${year}-02-29`;
        const birthday = birthdayOf(birth, 27);
        // year + 27 is never a leap year when year is one.
        expect(birthday).toBe(`${year + 27}-03-01`);
        expect(addDays(birthday, -1)).toBe(`${year + 27}-02-28`);
        expect(ageOn(birth, addDays(birthday, -1))).toBe(26);
        expect(ageOn(birth, birthday)).toBe(27);
      }),
    );
  });

  test('birthdayOf(n) is the first day of age n, and ageOn counts birthdays passed', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -5, max: 60 }), (birth, age) => {
        const birthday = birthdayOf(birth, age);
        expect(ageOn(birth, birthday)).toBe(age);
        expect(ageOn(birth, addDays(birthday, -1))).toBe(age - 1);
      }),
    );
    fc.assert(
      fc.property(isoDateArb, isoDateArb, (birth, date) => {
        const age = ageOn(birth, date);
        expect(compareDates(birthdayOf(birth, age), date)).toBeLessThanOrEqual(0);
        expect(compareDates(date, birthdayOf(birth, age + 1))).toBe(-1);
      }),
    );
  });

  test('ageOn never decreases as time passes and grows by one per year', () => {
    fc.assert(
      fc.property(isoDateArb, isoDateArb, fc.integer({ min: 0, max: 400 }), (birth, date, days) => {
        expect(ageOn(birth, addDays(date, days))).toBeGreaterThanOrEqual(ageOn(birth, date));
        // From 29 February, twelve months later is 28 February: not yet the next birthday of
        // someone born on 29 February (see the example below).
        fc.pre(!date.endsWith('-02-29'));
        expect(ageOn(birth, addMonths(date, 12))).toBe(ageOn(birth, date) + 1);
      }),
    );
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
    expect(ageOn('2000-02-29', addMonths('2024-02-29', 12))).toBe(24);
  });
});

describe('ISO weeks', () => {
  test('examples', () => {
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(endOfIsoWeek('2026-03-02')).toBe('2026-03-08');
    expect(endOfIsoWeek('2026-03-08')).toBe('2026-03-08');
    expect(endOfIsoWeek('2026-12-31')).toBe('2027-01-03');
    expect(endOfIsoWeek('2024-02-26')).toBe('2024-03-03');
  });

  test('the end of the week is the Sunday 0–6 days ahead', () => {
    fc.assert(
      fc.property(dayNumberArb, (dayNumber) => {
        const date = oracleIso(dayNumber);
        const sunday = endOfIsoWeek(date);
        expect(new Date(oracleDayNumber(sunday) * DAY_MS).getUTCDay()).toBe(0);
        expect(daysBetween(date, sunday)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(date, sunday)).toBeLessThanOrEqual(6);
        expect(isoWeekday(date)).toBe(((new Date(dayNumber * DAY_MS).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});

describe('todayIn', () => {
  test('reads the local calendar date, also just before midnight', () => {
    expect(todayIn(new Date(2026, 0, 31, 23, 59, 59))).toBe('2026-01-31');
    expect(todayIn(new Date(2024, 1, 29, 0, 0, 0))).toBe('2024-02-29');
    expect(() => todayIn(new Date(Number.NaN))).toThrow(RangeError);
  });

  test('matches the local date parts at any hour', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (date, hour, minute) => {
        const { year, month, day } = parseIsoDate(date);
        // A DST gap shifts a non-existent local time by an hour within the same day (European
        // zones switch at 02:00/03:00), so the calendar date is unaffected.
        expect(todayIn(new Date(year, month - 1, day, hour, minute))).toBe(date);
      }),
    );
  });
});

describe('localStamp', () => {
  test('names a file by the office clock: after midnight in Germany it is already the next day', () => {
    // The unit suite runs in Europe/Berlin (vitest.config.ts), as the office does.
    expect(localStamp(new Date('2026-11-21T09:05:00Z'))).toBe('2026-11-21-1005');
    expect(localStamp(new Date('2026-12-05T23:40:00Z'))).toBe('2026-12-06-0040');
    expect(localStamp(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02-0000');
  });
});
