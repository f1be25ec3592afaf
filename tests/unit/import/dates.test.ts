import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readDate, readWholeNumber, serialToDate } from '../../../src/main/import/dates';
import { de } from '../../../src/shared/i18n/de';

const TODAY = '2026-11-21';

function date(cell: Parameters<typeof readDate>[0], kind: 'birth' | 'other' = 'other') {
  const reading = readDate(cell, kind, TODAY);
  return reading.ok ? reading.date : reading.messageKey;
}

describe('dates as German lists hold them', () => {
  test('each written form', () => {
    expect(date('12.03.2005')).toBe('2005-03-12');
    expect(date('12.3.2005')).toBe('2005-03-12');
    expect(date('1.9.2015')).toBe('2015-09-01');
    expect(date('12. 3. 2005')).toBe('2005-03-12');
    expect(date('2005-03-12')).toBe('2005-03-12');
    expect(date('2005-3-2')).toBe('2005-03-02');
    expect(date('2005-03-12T00:00:00.000Z')).toBe('2005-03-12');
    expect(date('12.03.2005 00:00')).toBe('2005-03-12');
    expect(date('  12.03.2005  ')).toBe('2005-03-12');
    expect(date({ date: '2005-03-12' })).toBe('2005-03-12');
    expect(date(null)).toBeNull();
    expect(date('')).toBeNull();
    expect(date('   ')).toBeNull();
  });

  test('Excel serial numbers (1900 and 1904 system), in cells and as text', () => {
    expect(date(38423)).toBe('2005-03-12');
    expect(date(38423.75)).toBe('2005-03-12');
    expect(date('38423')).toBe('2005-03-12');
    expect(serialToDate(61, false)).toBe('1900-03-01');
    expect(serialToDate(45658, false)).toBe('2025-01-01');
    expect(serialToDate(36961, true)).toBe('2005-03-12');
    const reading = readDate(38423, 'other', TODAY);
    expect(reading.ok && reading.note?.messageKey).toBe('import.note.serialDate');
    expect(date(12)).toBe('import.row.serialOutOfRange');
    expect(date(-5)).toBe('import.row.serialOutOfRange');
    expect(date(3_000_000)).toBe('import.row.serialOutOfRange');
  });

  test('two-digit years: a birth date by the age range 18–27, and it says so; other dates to the nearest century', () => {
    const birth = readDate('12.3.05', 'birth', TODAY);
    expect(birth).toEqual({
      ok: true,
      date: '2005-03-12',
      note: { messageKey: 'import.note.twoDigitBirthYear', params: { value: '12.3.05', date: '12.03.2005' } },
    });
    expect(date('12.03.99', 'birth')).toBe('1999-03-12');
    // 2010 would be 16, 1910 would be 116: neither in 18–27 — an error, not a guess.
    expect(date('12.03.10', 'birth')).toBe('import.row.twoDigitYearUnresolved');
    expect(date('12.03.95', 'birth')).toBe('import.row.twoDigitYearUnresolved');
    expect(date('12.3.27')).toBe('2027-03-12');
    expect(date('1.9.15')).toBe('2015-09-01');
    const other = readDate('12.3.27', 'other', TODAY);
    expect(other.ok && other.note?.messageKey).toBe('import.note.twoDigitYear');
  });

  test('ambiguous or incomplete values are errors with a German reason', () => {
    expect(date('12.03.')).toBe('import.row.dateNoYear');
    expect(date('12.3')).toBe('import.row.dateNoYear');
    expect(date('03/04/2005')).toBe('import.row.dateAmbiguous');
    expect(date('04-03-2005')).toBe('import.row.dateAmbiguous');
    expect(date('25/03/2005')).toBe('2005-03-25');
    expect(date('03/25/2005')).toBe('2005-03-25');
    expect(date('05/05/2005')).toBe('2005-05-05');
    expect(date('31.02.2005')).toBe('import.row.dateInvalid');
    expect(date('29.02.2005')).toBe('import.row.dateInvalid');
    expect(date('29.02.2004')).toBe('2004-02-29');
    expect(date('März 2005')).toBe('import.row.dateInvalid');
    expect(date('=A1')).toBe('import.row.dateInvalid');
    expect(date(true)).toBe('import.row.dateInvalid');
    for (const key of [
      'import.row.dateNoYear',
      'import.row.dateAmbiguous',
      'import.row.dateInvalid',
      'import.row.twoDigitYearUnresolved',
    ]) {
      expect(de).toHaveProperty([key]);
    }
  });

  test('property: any text is read or refused with a reason, never thrown; written German dates read back exactly', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const reading = readDate(text, 'birth', TODAY);
        expect(reading.ok || Object.hasOwn(de, reading.messageKey)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        (value) => {
          const iso = value.toISOString().slice(0, 10);
          const [year, month, day] = iso.split('-');
          expect(date(`${day}.${month}.${year}`)).toBe(iso);
          expect(date(`${Number(day)}.${Number(month)}.${year}`)).toBe(iso);
          expect(date(iso)).toBe(iso);
        },
      ),
    );
  });
});

describe('whole numbers as Germans write them', () => {
  test('plain, with a decimal comma of zero, with thousands points; fractions and points are errors', () => {
    const read = (cell: Parameters<typeof readWholeNumber>[0]) => {
      const reading = readWholeNumber(cell);
      return reading.ok ? reading.value : reading.messageKey;
    };
    expect(read('9')).toBe(9);
    expect(read('9,0')).toBe(9);
    expect(read('1.234')).toBe(1234);
    expect(read(12)).toBe(12);
    expect(read(null)).toBeNull();
    expect(read(' ')).toBeNull();
    expect(read('9,5')).toBe('import.row.notWholeNumber');
    expect(read('9.5')).toBe('import.row.notWholeNumber');
    expect(read(9.5)).toBe('import.row.notWholeNumber');
    expect(read('neun')).toBe('import.row.notWholeNumber');
  });
});
