import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, addMonths, ageOn, birthdayOf, compareDates, daysBetween, parseIsoDate } from '../../../src/shared/kernel/dates';
import {
  DEFAULT_DEADLINE_SETTINGS,
  deadlineSettingsSchema,
  deriveDeadlines,
  findCurrentStatus,
  type DeadlineInput,
  type DeadlineSettings,
  type DerivedDeadline,
  type StatusRecord,
} from '../../../src/shared/deadlines/rules';
import { RESIDENCE_STATUSES, type ResidenceStatus } from '../../../src/shared/kernel/vocabulary';

// Expected sets are spelled out here rather than imported, so a wrong helper set fails a test.
const DULDUNG_LIKE: readonly ResidenceStatus[] = ['duldung60a', 'duldung60b', 'duldung60c', 'duldung60d'];
const QUALIFIES_25A: readonly ResidenceStatus[] = [...DULDUNG_LIKE, 'gestattung55', 'ae104c'];
const NEVER_EXPIRING: readonly ResidenceStatus[] = ['settlementPermit', 'naturalised', 'unknown'];

const DAY_MS = 86_400_000;
const isoDateArb = fc
  .integer({ min: Date.UTC(1990, 0, 1) / DAY_MS, max: Date.UTC(2045, 11, 31) / DAY_MS })
  .map((dayNumber) => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10));
const statusArb = fc.constantFrom(...RESIDENCE_STATUSES);
const settingsArb: fc.Arbitrary<DeadlineSettings> = fc.record({
  expiryLeadDays: fc.integer({ min: 0, max: 400 }),
  renewalLeadDays: fc.integer({ min: 0, max: 400 }),
  application25aLeadDays: fc.integer({ min: 0, max: 400 }),
  ageLimitLeadDays: fc.integer({ min: 0, max: 400 }),
});
// Few distinct validFrom values so ties and nulls actually occur.
const validFromArb = fc.option(fc.constantFrom('2024-01-01', '2024-07-01', '2025-01-01', '2025-03-15'), { nil: null });
const statusesArb: fc.Arbitrary<StatusRecord[]> = fc
  .array(fc.record({ status: statusArb, validFrom: validFromArb, validUntil: fc.option(isoDateArb, { nil: null }) }), { maxLength: 6 })
  .map((records) => records.map((record, index) => ({ id: `s${index}`, ...record })));
const trainingStartsArb = fc
  .array(isoDateArb, { maxLength: 4 })
  .map((dates) => dates.map((startsOn, index) => ({ id: `t${index}`, startsOn })));
const inputArb: fc.Arbitrary<DeadlineInput> = fc.record({
  birthDate: fc.option(isoDateArb, { nil: null }),
  statuses: statusesArb,
  trainingStarts: trainingStartsArb,
  settings: settingsArb,
});

/** Independent oracle: the maximum of (validFrom ?? '', array index); ISO strings sort as dates. */
function oracleCurrent(statuses: readonly StatusRecord[]): StatusRecord | undefined {
  let best: { record: StatusRecord; key: string } | undefined;
  for (const record of statuses) {
    const key = record.validFrom ?? '';
    if (best === undefined || key >= best.key) best = { record, key };
  }
  return best?.record;
}

function byKey(deadlines: DerivedDeadline[]): Map<string, DerivedDeadline> {
  return new Map(deadlines.map((deadline) => [deadline.sourceKey, deadline]));
}

function status(id: string, code: ResidenceStatus, validFrom: string | null, validUntil: string | null): StatusRecord {
  return { id, status: code, validFrom, validUntil };
}

const base = { birthDate: null, statuses: [], trainingStarts: [], settings: DEFAULT_DEADLINE_SETTINGS } satisfies DeadlineInput;

describe('deriveDeadlines — examples', () => {
  test('a Duldung valid until 30 June 2026: expiry on the last valid day, its renewal (no Fiktionswirkung) due 6 weeks before', () => {
    const deadlines = deriveDeadlines({ ...base, statuses: [status('d1', 'duldung60a', '2026-01-01', '2026-06-30')] });
    expect(deadlines).toEqual([
      { sourceKey: 'suspensionRenewal:d1', kind: 'suspensionRenewal', dueOn: '2026-05-19', remindFrom: '2026-05-05' },
      { sourceKey: 'statusExpiry:d1', kind: 'statusExpiry', dueOn: '2026-06-30', remindFrom: '2026-06-02' },
    ]);
  });

  test('a residence title gets the renewal with Fiktionswirkung, a Duldung or Gestattung the one without', () => {
    for (const code of RESIDENCE_STATUSES.filter((candidate) => !NEVER_EXPIRING.includes(candidate))) {
      const kinds = deriveDeadlines({ ...base, statuses: [status('x', code, '2026-01-01', '2026-12-31')] }).map((d) => d.kind);
      const expected = [...DULDUNG_LIKE, 'gestattung55'].includes(code) ? 'suspensionRenewal' : 'statusRenewal';
      expect(kinds, code).toContain(expected);
      expect(kinds, code).not.toContain(expected === 'statusRenewal' ? 'suspensionRenewal' : 'statusRenewal');
    }
  });

  test('the end of eligibility at 27 is a deadline for every case with a birth date, also without any status', () => {
    const turning27 = deriveDeadlines({ ...base, birthDate: '1999-12-29' });
    expect(turning27).toEqual([{ sourceKey: 'ageLimit27', kind: 'ageLimit27', dueOn: '2026-12-29', remindFrom: '2026-09-30' }]);
    const withTitle = deriveDeadlines({ ...base, birthDate: '1999-12-29', statuses: [status('t', 'ae25b', '2026-01-01', null)] });
    expect(withTitle.map((deadline) => deadline.kind)).toEqual(['ageLimit27']);
  });

  test('defaults are 28, 42, 180 and 90 days and validate; a vault from before the age limit gets its default', () => {
    expect(DEFAULT_DEADLINE_SETTINGS).toEqual({
      expiryLeadDays: 28,
      renewalLeadDays: 42,
      application25aLeadDays: 180,
      ageLimitLeadDays: 90,
    });
    expect(deadlineSettingsSchema.parse({ expiryLeadDays: 1, renewalLeadDays: 2, application25aLeadDays: 3 }).ageLimitLeadDays).toBe(90);
    expect(deadlineSettingsSchema.safeParse(DEFAULT_DEADLINE_SETTINGS).success).toBe(true);
    expect(deadlineSettingsSchema.safeParse({ ...DEFAULT_DEADLINE_SETTINGS, renewalLeadDays: -1 }).success).toBe(false);
    expect(deadlineSettingsSchema.safeParse({ ...DEFAULT_DEADLINE_SETTINGS, expiryLeadDays: 1.5 }).success).toBe(false);
  });

  test('§ 25a for someone born on 29 February 2000: due 28 February 2027, the last day aged 26', () => {
    const deadlines = deriveDeadlines({
      ...base,
      birthDate: '2000-02-29',
      statuses: [status('d1', 'duldung60a', '2026-01-01', null)],
    });
    expect(deadlines).toEqual([
      { sourceKey: 'application25a', kind: 'application25a', dueOn: '2027-02-28', remindFrom: '2026-09-01' },
      { sourceKey: 'ageLimit27', kind: 'ageLimit27', dueOn: '2027-03-01', remindFrom: '2026-12-01' },
    ]);
    expect(ageOn('2000-02-29', '2027-02-28')).toBe(26);
    expect(ageOn('2000-02-29', '2027-03-01')).toBe(27);
  });

  test('§ 25a for an ordinary birthday is due the day before the 27th birthday', () => {
    const [deadline] = deriveDeadlines({ ...base, birthDate: '1999-06-15', statuses: [status('g', 'gestattung55', null, null)] });
    expect(deadline).toMatchObject({ kind: 'application25a', dueOn: '2026-06-14', remindFrom: '2025-12-16' });
  });

  test('§ 25a is tracked for Duldung-like statuses, the Gestattung and § 104c only', () => {
    for (const code of RESIDENCE_STATUSES) {
      const deadlines = deriveDeadlines({ ...base, birthDate: '2001-05-05', statuses: [status('s', code, null, null)] });
      expect(
        deadlines.some((deadline) => deadline.kind === 'application25a'),
        code,
      ).toBe(QUALIFIES_25A.includes(code));
    }
  });

  test('§ 60c window opens 7 calendar months before training starts, clamped to the month end', () => {
    const deadlines = deriveDeadlines({
      ...base,
      statuses: [status('d', 'duldung60a', '2026-01-01', null)],
      trainingStarts: [
        { id: 'a', startsOn: '2026-08-31' },
        { id: 'b', startsOn: '2027-09-30' },
        { id: 'c', startsOn: '2028-09-30' },
        { id: 'd', startsOn: '2026-08-01' },
      ],
    });
    expect(deadlines).toEqual([
      { sourceKey: 'window60c:d', kind: 'window60c', dueOn: '2026-08-01', remindFrom: '2026-01-01', opensOn: '2026-01-01' },
      { sourceKey: 'window60c:a', kind: 'window60c', dueOn: '2026-08-31', remindFrom: '2026-01-31', opensOn: '2026-01-31' },
      { sourceKey: 'window60c:b', kind: 'window60c', dueOn: '2027-09-30', remindFrom: '2027-02-28', opensOn: '2027-02-28' },
      { sourceKey: 'window60c:c', kind: 'window60c', dueOn: '2028-09-30', remindFrom: '2028-02-29', opensOn: '2028-02-29' },
    ]);
  });

  test('§ 60c window only while a Duldung-like status is current', () => {
    for (const code of RESIDENCE_STATUSES) {
      const deadlines = deriveDeadlines({
        ...base,
        statuses: [status('s', code, null, null)],
        trainingStarts: [{ id: 't', startsOn: '2026-09-01' }],
      });
      expect(
        deadlines.some((deadline) => deadline.kind === 'window60c'),
        code,
      ).toBe(DULDUNG_LIKE.includes(code));
    }
  });

  test('statuses that never expire produce no expiry or renewal even with a date on the card', () => {
    for (const code of NEVER_EXPIRING) {
      expect(deriveDeadlines({ ...base, statuses: [status('n', code, '2020-01-01', '2030-01-01')] }), code).toEqual([]);
    }
    for (const code of RESIDENCE_STATUSES.filter((candidate) => !NEVER_EXPIRING.includes(candidate))) {
      const kinds = deriveDeadlines({ ...base, statuses: [status('x', code, '2020-01-01', '2030-01-01')] }).map((d) => d.kind);
      expect(kinds, code).toHaveLength(2);
      expect(kinds, code).toContain('statusExpiry');
    }
  });

  test('only the current status counts: a newer § 25b permit ends the old Duldung’s deadlines', () => {
    const deadlines = deriveDeadlines({
      birthDate: '2001-03-10',
      statuses: [status('new', 'ae25b', '2026-02-01', '2028-01-31'), status('old', 'duldung60a', '2025-08-01', '2026-01-31')],
      trainingStarts: [{ id: 't', startsOn: '2026-08-01' }],
      settings: DEFAULT_DEADLINE_SETTINGS,
    });
    expect(deadlines.map((deadline) => deadline.sourceKey)).toEqual(['statusRenewal:new', 'statusExpiry:new', 'ageLimit27']);
  });

  test('current status: latest validFrom wins, ties go to the later entry, a missing validFrom is the oldest', () => {
    const a = status('a', 'duldung60a', '2025-01-01', null);
    const b = status('b', 'duldung60b', '2025-01-01', null);
    const undated = status('u', 'ae25a', null, null);
    expect(findCurrentStatus([a, b])?.id).toBe('b');
    expect(findCurrentStatus([b, a])?.id).toBe('a');
    expect(findCurrentStatus([a, undated])?.id).toBe('a');
    expect(findCurrentStatus([undated, status('v', 'ae25b', null, null)])?.id).toBe('v');
    expect(findCurrentStatus([])).toBeNull();
  });

  test('no status: only the age limit is derived, even with a training start', () => {
    expect(deriveDeadlines({ ...base, birthDate: '2001-01-01', trainingStarts: [{ id: 't', startsOn: '2026-08-01' }] })).toEqual([
      { sourceKey: 'ageLimit27', kind: 'ageLimit27', dueOn: '2028-01-01', remindFrom: '2027-10-03' },
    ]);
    expect(deriveDeadlines({ ...base, trainingStarts: [{ id: 't', startsOn: '2026-08-01' }] })).toEqual([]);
  });

  test('zero lead days remind on the due date itself', () => {
    const [expiry] = deriveDeadlines({
      ...base,
      statuses: [status('d', 'duldung60a', null, '2026-03-31')],
      settings: { expiryLeadDays: 0, renewalLeadDays: 0, application25aLeadDays: 0, ageLimitLeadDays: 0 },
    });
    expect(expiry).toMatchObject({ dueOn: '2026-03-31', remindFrom: '2026-03-31' });
  });

  test('refuses negative or fractional lead days, impossible dates and duplicate training ids', () => {
    const statuses = [status('d', 'duldung60a', null, '2026-03-31')];
    expect(() => deriveDeadlines({ ...base, statuses, settings: { ...DEFAULT_DEADLINE_SETTINGS, expiryLeadDays: -1 } })).toThrow(
      RangeError,
    );
    expect(() => deriveDeadlines({ ...base, statuses, settings: { ...DEFAULT_DEADLINE_SETTINGS, renewalLeadDays: 0.5 } })).toThrow(
      RangeError,
    );
    expect(() => deriveDeadlines({ ...base, statuses: [status('d', 'duldung60a', null, '2026-02-30')] })).toThrow(RangeError);
    expect(() =>
      deriveDeadlines({
        ...base,
        statuses,
        trainingStarts: [
          { id: 't', startsOn: '2026-08-01' },
          { id: 't', startsOn: '2027-08-01' },
        ],
      }),
    ).toThrow(RangeError);
  });
});

describe('deriveDeadlines — properties', () => {
  test('remindFrom ≤ dueOn, sourceKeys unique and prefixed with their kind, output sorted by due date', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const deadlines = deriveDeadlines(input);
        for (const deadline of deadlines) {
          expect(compareDates(deadline.remindFrom, deadline.dueOn)).toBeLessThanOrEqual(0);
          expect(deadline.sourceKey.split(':')[0]).toBe(deadline.kind);
          expect(deadline.opensOn !== undefined).toBe(deadline.kind === 'window60c');
        }
        expect(new Set(deadlines.map((deadline) => deadline.sourceKey)).size).toBe(deadlines.length);
        for (let index = 1; index < deadlines.length; index += 1) {
          expect(compareDates(deadlines[index - 1]!.dueOn, deadlines[index]!.dueOn)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  test('only the current status counts: the result equals the result for the current record alone', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const current = oracleCurrent(input.statuses);
        expect(findCurrentStatus(input.statuses)).toBe(current ?? null);
        expect(deriveDeadlines(input)).toEqual(deriveDeadlines({ ...input, statuses: current ? [current] : [] }));
        for (const deadline of deriveDeadlines(input)) {
          if (deadline.kind === 'statusExpiry' || deadline.kind === 'statusRenewal' || deadline.kind === 'suspensionRenewal') {
            expect(deadline.sourceKey).toBe(`${deadline.kind}:${current?.id}`);
          }
        }
      }),
    );
  });

  test('expiry and renewal exist exactly when the current status expires and has a validUntil', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const current = oracleCurrent(input.statuses);
        const deadlines = byKey(deriveDeadlines(input));
        const expected = current !== undefined && current.validUntil !== null && !NEVER_EXPIRING.includes(current.status);
        const suspension = current !== undefined && [...DULDUNG_LIKE, 'gestattung55'].includes(current.status);
        const renewalKey = `${suspension ? 'suspensionRenewal' : 'statusRenewal'}:${current?.id}`;
        expect(deadlines.has(`statusExpiry:${current?.id}`)).toBe(expected);
        expect(deadlines.has(renewalKey)).toBe(expected);
        if (expected) {
          const expiry = deadlines.get(`statusExpiry:${current.id}`)!;
          const renewal = deadlines.get(renewalKey)!;
          expect(expiry.dueOn).toBe(current.validUntil);
          // The renewal is due the configured lead time before the expiry, and reminds two weeks before that.
          expect(daysBetween(renewal.dueOn, current.validUntil!)).toBe(input.settings.renewalLeadDays);
          expect(daysBetween(expiry.remindFrom, expiry.dueOn)).toBe(input.settings.expiryLeadDays);
          expect(daysBetween(renewal.remindFrom, renewal.dueOn)).toBe(14);
        }
      }),
    );
  });

  test('every case whose 27th birthday lies within the lead time has that deadline, with or without a status', () => {
    fc.assert(
      fc.property(inputArb, isoDateArb, (input, today) => {
        const deadline = byKey(deriveDeadlines(input)).get('ageLimit27');
        expect(deadline !== undefined).toBe(input.birthDate !== null);
        if (input.birthDate === null || !deadline) return;
        const birthday = birthdayOf(input.birthDate, 27);
        expect(deadline.dueOn).toBe(birthday);
        expect(daysBetween(deadline.remindFrom, deadline.dueOn)).toBe(input.settings.ageLimitLeadDays);
        // Within the lead time before the birthday the deadline is one to remind of today.
        const within = compareDates(today, addDays(birthday, -input.settings.ageLimitLeadDays)) >= 0 && compareDates(today, birthday) <= 0;
        expect(within).toBe(compareDates(deadline.remindFrom, today) <= 0 && compareDates(today, deadline.dueOn) <= 0);
      }),
    );
  });

  test('§ 25a: exists exactly when the birth date is known and the current status qualifies; due on the last day aged 26', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const current = oracleCurrent(input.statuses);
        const deadline = byKey(deriveDeadlines(input)).get('application25a');
        const expected = input.birthDate !== null && current !== undefined && QUALIFIES_25A.includes(current.status);
        expect(deadline !== undefined).toBe(expected);
        if (deadline && input.birthDate !== null) {
          expect(ageOn(input.birthDate, deadline.dueOn)).toBe(26);
          expect(ageOn(input.birthDate, addDays(deadline.dueOn, 1))).toBe(27);
          expect(addDays(deadline.dueOn, 1)).toBe(birthdayOf(input.birthDate, 27));
          expect(daysBetween(deadline.remindFrom, deadline.dueOn)).toBe(input.settings.application25aLeadDays);
        }
      }),
    );
  });

  test('§ 60c: one window per training start while Duldung-like, opening exactly 7 calendar months (clamped) before, never after the start', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const current = oracleCurrent(input.statuses);
        const deadlines = byKey(deriveDeadlines(input));
        const expected = current !== undefined && DULDUNG_LIKE.includes(current.status);
        for (const training of input.trainingStarts) {
          const window = deadlines.get(`window60c:${training.id}`);
          expect(window !== undefined).toBe(expected);
          if (!window || window.opensOn === undefined) continue;
          expect(window.dueOn).toBe(training.startsOn);
          expect(window.remindFrom).toBe(window.opensOn);
          expect(compareDates(window.opensOn, training.startsOn)).toBe(-1);
          // Computed independently of addMonths: seven months back, day clamped to the month's length.
          const start = parseIsoDate(training.startsOn);
          const opens = parseIsoDate(window.opensOn);
          expect(start.year * 12 + start.month - (opens.year * 12 + opens.month)).toBe(7);
          const monthLength = new Date(Date.UTC(opens.year, opens.month, 0)).getUTCDate();
          expect(opens.day).toBe(Math.min(start.day, monthLength));
          if (opens.day === start.day) expect(addMonths(window.opensOn, 7)).toBe(training.startsOn);
        }
      }),
    );
  });
});
