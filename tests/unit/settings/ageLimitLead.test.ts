import { afterEach, expect, test } from 'vitest';
import { LEAD_DAYS } from '../../../src/shared/deadlines';
import { SUPERVISOR, type TestBench } from '../helpers/testCore';
import { caseFields, unlockedBench } from '../helpers/caseFixtures';

/**
 * The lead time of the end of eligibility at 27 (`ageLimitLeadDays`), as the settings screen
 * changes it: the field's range, the field path an error comes back on, the re-derived reminder.
 */

let bench: TestBench;
afterEach(async () => bench?.cleanup());

test('the 27th-birthday lead time is changed through settings:update: reminders follow, bad values come back on the field', async () => {
  ({ bench } = await unlockedBench());
  // The bench clock stands at 2026-11-21: the 27th birthday is 60 days ahead.
  const { id } = await bench.call('cases:create', { fields: caseFields({ birthDate: '2000-01-20' }) });
  const ageLimit = async () => (await bench.call('cases:get', { id })).deadlines.find((deadline) => deadline.kind === 'ageLimit27');
  expect(await ageLimit()).toMatchObject({ dueOn: '2027-01-20', remindFrom: '2026-10-22' });

  expect((await bench.call('settings:update', { deadlines: { ageLimitLeadDays: 30 } })).deadlines.ageLimitLeadDays).toBe(30);
  expect(await ageLimit()).toMatchObject({ dueOn: '2027-01-20', remindFrom: '2026-12-21' });

  // The screen's field offers exactly what the core accepts.
  for (const value of [LEAD_DAYS.max + 1, LEAD_DAYS.min - 1, 12.5]) {
    expect((await bench.fail('settings:update', { deadlines: { ageLimitLeadDays: value } })).fields).toEqual({
      'deadlines.ageLimitLeadDays': 'validation.leadDays',
    });
  }
  expect((await bench.call('settings:get')).deadlines.ageLimitLeadDays).toBe(30);

  // Vault-wide: the supervisor may set it as well.
  await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
  expect((await bench.call('settings:update', { deadlines: { ageLimitLeadDays: LEAD_DAYS.max } })).deadlines.ageLimitLeadDays).toBe(730);
});
