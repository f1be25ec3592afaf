import { afterEach, expect, test } from 'vitest';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../src/shared/deadlines/rules';
import { COUNSELLOR, openRawDatabase, type TestBench } from '../helpers/testCore';
import { caseFields, closureInput, logRows, unlockedBench } from '../helpers/caseFixtures';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

const STATUS = { workPermission: null, residenceObligation: null, identityClarified: null, documentSeenOn: null } as const;

test('settings show the case-code prefix and the deadline lead days; a new prefix applies to new cases only', async () => {
  ({ bench } = await unlockedBench());
  expect(await bench.call('settings:get')).toMatchObject({ caseCodePrefix: 'FB', deadlines: { ...DEFAULT_DEADLINE_SETTINGS } });
  const first = await bench.call('cases:create', { fields: caseFields() });
  expect((await bench.call('settings:update', { caseCodePrefix: 'LEV' })).caseCodePrefix).toBe('LEV');
  const second = await bench.call('cases:create', { fields: caseFields({ familyName: 'Haidari' }) });
  expect([first.code, second.code]).toEqual(['FB-2026-0001', 'LEV-2026-0001']);
  expect((await bench.call('cases:list', {})).map((row) => row.code)).toEqual(['FB-2026-0001', 'LEV-2026-0001']);

  bench.restart();
  await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
  expect((await bench.call('settings:get')).caseCodePrefix).toBe('LEV');
});

test('changing lead days re-derives the reminders of open deadlines and keeps done marks; closed cases stay closed', async () => {
  const setup = await unlockedBench();
  bench = setup.bench;
  const open = await bench.call('cases:create', { fields: caseFields() });
  await bench.call('status:add', {
    caseId: open.id,
    status: { ...STATUS, status: 'duldung60a', validFrom: '2026-09-01', validUntil: '2026-12-31' },
  });
  const closed = await bench.call('cases:create', { fields: caseFields({ familyName: 'Haidari' }) });
  await bench.call('status:add', {
    caseId: closed.id,
    status: { ...STATUS, status: 'duldung60a', validFrom: '2026-09-01', validUntil: '2026-12-31' },
  });
  await bench.call('closure:close', { caseId: closed.id, closure: closureInput() });
  const renewal = (await bench.call('cases:get', { id: open.id })).deadlines.find((deadline) => deadline.kind === 'suspensionRenewal');
  await bench.call('deadlines:resolve', { id: renewal?.id ?? '', state: 'done', reason: null });
  const before = (await bench.call('cases:get', { id: open.id })).deadlines.map((deadline) => [
    deadline.kind,
    deadline.remindFrom,
    deadline.state,
  ]);
  expect(before).toEqual([
    ['suspensionRenewal', '2026-11-05', 'done'],
    ['statusExpiry', '2026-12-03', 'open'],
    ['application25a', '2030-11-15', 'open'],
    ['ageLimit27', '2031-02-14', 'open'],
  ]);

  const updated = await bench.call('settings:update', { deadlines: { expiryLeadDays: 10, application25aLeadDays: 365 } });
  expect(updated.deadlines).toEqual({
    expiryLeadDays: 10,
    renewalLeadDays: DEFAULT_DEADLINE_SETTINGS.renewalLeadDays,
    application25aLeadDays: 365,
    ageLimitLeadDays: DEFAULT_DEADLINE_SETTINGS.ageLimitLeadDays,
  });
  expect(
    (await bench.call('cases:get', { id: open.id })).deadlines.map((deadline) => [deadline.kind, deadline.remindFrom, deadline.state]),
  ).toEqual([
    ['suspensionRenewal', '2026-11-05', 'done'],
    ['statusExpiry', '2026-12-21', 'open'],
    ['application25a', '2030-05-14', 'open'],
    ['ageLimit27', '2031-02-14', 'open'],
  ]);
  expect((await bench.call('cases:get', { id: closed.id })).deadlines).toEqual([]);

  // A later status uses the new lead days too.
  await bench.call('status:add', {
    caseId: open.id,
    status: { ...STATUS, status: 'duldung60a', validFrom: '2026-11-20', validUntil: '2027-03-31' },
  });
  expect((await bench.call('cases:get', { id: open.id })).deadlines.find((deadline) => deadline.kind === 'statusExpiry')?.remindFrom).toBe(
    '2027-03-21',
  );

  const raw = await openRawDatabase(bench, setup.recoveryKey);
  expect(
    logRows(raw)
      .filter((row) => ['settings.update', 'deadlines.rederive'].includes(row.action))
      .map((row) => row.action),
  ).toEqual(['settings.update', 'deadlines.rederive']);
  raw.close();
});

test('bad prefixes and lead days are refused with field messages and nothing changes', async () => {
  ({ bench } = await unlockedBench());
  expect((await bench.fail('settings:update', { caseCodePrefix: 'lev1' })).fields).toEqual({ caseCodePrefix: 'validation.caseCodePrefix' });
  expect((await bench.fail('settings:update', { deadlines: { expiryLeadDays: -1 } })).fields).toEqual({
    'deadlines.expiryLeadDays': 'validation.leadDays',
  });
  expect((await bench.fail('settings:update', { deadlines: { renewalLeadDays: 731 } })).fields).toEqual({
    'deadlines.renewalLeadDays': 'validation.leadDays',
  });
  expect((await bench.fail('settings:update', { deadlines: { application25aLeadDays: 1.5 } })).fields).toEqual({
    'deadlines.application25aLeadDays': 'validation.leadDays',
  });
  expect((await bench.fail('settings:update', { deadlines: { graceDays: 3 } })).code).toBe('INVALID_INPUT');
  expect(await bench.call('settings:get')).toMatchObject({ caseCodePrefix: 'FB', deadlines: { ...DEFAULT_DEADLINE_SETTINGS } });
});
