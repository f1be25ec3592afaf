import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, addMonths, birthdayOf, compareDates, daysBetween } from '../../../src/shared/kernel/dates';
import { RESIDENCE_STATUSES } from '../../../src/shared/kernel/vocabulary';
import { sampleCaseFields } from '../helpers/sampleCaseFields';
import { createTestBench, setUpVault, type TestBench } from '../helpers/testCore';

/**
 * Issue 10: through the core (case saved, status recorded or not, lead time changed in the
 * settings), every case whose 27th birthday lies within the lead time has the ageLimit27 deadline
 * and it reminds today. The pure rule has its own property in deadlineRules.test.ts; this one
 * checks what the vault stores and the dashboard lists.
 */

const TODAY = '2026-11-21';
let bench: TestBench;

beforeAll(async () => {
  bench = createTestBench();
  await setUpVault(bench);
});
afterAll(async () => bench?.cleanup());

const statusArb = fc.option(
  fc.record({
    status: fc.constantFrom(...RESIDENCE_STATUSES),
    validFrom: fc.option(fc.constantFrom('2025-01-01', '2026-06-01'), { nil: null }),
    validUntil: fc.option(fc.constantFrom('2026-12-31', '2027-06-30', '2029-01-01'), { nil: null }),
  }),
  { nil: null },
);

describe('ageLimit27 through the core', () => {
  test('every case whose 27th birthday lies within the lead time has that deadline, with or without a status', async () => {
    let counter = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        statusArb,
        async (lead, share, status) => {
          counter += 1;
          await bench.call('settings:update', { deadlines: { ageLimitLeadDays: lead } });
          // A 27th birthday between today and the end of the lead time (both ends included).
          const birthday27 = addDays(TODAY, Math.round(share * lead));
          const birthDate = addMonths(birthday27, -27 * 12);
          const dueOn = birthdayOf(birthDate, 27);
          // 29 February: the birthday may move to 1 March, outside the window; such dates are not this property's.
          fc.pre(compareDates(dueOn, addDays(TODAY, lead)) <= 0 && compareDates(dueOn, TODAY) >= 0);
          const { id } = await bench.call('cases:create', {
            fields: sampleCaseFields({ familyName: `Grenze${counter}`, birthDate, intakeDate: '2026-11-02' }),
          });
          if (status)
            await bench.call('status:add', {
              caseId: id,
              status: { ...status, workPermission: null, residenceObligation: null, identityClarified: null, documentSeenOn: null },
            });
          const detail = await bench.call('cases:get', { id });
          const ageLimit = detail.deadlines.filter((deadline) => deadline.kind === 'ageLimit27');
          expect(ageLimit).toHaveLength(1);
          const [deadline] = ageLimit;
          expect(deadline).toMatchObject({ dueOn, state: 'open', remindFrom: addDays(dueOn, -lead) });
          // Within the lead time: it reminds today.
          expect(compareDates(deadline!.remindFrom, TODAY)).toBeLessThanOrEqual(0);
          expect(daysBetween(TODAY, dueOn)).toBeLessThanOrEqual(lead);
          // And the dashboard counts it among the counsellor's open deadlines.
          const dashboard = await bench.call('deadlines:list', {
            scope: 'mine',
            limits: { overdue: 10_000, thisWeek: 10_000, next30Days: 10_000 },
          });
          const listed = dashboard.items.some((item) => item.caseId === id && item.kind === 'ageLimit27');
          expect(listed || daysBetween(TODAY, dueOn) > 30).toBe(true);
        },
      ),
      { numRuns: 20 },
    );
  }, 120_000);
});
