import { afterEach, expect, test } from 'vitest';
import { sampleCaseFields } from '../helpers/sampleCaseFields';
import { COUNSELLOR, createTestBench, openRawDatabase, setUpVault, type TestBench } from '../helpers/testCore';

/**
 * Issue 10, domain defects 1 and 2, through the core: the core's today is 2026-11-21.
 * 1. The end of eligibility at 27 is a deadline for every case, even with no residence status.
 * 2. A Duldung's renewal has no Fiktionswirkung and is due the configured lead time before expiry.
 */
let bench: TestBench;
afterEach(async () => {
  await bench.cleanup();
});

const NO_STATUS_DETAILS = { workPermission: null, residenceObligation: null, identityClarified: null, documentSeenOn: null } as const;

test('a client turning 27 in 24 days without any status recorded is on the Fristen dashboard', async () => {
  bench = createTestBench();
  await setUpVault(bench);
  const { id, code } = await bench.call('cases:create', { fields: sampleCaseFields({ birthDate: '1999-12-15' }) });
  const detail = await bench.call('cases:get', { id });
  expect(detail.statuses).toEqual([]);
  expect(detail.deadlines.map((deadline) => [deadline.kind, deadline.dueOn])).toEqual([['ageLimit27', '2026-12-15']]);
  const dashboard = await bench.call('deadlines:list', { scope: 'mine' });
  expect(dashboard.items.map((item) => [item.caseCode, item.kind, item.bucket])).toEqual([[code, 'ageLimit27', 'next30Days']]);
  const [row] = await bench.call('cases:list', {});
  expect(row).toMatchObject({ nextDeadlineOn: '2026-12-15', nextDeadlineBucket: 'next30Days' });
});

test('a Duldung gets a renewal without Fiktionswirkung, due the lead time before expiry; a title gets the one with it', async () => {
  bench = createTestBench();
  await setUpVault(bench);
  const duldung = await bench.call('cases:create', { fields: sampleCaseFields({ birthDate: null }) });
  await bench.call('status:add', {
    caseId: duldung.id,
    status: { ...NO_STATUS_DETAILS, status: 'duldung60a', validFrom: '2026-10-01', validUntil: '2027-01-31' },
  });
  const title = await bench.call('cases:create', { fields: sampleCaseFields({ familyName: 'Haidari', birthDate: null }) });
  await bench.call('status:add', {
    caseId: title.id,
    status: { ...NO_STATUS_DETAILS, status: 'ae25a', validFrom: '2026-10-01', validUntil: '2027-01-31' },
  });
  const kinds = async (caseId: string) =>
    (await bench.call('cases:get', { id: caseId })).deadlines.map((deadline) => [deadline.kind, deadline.dueOn, deadline.remindFrom]);
  expect(await kinds(duldung.id)).toEqual([
    ['suspensionRenewal', '2026-12-20', '2026-12-06'],
    ['statusExpiry', '2027-01-31', '2027-01-03'],
  ]);
  expect(await kinds(title.id)).toEqual([
    ['statusRenewal', '2026-12-20', '2026-12-06'],
    ['statusExpiry', '2027-01-31', '2027-01-03'],
  ]);
});

test('a vault with deadlines from the old rules gets them derived again once, at the next unlock, logged', async () => {
  bench = createTestBench();
  const { recoveryKey } = await setUpVault(bench);
  const { id } = await bench.call('cases:create', { fields: sampleCaseFields({ birthDate: '2001-03-01' }) });
  await bench.call('status:add', {
    caseId: id,
    status: { ...NO_STATUS_DETAILS, status: 'duldung60a', validFrom: '2026-10-01', validUntil: '2027-01-31' },
  });
  await bench.call('vault:lock');
  // What the old rules stored: a renewal "with Fiktionswirkung" due on the expiry day, no age limit.
  const raw = await openRawDatabase(bench, recoveryKey, false);
  raw.prepare(`DELETE FROM meta WHERE key = 'deadline_rules_version'`).run();
  raw.prepare(`DELETE FROM deadlines WHERE kind IN ('suspensionRenewal', 'ageLimit27')`).run();
  raw
    .prepare(
      `INSERT INTO deadlines (id, case_id, kind, source_key, due_on, remind_from, state, created_at)
       SELECT 'old', case_id, 'statusRenewal', 'statusRenewal:' || id, '2027-01-31', '2026-12-20', 'open', '2026-11-01' FROM residence_statuses`,
    )
    .run();
  raw.close();

  await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
  const open = (await bench.call('cases:get', { id })).deadlines.map((deadline) => deadline.kind);
  expect(open).toEqual(['suspensionRenewal', 'statusExpiry', 'application25a', 'ageLimit27']);
  await bench.call('vault:lock');
  await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
  await bench.call('vault:lock');
  const check = await openRawDatabase(bench, recoveryKey);
  const actions = check.prepare(`SELECT action FROM audit_log WHERE action = 'deadlines.rederive'`).pluck().all();
  check.close();
  // Once: the second unlock finds the rules version current.
  expect(actions).toEqual(['deadlines.rederive']);
});
