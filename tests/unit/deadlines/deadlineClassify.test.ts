import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, compareDates } from '../../../src/shared/kernel/dates';
import { classifyDeadline, deadlineClassifier } from '../../../src/shared/deadlines/rules';
import {
  DEADLINE_BUCKETS,
  DULDUNG_LIKE_STATUSES,
  NEVER_EXPIRING_STATUSES,
  VOCABULARIES,
  type ResidenceStatus,
} from '../../../src/shared/kernel/vocabulary';
import { vocabularyDe } from '../../../src/shared/kernel/vocabulary.de';
import { vocabularyEn } from '../../../src/shared/kernel/vocabulary.en';

// Expected sets are spelled out here rather than imported, so a wrong helper set fails a test.
const DULDUNG_LIKE: readonly ResidenceStatus[] = ['duldung60a', 'duldung60b', 'duldung60c', 'duldung60d'];
const NEVER_EXPIRING: readonly ResidenceStatus[] = ['settlementPermit', 'naturalised', 'unknown'];

const DAY_MS = 86_400_000;
const isoDateArb = fc
  .integer({ min: Date.UTC(1990, 0, 1) / DAY_MS, max: Date.UTC(2045, 11, 31) / DAY_MS })
  .map((dayNumber) => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10));
describe('classifyDeadline', () => {
  // 2026-03-04 is a Wednesday; its ISO week ends on Sunday 2026-03-08.
  test.each([
    ['2026-03-03', 'overdue'],
    ['2025-12-31', 'overdue'],
    ['2026-03-04', 'thisWeek'],
    ['2026-03-08', 'thisWeek'],
    ['2026-03-09', 'next30Days'],
    ['2026-04-03', 'next30Days'],
    ['2026-04-04', 'later'],
  ])('due %s seen on 2026-03-04 is %s', (dueOn, bucket) => {
    expect(classifyDeadline(dueOn, '2026-03-04')).toBe(bucket);
  });

  test('on a Sunday, tomorrow is no longer this week', () => {
    expect(classifyDeadline('2026-03-08', '2026-03-08')).toBe('thisWeek');
    expect(classifyDeadline('2026-03-09', '2026-03-08')).toBe('next30Days');
  });

  test('is monotone in dueOn', () => {
    fc.assert(
      fc.property(isoDateArb, isoDateArb, isoDateArb, (today, first, second) => {
        const [earlier, later] = compareDates(first, second) <= 0 ? [first, second] : [second, first];
        const rank = (dueOn: string) => DEADLINE_BUCKETS.indexOf(classifyDeadline(dueOn, today));
        expect(rank(earlier)).toBeLessThanOrEqual(rank(later));
      }),
    );
  });

  test('the classifier for many rows (string comparison, bounds once) agrees with classifyDeadline', () => {
    fc.assert(
      fc.property(isoDateArb, fc.array(fc.integer({ min: -400, max: 400 }), { maxLength: 20 }), isoDateArb, (today, offsets, far) => {
        const classify = deadlineClassifier(today);
        for (const dueOn of [far, ...offsets.map((offset) => addDays(today, offset))]) {
          expect(classify(dueOn), dueOn).toBe(classifyDeadline(dueOn, today));
        }
      }),
    );
  });

  test('the four buckets partition the days around today into the documented consecutive ranges', () => {
    fc.assert(
      fc.property(isoDateArb, (today) => {
        const weekday = new Date(Date.parse(`${today}T00:00:00Z`)).getUTCDay(); // 0 = Sunday
        const daysToSunday = (7 - weekday) % 7;
        const seen = new Set<string>();
        for (let offset = -10; offset <= 40; offset += 1) {
          const expected = offset < 0 ? 'overdue' : offset <= daysToSunday ? 'thisWeek' : offset <= 30 ? 'next30Days' : 'later';
          const bucket = classifyDeadline(addDays(today, offset), today);
          expect(bucket, `offset ${offset}`).toBe(expected);
          seen.add(bucket);
        }
        expect([...seen].sort()).toEqual([...DEADLINE_BUCKETS].sort());
      }),
    );
  });
});

describe('vocabulary behind the rules', () => {
  test('helper sets name exactly the intended statuses', () => {
    expect([...DULDUNG_LIKE_STATUSES].sort()).toEqual([...DULDUNG_LIKE].sort());
    expect([...NEVER_EXPIRING_STATUSES].sort()).toEqual([...NEVER_EXPIRING].sort());
  });

  test('every list has unique ASCII codes and a non-empty German and English label for each', () => {
    const labelsDe: Record<string, string> = vocabularyDe;
    const labelsEn: Record<string, string> = vocabularyEn;
    let count = 0;
    for (const [name, codes] of Object.entries(VOCABULARIES)) {
      expect(new Set(codes).size, name).toBe(codes.length);
      for (const code of codes) {
        expect(code).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
        expect(labelsDe[`vocab.${name}.${code}`]?.trim(), `${name}.${code}`).toBeTruthy();
        expect(labelsEn[`vocab.${name}.${code}`]?.trim(), `${name}.${code}`).toBeTruthy();
        count += 1;
      }
    }
    expect(Object.keys(vocabularyDe)).toHaveLength(count);
    expect(Object.keys(vocabularyEn).sort()).toEqual(Object.keys(vocabularyDe).sort());
  });
});
