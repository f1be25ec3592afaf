import { afterEach, expect, test } from 'vitest';
import { openRawDatabase, type TestBench } from '../helpers/testCore';
import { caseFields, logRows, partnerInput, referralInput, unlockedBench } from '../helpers/caseFixtures';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

test('partners are listed by name; archived ones only on request, with their referral count', async () => {
  ({ bench } = await unlockedBench());
  const jobcenter = await bench.call('partners:add', { partner: partnerInput() });
  const caritas = await bench.call('partners:add', {
    partner: partnerInput({ name: 'Caritas Migrationsdienst', kind: 'welfareAssociation', contact: '' }),
  });
  const abh = await bench.call('partners:add', { partner: partnerInput({ name: 'Ausländerbehörde', kind: 'immigrationOffice' }) });
  const { id: caseId } = await bench.call('cases:create', { fields: caseFields() });
  await bench.call('plan:addReferral', { caseId, referral: referralInput(caritas.id, { offerKind: 'legalAdvice' }) });
  await bench.call('partners:archive', { id: abh.id, archived: true });

  expect((await bench.call('partners:list', {})).map((partner) => [partner.name, partner.kind, partner.referralCount])).toEqual([
    ['Caritas Migrationsdienst', 'welfareAssociation', 1],
    ['Jobcenter Leverkusen', 'jobcenter', 0],
  ]);
  const all = await bench.call('partners:list', { includeArchived: true });
  expect(all.map((partner) => [partner.id, partner.archived])).toEqual([
    [abh.id, true],
    [caritas.id, false],
    [jobcenter.id, false],
  ]);
  await bench.call('partners:archive', { id: abh.id, archived: false });
  expect(await bench.call('partners:list', {})).toHaveLength(3);
});

test('update changes name, kind and contact; the log holds field names only', async () => {
  const setup = await unlockedBench();
  bench = setup.bench;
  const { id } = await bench.call('partners:add', { partner: partnerInput() });
  await bench.call('partners:update', { id, partner: partnerInput({ name: 'Jobcenter Leverkusen – U25', contact: 'Team U25, Raum 204' }) });
  expect(await bench.call('partners:list', {})).toMatchObject([
    { id, name: 'Jobcenter Leverkusen – U25', kind: 'jobcenter', contact: 'Team U25, Raum 204', archived: false },
  ]);
  const raw = await openRawDatabase(bench, setup.recoveryKey);
  expect(
    logRows(raw)
      .filter((row) => row.action.startsWith('partner.'))
      .map((row) => [row.action, row.object]),
  ).toEqual([
    ['partner.add', id],
    ['partner.update', id],
  ]);
  expect(JSON.stringify(raw.prepare('SELECT * FROM audit_log').all())).not.toContain('U25');
  raw.close();
});

test('a name twice, an empty name and an unknown kind are refused; nothing is saved', async () => {
  ({ bench } = await unlockedBench());
  const { id } = await bench.call('partners:add', { partner: partnerInput() });
  const other = await bench.call('partners:add', { partner: partnerInput({ name: 'JMD', kind: 'youthMigrationService' }) });
  expect((await bench.fail('partners:add', { partner: partnerInput({ name: 'jobcenter leverkusen' }) })).fields).toEqual({
    'partner.name': 'validation.partnerExists',
  });
  expect((await bench.fail('partners:update', { id: other.id, partner: partnerInput() })).fields).toEqual({
    'partner.name': 'validation.partnerExists',
  });
  expect((await bench.fail('partners:add', { partner: partnerInput({ name: ' ' }) })).fields).toEqual({
    'partner.name': 'validation.required',
  });
  expect((await bench.fail('partners:add', { partner: { ...partnerInput({ name: 'X' }), kind: 'Behörde' } })).fields).toHaveProperty([
    'partner.kind',
  ]);
  expect((await bench.fail('partners:archive', { id: 'missing', archived: true })).code).toBe('NOT_FOUND');
  // Renaming a partner to its own name in other letters is allowed.
  await bench.call('partners:update', { id, partner: partnerInput({ name: 'JOBCENTER Leverkusen' }) });
  expect((await bench.call('partners:list', {})).map((partner) => partner.name)).toEqual(['JMD', 'JOBCENTER Leverkusen']);
});
