import { afterEach, expect, test } from 'vitest';
import { caseFields, closureInput, journalInput } from '../helpers/caseFixtures';
import { COUNSELLOR, SUPERVISOR, createTestBench, openRawDatabase, setUpVault, type TestBench } from '../helpers/testCore';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

async function snapshotOf(recoveryKey: string, caseIds: string[]) {
  const raw = await openRawDatabase(bench, recoveryKey);
  const rows: Record<string, unknown[]> = {};
  for (const table of ['cases', 'journal_entries', 'deadlines', 'closures', 'consents', 'field_history']) {
    rows[table] = raw
      .prepare(`SELECT * FROM ${table} WHERE ${table === 'cases' ? 'id' : 'case_id'} IN (SELECT value FROM json_each(?)) ORDER BY 1`)
      .all(JSON.stringify(caseIds));
  }
  rows.structural_notes = raw.prepare('SELECT * FROM structural_notes ORDER BY id').all();
  rows.settings = raw.prepare(`SELECT * FROM settings WHERE key NOT LIKE 'lifecycle.%' ORDER BY key`).all();
  raw.close();
  return rows;
}

test('the dry run lists exactly what the run deletes; nothing outside the rules is touched', async () => {
  bench = createTestBench();
  const { recoveryKey } = await setUpVault(bench);
  const create = async (familyName: string, intakeDate: string) =>
    (await bench.call('cases:create', { fields: caseFields({ familyName, intakeDate }) })).id;
  const old = await create('Alt', '2020-01-10');
  await bench.call('journal:add', { caseId: old, entry: journalInput({ occurredOn: '2021-03-01', note: 'alte Notiz' }) });
  await bench.call('closure:close', { caseId: old, closure: closureInput({ closedOn: '2022-06-30' }) });
  const withAftercare = await create('Nachbetreuung', '2020-01-10');
  await bench.call('closure:close', {
    caseId: withAftercare,
    closure: closureInput({ closedOn: '2022-05-01', aftercareUntil: '2023-02-01' }),
  });
  const recent = await create('Neu abgeschlossen', '2023-01-10');
  await bench.call('closure:close', { caseId: recent, closure: closureInput({ closedOn: '2024-03-01' }) });
  const open = await create('Offen', '2026-01-10');
  const oldNote = (
    await bench.call('structuralNotes:add', {
      note: { field: 'housing', kind: 'waitingTime', observedIn: '2020-11', text: 'Wartezeit Wohnberechtigungsschein' },
    })
  ).id;
  const newNote = (
    await bench.call('structuralNotes:add', { note: { field: 'language', kind: 'gap', observedIn: '2025-02', text: 'Kein B2-Kurs' } })
  ).id;
  expect(oldNote).not.toBe(newNote);

  // Defaults: closed cases 3 years after the end of the closure year, notes 5 years.
  const plan = await bench.call('retention:preview', {});
  expect(plan.today).toBe('2026-11-21');
  expect(plan.items.map((item) => [item.category, item.object, item.referenceDate, item.dueSince])).toEqual([
    ['closedCases', 'FB-2026-0001', '2022-06-30', '2026-01-01'],
    ['structuralNotes', '2020-11', '2020-11', '2025-12-01'],
  ]);
  const keptIds = [withAftercare, recent, open];
  const keptBefore = await snapshotOf(recoveryKey, keptIds);

  // Counsellors see the dry run but only a supervisor runs it.
  expect((await bench.fail('retention:run', { planId: plan.planId })).code).toBe('FORBIDDEN');
  await bench.call('vault:lock');
  await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
  expect((await bench.fail('retention:run', { planId: '0'.repeat(64) })).code).toBe('PLAN_CHANGED');
  const result = await bench.call('retention:run', { planId: plan.planId });
  expect(result.deleted).toEqual({ closedCases: 1, dormantCases: 0, structuralNotes: 1, documents: 0 });
  expect(result.plan).toEqual(plan);

  const after = await snapshotOf(recoveryKey, keptIds);
  expect({ ...after, structural_notes: [] }).toEqual({ ...keptBefore, structural_notes: [] });
  expect((after.structural_notes as { id: string }[]).map((row) => row.id)).toEqual([newNote]);
  const raw = await openRawDatabase(bench, recoveryKey);
  expect(raw.prepare('SELECT count(*) FROM cases WHERE id = ?').pluck().get(old)).toBe(0);
  expect(raw.prepare('SELECT count(*) FROM journal_entries WHERE case_id = ?').pluck().get(old)).toBe(0);
  expect(
    raw.prepare(`SELECT action, object, reason FROM audit_log WHERE action IN ('case.erase', 'retention.run') ORDER BY seq`).all(),
  ).toEqual([
    { action: 'case.erase', object: 'FB-2026-0001', reason: 'retention' },
    { action: 'retention.run', object: null, reason: null },
  ]);
  raw.close();
  // A second dry run is empty; the same plan cannot run twice.
  expect((await bench.call('retention:preview', {})).items).toEqual([]);
  expect((await bench.fail('retention:run', { planId: plan.planId })).code).toBe('PLAN_CHANGED');
});

test('rules are configurable per category by a supervisor; dormant open cases count from their last activity', async () => {
  bench = createTestBench();
  await setUpVault(bench);
  const { id } = await bench.call('cases:create', { fields: caseFields({ intakeDate: '2020-01-10' }) });
  expect(await bench.call('retention:getRules', {})).toEqual({ closedCases: 3, dormantCases: null, structuralNotes: 5, documents: [] });
  expect((await bench.fail('retention:setRules', { rules: { closedCases: 2, dormantCases: 1, structuralNotes: null } })).code).toBe(
    'FORBIDDEN',
  );
  await bench.call('vault:lock');
  await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
  expect((await bench.fail('retention:setRules', { rules: { closedCases: 0, dormantCases: 1, structuralNotes: null } })).fields).toEqual({
    'rules.closedCases': 'validation.retentionYears',
  });
  await bench.call('retention:setRules', { rules: { closedCases: 2, dormantCases: 1, structuralNotes: null } });
  // Created today: the case's last change is today, so it is not dormant yet.
  expect((await bench.call('retention:preview', {})).items).toEqual([]);
  bench.clock.advance(366 * 86_400_000);
  await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
  const plan = await bench.call('retention:preview', {});
  expect(plan.items.map((item) => [item.category, item.referenceDate])).toEqual([['dormantCases', '2026-11-21']]);
  await bench.call('retention:run', { planId: plan.planId });
  await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
  expect((await bench.fail('cases:get', { id })).code).toBe('NOT_FOUND');
});
