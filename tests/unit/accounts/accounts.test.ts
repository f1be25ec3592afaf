import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { caseFields, createAuditBench, type AuditBench } from '../helpers/auditBench';
import { COUNSELLOR, SUPERVISOR, TEST_KDF, openRawDatabase } from '../helpers/testCore';
import { createUserSlot, readKeySlotFile, writeKeySlotFile } from '../../../src/main/vault/keyslots';

let bench: AuditBench;
afterEach(async () => bench?.cleanup());

const INITIAL = 'Erstes-Kennwort-2026';
const OWN = 'Eigenes-Kennwort-2026';

async function userId(name: string): Promise<string> {
  const account = (await bench.call('accounts:list')).find((candidate) => candidate.name === name);
  if (!account) throw new Error(`no account ${name}`);
  return account.userId;
}

async function logCount(): Promise<number> {
  const raw = await openRawDatabase(bench, bench.recoveryKey);
  const count = raw.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  raw.close();
  return count;
}

describe('accounts', () => {
  test('a new counsellor must replace the initial passphrase before anything else', async () => {
    bench = await createAuditBench();
    await bench.asSupervisor();
    await bench.call('accounts:create', { name: 'Dana Neu', role: 'counsellor', initialPassphrase: INITIAL });
    const listed = (await bench.call('accounts:list')).find((account) => account.name === 'Dana Neu');
    expect(listed).toMatchObject({ role: 'counsellor', disabled: false, mustChangePassphrase: true, openCases: 0 });
    await bench.call('vault:lock');
    const session = await bench.call('vault:unlock', { account: 'Dana Neu', passphrase: INITIAL });
    expect(session.mustChangePassphrase).toBe(true);
    expect((await bench.fail('cases:list', {})).code).toBe('PASSPHRASE_CHANGE_REQUIRED');
    expect((await bench.fail('settings:get', {})).code).toBe('PASSPHRASE_CHANGE_REQUIRED');
    await bench.call('vault:changePassphrase', { current: INITIAL, next: OWN });
    expect(await bench.call('cases:list', {})).toEqual([]);
    await bench.call('vault:lock');
    expect((await bench.call('vault:unlock', { account: 'Dana Neu', passphrase: OWN })).mustChangePassphrase).toBe(false);
  });

  test('a second supervisor gets key pairs and the log key; the last active supervisor cannot be disabled', async () => {
    bench = await createAuditBench();
    await bench.asSupervisor();
    const first = await userId(SUPERVISOR.name);
    // Alone, the supervisor cannot leave: nobody would be left to audit or manage accounts.
    expect((await bench.fail('accounts:disable', { userId: first })).code).toBe('LAST_SUPERVISOR');
    const { userId: second } = await bench.call('accounts:create', {
      name: 'Theo Leitung',
      role: 'supervisor',
      initialPassphrase: INITIAL,
    });
    await bench.call('vault:lock');
    await bench.call('vault:unlock', { account: 'Theo Leitung', passphrase: INITIAL });
    await bench.call('vault:changePassphrase', { current: INITIAL, next: OWN });
    expect((await bench.call('audit:verify')).intact).toBe(true);
    // Theo disables the first supervisor; now Theo is the last one.
    await bench.call('accounts:disable', { userId: first });
    expect((await bench.fail('accounts:disable', { userId: second })).code).toBe('LAST_SUPERVISOR');
    await bench.call('vault:lock');
    expect((await bench.fail('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase })).code).toBe('NOT_FOUND');
    // Enabled again with a new initial passphrase, the first supervisor gets new keys and K_0 again.
    await bench.call('vault:unlock', { account: 'Theo Leitung', passphrase: OWN });
    await bench.call('accounts:enable', { userId: first, initialPassphrase: INITIAL });
    // With two active, a supervisor may disable their own account; the session ends with it.
    await bench.call('accounts:disable', { userId: second });
    expect((await bench.call('vault:status')).state).toBe('locked');
    await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: INITIAL });
    await bench.call('vault:changePassphrase', { current: INITIAL, next: OWN });
    expect((await bench.call('audit:verify')).intact).toBe(true);
    const active = (await bench.call('accounts:list')).filter((account) => account.role === 'supervisor' && !account.disabled);
    expect(active.map((account) => account.name)).toEqual([SUPERVISOR.name]);
  });

  test('disabled accounts cannot unlock: their key slot is gone', async () => {
    bench = await createAuditBench();
    await bench.asSupervisor();
    await bench.call('accounts:disable', { userId: await userId(COUNSELLOR.name) });
    const slots = readKeySlotFile(join(bench.vaultDir, 'keyslots.json'));
    expect(slots?.slots.filter((slot) => slot.kind === 'user').map((slot) => slot.kind === 'user' && slot.name)).toEqual([SUPERVISOR.name]);
    await bench.call('vault:lock');
    expect((await bench.fail('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase })).code).toBe('NOT_FOUND');
    expect((await bench.call('vault:status')).accounts.map((account) => account.name)).toEqual([SUPERVISOR.name]);
  });

  test('reset access needs the recovery key; a wrong one changes nothing', async () => {
    bench = await createAuditBench();
    await bench.asSupervisor();
    const counsellorId = await userId(COUNSELLOR.name);
    const before = readFileSync(join(bench.vaultDir, 'keyslots.json'), 'utf8');
    const count = await logCount();
    const wrong = await bench.fail('accounts:resetAccess', {
      userId: counsellorId,
      recoveryKey: 'AAAA-'.repeat(12) + 'AAAA',
      initialPassphrase: INITIAL,
    });
    expect(wrong.code).toBe('WRONG_RECOVERY_KEY');
    expect(readFileSync(join(bench.vaultDir, 'keyslots.json'), 'utf8')).toBe(before);
    expect(await logCount()).toBe(count);
    await bench.call('accounts:resetAccess', { userId: counsellorId, recoveryKey: bench.recoveryKey, initialPassphrase: INITIAL });
    await bench.call('vault:lock');
    expect((await bench.fail('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    expect((await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: INITIAL })).mustChangePassphrase).toBe(true);
  });

  test('a supervisor who forgot the passphrase gets new keys through the recovery key and can still verify', async () => {
    bench = await createAuditBench();
    await bench.call('vault:lock');
    await bench.call('vault:unlockWithRecoveryKey', { account: SUPERVISOR.name, recoveryKey: bench.recoveryKey, newPassphrase: OWN });
    expect((await bench.call('audit:verify')).intact).toBe(true);
    await bench.call('vault:lock');
    await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: OWN });
    expect((await bench.call('audit:verify')).intact).toBe(true);
  });

  test('cases are assigned and handed over; the supervisor sees codes, never names', async () => {
    bench = await createAuditBench();
    const { id } = await bench.call('cases:create', { fields: caseFields({ familyName: 'Haidari', givenNames: 'Omid' }) });
    await bench.call('cases:create', { fields: caseFields({ familyName: 'Yılmaz' }) });
    await bench.call('vault:lock');
    await bench.asSupervisor();
    const cases = await bench.call('accounts:cases', {});
    expect(cases.map((item) => [item.code, item.counsellorName, item.state])).toEqual([
      ['FB-2026-0001', COUNSELLOR.name, 'open'],
      ['FB-2026-0002', COUNSELLOR.name, 'open'],
    ]);
    expect(JSON.stringify(cases)).not.toMatch(/Haidari|Omid|Yılmaz/);
    const { userId: dana } = await bench.call('accounts:create', { name: 'Dana Neu', role: 'counsellor', initialPassphrase: INITIAL });
    expect(await bench.call('accounts:assignCases', { caseIds: [id], counsellorId: dana })).toEqual({ moved: 1 });
    expect(await bench.call('accounts:handOver', { fromUserId: await userId(COUNSELLOR.name), toUserId: dana })).toEqual({ moved: 1 });
    expect((await bench.call('accounts:cases', {})).map((item) => item.counsellorName)).toEqual(['Dana Neu', 'Dana Neu']);
    // Cases go to active counsellors only.
    const supervisorId = await userId(SUPERVISOR.name);
    expect((await bench.fail('accounts:assignCases', { caseIds: [id], counsellorId: supervisorId })).fields).toEqual({
      counsellorId: 'error.NOT_A_COUNSELLOR',
    });
    expect((await bench.fail('accounts:handOver', { fromUserId: dana, toUserId: dana })).code).toBe('INVALID_INPUT');
    const raw = await openRawDatabase(bench, bench.recoveryKey);
    const assigned = raw.prepare(`SELECT object FROM audit_log WHERE action = 'case.assign' ORDER BY seq`).pluck().all();
    raw.close();
    expect(assigned).toEqual(['FB-2026-0001', 'FB-2026-0002']);
  });

  test('a name already in use is refused', async () => {
    bench = await createAuditBench();
    await bench.asSupervisor();
    const error = await bench.fail('accounts:create', {
      name: COUNSELLOR.name.toUpperCase(),
      role: 'counsellor',
      initialPassphrase: INITIAL,
    });
    expect(error.fields).toEqual({ name: 'error.ACCOUNT_NAME_TAKEN' });
  });
});

describe('a counsellor forging a supervisor key slot', () => {
  test('a slot and users row claiming the supervisor role are refused; nothing is written', async () => {
    bench = await createAuditBench();
    // The counsellor holds the data key after unlocking; here taken via the recovery slot, as a tool would.
    const { findRecoverySlot, openRecoverySlot } = await import('../../../src/main/vault/keyslots');
    const { parseRecoveryKey } = await import('../../../src/main/vault/recoveryKey');
    const { generateSupervisorKeyPairs, seedsOf } = await import('../../../src/main/session/log/keys');
    await bench.call('vault:lock');
    const file = join(bench.vaultDir, 'keyslots.json');
    const slots = readKeySlotFile(file);
    if (!slots) throw new Error('no slots');
    const recovery = findRecoverySlot(slots);
    const dataKey = recovery && openRecoverySlot(slots.vaultId, recovery, parseRecoveryKey(bench.recoveryKey));
    if (!dataKey) throw new Error('no data key');
    const counsellorSlot = slots.slots.find((slot) => slot.kind === 'user' && slot.role === 'counsellor');
    if (!counsellorSlot || counsellorSlot.kind !== 'user') throw new Error('no counsellor slot');
    // Forged: own key pairs, the counsellor's user id relabelled as supervisor, a K_0 of their own.
    const keys = generateSupervisorKeyPairs();
    const forged = await createUserSlot(
      slots.vaultId,
      { userId: counsellorSlot.userId, name: 'Chef Gefälscht', role: 'supervisor' },
      'Falsch-Kennwort-2026',
      dataKey,
      TEST_KDF,
      1,
      {
        seeds: seedsOf(keys),
        x25519Public: keys.x25519Public,
        ed25519Public: keys.ed25519Public,
      },
    );
    const { checksum: _checksum, ...body } = slots;
    writeKeySlotFile(file, { ...body, slots: [...slots.slots.filter((slot) => slot !== counsellorSlot), forged] });
    const raw = await openRawDatabase(bench, bench.recoveryKey, false);
    raw.prepare(`UPDATE users SET role = 'supervisor' WHERE id = ?`).run(counsellorSlot.userId);
    raw
      .prepare('INSERT INTO supervisor_keys (ed25519_public, user_id, x25519_public, created_at) VALUES (?, ?, ?, ?)')
      .run(keys.ed25519Public.toString('base64'), counsellorSlot.userId, keys.x25519Public.toString('base64'), '2026-11-21T09:00:00.000Z');
    const { storeSeal, supervisorRecipient } = await import('../../../src/main/session/log/keyring');
    storeSeal(raw, slots.vaultId, supervisorRecipient(counsellorSlot.userId), keys.x25519Public, Buffer.alloc(32, 1), new Date());
    const count = raw.prepare('SELECT count(*) FROM audit_log').pluck().get();
    raw.close();

    const error = await bench.fail('vault:unlock', { account: 'Chef Gefälscht', passphrase: 'Falsch-Kennwort-2026' });
    expect(error).toMatchObject({ code: 'SUPERVISOR_NOT_VERIFIED', message: 'error.SUPERVISOR_NOT_VERIFIED' });
    expect((await bench.call('vault:status')).state).toBe('locked');
    const after = await openRawDatabase(bench, bench.recoveryKey);
    expect(after.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(count);
    after.close();
    // The real supervisor still opens and sees the log intact (the forgery wrote no entries).
    await bench.asSupervisor();
    expect((await bench.call('audit:verify')).intact).toBe(true);
  });
});
