import { afterEach, describe, expect, test } from 'vitest';
import { openRawDatabase, type TestBench } from '../helpers/testCore';
import { caseFields, closureInput, logRows, unlockedBench } from '../helpers/caseFixtures';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

const STATUS = { workPermission: null, residenceObligation: null, identityClarified: null, documentSeenOn: null } as const;

async function benchWithDuldung() {
  const setup = await unlockedBench();
  bench = setup.bench;
  const created = await bench.call('cases:create', { fields: caseFields() });
  await bench.call('status:add', {
    caseId: created.id,
    status: { ...STATUS, status: 'duldung60a', validFrom: '2026-09-01', validUntil: '2026-11-26' },
  });
  return { ...setup, caseId: created.id, code: created.code };
}

const openKinds = async (caseId: string) =>
  (await bench.call('cases:get', { id: caseId })).deadlines
    .filter((deadline) => deadline.state === 'open')
    .map((deadline) => deadline.kind);

describe('closing a case', () => {
  test('a closed case leaves the list and the deadline overview; its open derived deadlines end, done ones stay', async () => {
    const { caseId, code } = await benchWithDuldung();
    await bench.call('deadlines:add', { caseId, kind: 'appointment', title: 'Termin ABH', dueOn: '2026-12-01' });
    const renewal = (await bench.call('cases:get', { id: caseId })).deadlines.find((deadline) => deadline.kind === 'suspensionRenewal');
    await bench.call('deadlines:resolve', { id: renewal?.id ?? '', state: 'done', reason: null });
    expect(await openKinds(caseId)).toEqual(['statusExpiry', 'appointment', 'application25a', 'ageLimit27']);

    await bench.call('closure:close', { caseId, closure: closureInput({ aftercareUntil: '2027-05-20' }) });
    expect(await bench.call('cases:list', {})).toEqual([]);
    const all = await bench.call('cases:list', { includeClosed: true });
    expect(all).toMatchObject([{ code, closedOn: '2026-11-20', nextDeadlineOn: null, nextDeadlineBucket: null }]);
    expect((await bench.call('deadlines:list', { scope: 'all' })).items).toEqual([]);
    const detail = await bench.call('cases:get', { id: caseId });
    expect(detail.closedOn).toBe('2026-11-20');
    expect(detail.deadlines.map((deadline) => [deadline.kind, deadline.state])).toEqual([
      ['suspensionRenewal', 'done'],
      ['appointment', 'open'],
    ]);

    // A status entered while closed derives nothing until the case is reopened.
    await bench.call('status:add', {
      caseId,
      status: { ...STATUS, status: 'duldung60a', validFrom: '2026-11-15', validUntil: '2027-02-15' },
    });
    expect(await openKinds(caseId)).toEqual(['appointment']);

    const [closure] = await bench.call('closure:list', { caseId });
    expect(closure).toMatchObject({
      closedOn: '2026-11-20',
      reason: 'goalsAchieved',
      whereabouts: 'vocationalTraining',
      statusAtClosure: 'duldung60a',
      aftercareUntil: '2027-05-20',
      reopenedOn: null,
    });
  });

  test('reopening keeps the closure as history and derives the deadlines again, done marks included', async () => {
    const { caseId, code, recoveryKey } = await benchWithDuldung();
    const renewal = (await bench.call('cases:get', { id: caseId })).deadlines.find((deadline) => deadline.kind === 'suspensionRenewal');
    await bench.call('deadlines:resolve', { id: renewal?.id ?? '', state: 'done', reason: null });
    await bench.call('closure:close', {
      caseId,
      closure: closureInput({ reason: 'lostContact', whereabouts: 'unknown', statusAtClosure: 'ae25a' }),
    });
    await bench.call('closure:reopen', { caseId });

    expect((await bench.call('cases:list', {})).map((row) => [row.code, row.closedOn, row.nextDeadlineBucket])).toEqual([
      [code, null, 'next30Days'],
    ]);
    const detail = await bench.call('cases:get', { id: caseId });
    expect(detail.deadlines.map((deadline) => [deadline.kind, deadline.state])).toEqual([
      ['suspensionRenewal', 'done'],
      ['statusExpiry', 'open'],
      ['application25a', 'open'],
      ['ageLimit27', 'open'],
    ]);
    expect(await bench.call('closure:list', { caseId })).toMatchObject([
      { reason: 'lostContact', statusAtClosure: 'ae25a', reopenedOn: '2026-11-21' },
    ]);

    // Closed again: the second closure cannot lie before the reopening.
    expect((await bench.fail('closure:close', { caseId, closure: closureInput({ closedOn: '2026-11-20' }) })).fields).toEqual({
      'closure.closedOn': 'validation.closureBeforeReopen',
    });
    await bench.call('closure:close', {
      caseId,
      closure: closureInput({ closedOn: '2026-11-21', reason: 'relocation', whereabouts: 'none' }),
    });
    expect((await bench.call('closure:list', { caseId })).map((row) => [row.reason, row.reopenedOn])).toEqual([
      ['lostContact', '2026-11-21'],
      ['relocation', null],
    ]);

    const raw = await openRawDatabase(bench, recoveryKey);
    expect(
      logRows(raw)
        .filter((row) => ['case.close', 'case.reopen'].includes(row.action))
        .map((row) => [row.action, row.object]),
    ).toEqual([
      ['case.close', code],
      ['case.reopen', code],
      ['case.close', code],
    ]);
    raw.close();
  });

  test('bad closures are refused with field messages and nothing is saved', async () => {
    const { caseId } = await benchWithDuldung();
    const cases = [
      [
        closureInput({ closedOn: '2026-11-20', aftercareUntil: '2026-11-19' }),
        { 'closure.aftercareUntil': 'validation.aftercareBeforeClosure' },
      ],
      [closureInput({ closedOn: '2026-03-01' }), { 'closure.closedOn': 'validation.closureBeforeIntake' }],
      [closureInput({ closedOn: '2026-11-22' }), { 'closure.closedOn': 'validation.dateFuture' }],
      [closureInput({ closedOn: '2026-02-30' }), { 'closure.closedOn': 'validation.date' }],
    ] as const;
    for (const [closure, fields] of cases) {
      expect((await bench.fail('closure:close', { caseId, closure })).fields).toEqual(fields);
    }
    expect((await bench.fail('closure:close', { caseId, closure: { ...closureInput(), reason: 'Umzug' } })).fields).toHaveProperty([
      'closure.reason',
    ]);
    expect((await bench.fail('closure:close', { caseId, closure: { ...closureInput(), whereabouts: undefined } })).fields).toHaveProperty([
      'closure.whereabouts',
    ]);
    expect((await bench.fail('closure:close', { caseId: 'missing', closure: closureInput() })).code).toBe('NOT_FOUND');
    expect(await bench.call('closure:list', { caseId })).toEqual([]);
    expect(await bench.call('cases:list', {})).toHaveLength(1);
    expect(await openKinds(caseId)).toEqual(['suspensionRenewal', 'statusExpiry', 'application25a', 'ageLimit27']);
  });

  test('closing a closed case and reopening an open one are conflicts', async () => {
    const { caseId } = await benchWithDuldung();
    expect(await bench.fail('closure:reopen', { caseId })).toMatchObject({ code: 'CONFLICT', message: 'error.caseNotClosed' });
    await bench.call('closure:close', { caseId, closure: closureInput() });
    expect(await bench.fail('closure:close', { caseId, closure: closureInput() })).toMatchObject({
      code: 'CONFLICT',
      message: 'error.caseAlreadyClosed',
    });
    expect(await bench.call('closure:list', { caseId })).toHaveLength(1);
  });
});

describe('case list rows', () => {
  test('carry the deadline bucket and the age on the core’s today', async () => {
    const { caseId } = await benchWithDuldung();
    const other = await bench.call('cases:create', { fields: caseFields({ familyName: 'Haidari', birthDate: '2000-11-22' }) });
    await bench.call('deadlines:add', { caseId: other.id, kind: 'task', title: 'Unterlagen', dueOn: '2026-11-20' });
    const third = await bench.call('cases:create', { fields: caseFields({ familyName: 'Tesfay', birthDate: null }) });
    const rows = await bench.call('cases:list', {});
    expect(rows.map((row) => [row.id, row.nextDeadlineOn, row.nextDeadlineBucket, row.age])).toEqual([
      [caseId, '2026-10-15', 'overdue', 22],
      [other.id, '2026-11-20', 'overdue', 25],
      [third.id, null, null, null],
    ]);
  });
});

test('with two statuses from the same day, deadlines follow the one the case list shows (the later entry)', async () => {
  ({ bench } = await unlockedBench());
  const { id } = await bench.call('cases:create', { fields: caseFields({ birthDate: null }) });
  await bench.call('status:add', {
    caseId: id,
    status: { ...STATUS, status: 'duldung60a', validFrom: '2026-11-01', validUntil: '2026-12-01' },
  });
  await bench.call('status:add', {
    caseId: id,
    status: { ...STATUS, status: 'duldung60a', validFrom: '2026-11-01', validUntil: '2027-02-01' },
  });
  const [row] = await bench.call('cases:list', {});
  expect(row?.currentStatusUntil).toBe('2027-02-01');
  expect((await bench.call('cases:get', { id })).deadlines.map((deadline) => deadline.dueOn)).toEqual(['2026-12-21', '2027-02-01']);
});
