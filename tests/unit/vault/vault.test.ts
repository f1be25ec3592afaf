import { readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, test } from 'vitest';
import { COUNSELLOR, SUPERVISOR, TEST_KDF, createTestBench, setUpVault, type TestBench } from '../helpers/testCore';
import { readKeySlotFile, findRecoverySlot, openRecoverySlot } from '../../../src/main/vault/keyslots';
import { parseRecoveryKey } from '../../../src/main/vault/recoveryKey';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/kernel/db/migrations';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

const keyslotFile = () => join(bench.vaultDir, 'keyslots.json');
const databaseFile = () => join(bench.vaultDir, 'fallbuch.db');

/** The data key, recovered the way a data-protection officer would: through the recovery slot. */
function dataKeyFrom(recoveryKey: string): Buffer {
  const slots = readKeySlotFile(keyslotFile());
  const slot = slots && findRecoverySlot(slots);
  if (!slots || !slot) throw new Error('no recovery slot');
  const key = openRecoverySlot(slots.vaultId, slot, parseRecoveryKey(recoveryKey));
  if (!key) throw new Error('recovery key did not open the slot');
  return key;
}

describe('set-up', () => {
  test('creates an encrypted SQLCipher-4 vault, three key slots and opens it for the counsellor', async () => {
    bench = createTestBench();
    const { recoveryKey, session } = await setUpVault(bench);

    expect(session).toMatchObject({ name: COUNSELLOR.name, role: 'counsellor', autoLockMinutes: 5 });
    expect(recoveryKey).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/);
    const slots = readKeySlotFile(keyslotFile());
    expect(slots?.slots.map((slot) => slot.kind)).toEqual(['user', 'user', 'recovery']);
    expect(slots?.slots[0]).toMatchObject({ name: SUPERVISOR.name, role: 'supervisor', kdf: { algorithm: 'argon2id' } });

    await bench.call('vault:lock');
    const bytes = readFileSync(databaseFile());
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from(COUNSELLOR.name))).toBe(false);
    expect(bytes.includes(Buffer.from('audit_log'))).toBe(false);

    // Standard SQLCipher 4 settings with the raw data key open the file (no lock-in).
    const raw = new Database(databaseFile(), { readonly: true });
    raw.pragma(`cipher = 'sqlcipher'`);
    raw.pragma('legacy = 4');
    raw.pragma(`key = "x'${dataKeyFrom(recoveryKey).toString('hex')}'"`);
    expect(raw.prepare('SELECT name FROM users ORDER BY role DESC').pluck().all()).toEqual([SUPERVISOR.name, COUNSELLOR.name]);
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    raw.close();
  });

  test('applies the required PRAGMAs', async () => {
    bench = createTestBench();
    const { recoveryKey } = await setUpVault(bench);
    await bench.call('vault:lock');
    const { openEncryptedDatabase } = await import('../../../src/main/kernel/db/database');
    const db = openEncryptedDatabase(databaseFile(), dataKeyFrom(recoveryKey), { create: false });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    // 64 MiB of decrypted pages: a large office's case table is not decrypted again for every list.
    expect(db.pragma('cache_size', { simple: true })).toBe(-65536);
    expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
    db.close();
  });

  test('refuses a second set-up, a relative folder and a folder that holds a vault', async () => {
    bench = createTestBench();
    const relative = await bench.fail('vault:setup', { vaultDir: 'relativ/Tresor', supervisor: SUPERVISOR, counsellor: COUNSELLOR });
    expect(relative).toMatchObject({ code: 'VAULT_PATH_INVALID', fields: { vaultDir: 'error.VAULT_PATH_RELATIVE' } });
    await setUpVault(bench);
    expect(
      (await bench.fail('vault:setup', { vaultDir: join(bench.root, 'anders'), supervisor: SUPERVISOR, counsellor: COUNSELLOR })).code,
    ).toBe('ALREADY_INITIALISED');

    const other = createTestBench();
    try {
      const taken = await other.fail('vault:setup', { vaultDir: bench.vaultDir, supervisor: SUPERVISOR, counsellor: COUNSELLOR });
      expect(taken).toMatchObject({ code: 'VAULT_PATH_INVALID', message: 'error.VAULT_PATH_HAS_VAULT' });
    } finally {
      await other.cleanup();
    }
  });

  test('rejects short passphrases and equal names with field messages, writing nothing', async () => {
    bench = createTestBench();
    const error = await bench.fail('vault:setup', {
      vaultDir: bench.vaultDir,
      supervisor: { name: 'Gleich', passphrase: 'kurz' },
      counsellor: { name: 'gleich', passphrase: COUNSELLOR.passphrase },
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fields).toMatchObject({ 'supervisor.passphrase': 'validation.passphraseTooShort' });
    expect(existsSync(bench.vaultDir)).toBe(false);
    expect((await bench.call('vault:status')).state).toBe('uninitialised');
  });
});

describe('unlock', () => {
  test('each account opens with its own passphrase; names are matched without regard to case', async () => {
    bench = createTestBench();
    await setUpVault(bench);
    await bench.call('vault:lock');
    expect(await bench.call('vault:unlock', { account: 'sabine aufsicht', passphrase: SUPERVISOR.passphrase })).toMatchObject({
      role: 'supervisor',
    });
    expect(await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase })).toMatchObject({
      role: 'counsellor',
    });
    expect((await bench.fail('vault:unlock', { account: 'Niemand', passphrase: 'irgendwas-langes' })).message).toBe(
      'error.UNKNOWN_ACCOUNT',
    );
  });

  test('a wrong passphrase, damaged key slots and a damaged vault file are three distinct errors', async () => {
    bench = createTestBench();
    await setUpVault(bench);
    await bench.call('vault:lock');
    const unlock = { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase };

    expect((await bench.fail('vault:unlock', { ...unlock, passphrase: 'ganz-falsches-kennwort' })).code).toBe('WRONG_PASSPHRASE');

    const original = readFileSync(keyslotFile(), 'utf8');
    writeFileSync(keyslotFile(), original.replace('"timeCost": 1', '"timeCost": 2'));
    expect((await bench.fail('vault:unlock', unlock)).code).toBe('KEYSLOTS_DAMAGED');
    expect((await bench.call('vault:status')).problem).toBe('KEYSLOTS_DAMAGED');
    writeFileSync(keyslotFile(), '{ "format": "fallbuch-keysl');
    expect((await bench.fail('vault:unlock', unlock)).code).toBe('KEYSLOTS_DAMAGED');
    rmSync(keyslotFile());
    expect((await bench.fail('vault:unlock', unlock)).code).toBe('KEYSLOTS_DAMAGED');
    writeFileSync(keyslotFile(), original);

    const database = readFileSync(databaseFile());
    const damaged = Buffer.from(database);
    for (let offset = 100; offset < 400; offset += 1) damaged[offset] = (damaged[offset] ?? 0) ^ 0x5a;
    writeFileSync(databaseFile(), damaged);
    // A damaged vault is put aside untouched (quarantine, see vaultDamage.test.ts); put it back here.
    expect((await bench.fail('vault:unlock', unlock)).code).toBe('VAULT_DAMAGED');
    expect((await bench.call('vault:status')).problem).toBe('VAULT_DAMAGED');
    writeFileSync(databaseFile(), database);
    writeFileSync(keyslotFile(), original);

    expect(await bench.call('vault:unlock', unlock)).toMatchObject({ name: COUNSELLOR.name });
  });

  test('a vault written by a newer Fallbuch is refused with a clear message and left untouched', async () => {
    bench = createTestBench();
    const { recoveryKey } = await setUpVault(bench);
    await bench.call('vault:lock');
    const raw = new Database(databaseFile());
    raw.pragma(`cipher = 'sqlcipher'`);
    raw.pragma('legacy = 4');
    raw.pragma(`key = "x'${dataKeyFrom(recoveryKey).toString('hex')}'"`);
    raw.pragma('user_version = 99');
    raw.close();
    const error = await bench.fail('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect(error).toMatchObject({ code: 'VAULT_TOO_NEW', params: { found: 99, supported: LATEST_SCHEMA_VERSION } });
  });

  test('after three failures each try waits 2^n seconds, capped at 15 minutes, across restarts', async () => {
    bench = createTestBench();
    await setUpVault(bench);
    await bench.call('vault:lock');
    const wrong = { account: COUNSELLOR.name, passphrase: 'falsches-kennwort-123' };
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect((await bench.fail('vault:unlock', wrong)).code).toBe('WRONG_PASSPHRASE');
    }
    // The third failure already imposes 2^3 s.
    expect(await bench.fail('vault:unlock', wrong)).toMatchObject({ code: 'THROTTLED', params: { seconds: 8 } });
    bench.restart();
    const status = await bench.call('vault:status');
    expect(status.failedAttempts).toBe(3);
    expect(status.retryAt).toBe(new Date(bench.clock.now().getTime() + 8000).toISOString());
    // The correct passphrase does not get through while waiting either.
    expect((await bench.fail('vault:unlock', { ...wrong, passphrase: COUNSELLOR.passphrase })).code).toBe('THROTTLED');

    bench.clock.advance(8000);
    expect(await bench.fail('vault:unlock', wrong)).toMatchObject({ code: 'WRONG_PASSPHRASE', params: { seconds: 16 } });
    for (let failures = 5; failures <= 12; failures += 1) {
      bench.clock.advance(15 * 60 * 1000);
      await bench.fail('vault:unlock', wrong);
    }
    expect((await bench.fail('vault:unlock', wrong)).params?.seconds).toBe(900);

    bench.clock.advance(15 * 60 * 1000);
    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect((await bench.call('vault:status')).failedAttempts).toBe(0);
  });
});

describe('lock', () => {
  test('locking closes the database and wipes the key; every session channel then answers LOCKED', async () => {
    bench = createTestBench();
    await setUpVault(bench);
    await bench.call('vault:lock');
    expect((await bench.fail('settings:get')).code).toBe('LOCKED');
    expect((await bench.fail('vault:changePassphrase', { current: COUNSELLOR.passphrase, next: 'neues-kennwort-2026' })).code).toBe(
      'LOCKED',
    );
    expect((await bench.call('vault:status')).session).toBeNull();
  });

  test('the vault locks itself after the configured idle minutes; status polls do not count as activity', async () => {
    bench = createTestBench();
    await setUpVault(bench);
    bench.clock.advance(4 * 60_000);
    await bench.call('session:touch');
    bench.clock.advance(4 * 60_000);
    expect((await bench.call('vault:status')).state).toBe('unlocked');
    bench.clock.advance(60_000);
    expect((await bench.call('vault:status')).state).toBe('locked');

    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect(await bench.call('settings:update', { autoLockMinutes: 2 })).toMatchObject({ autoLockMinutes: 2 });
    bench.clock.advance(2 * 60_000 - 1);
    expect((await bench.call('vault:status')).state).toBe('unlocked');
    bench.clock.advance(1);
    expect((await bench.fail('settings:get')).code).toBe('LOCKED');
  });
});

test('lock() zeroes the data key buffer it held', async () => {
  bench = createTestBench();
  const { VaultService } = await import('../../../src/main/vault/service');
  const { caseAccessRule } = await import('../../../src/main/cases/access');
  const { AppConfigStore } = await import('../../../src/main/kernel/config');
  const service = new VaultService({
    accessRule: caseAccessRule,
    config: new AppConfigStore(bench.configDir),
    defaultVaultDir: bench.vaultDir,
    kdf: TEST_KDF,
    now: bench.clock.now,
  });
  await service.setup({ vaultDir: bench.vaultDir, supervisor: SUPERVISOR, counsellor: COUNSELLOR });
  const key = service.requireSession().dataKey;
  expect(key.some((byte) => byte !== 0)).toBe(true);
  service.lock('manual');
  expect(key.every((byte) => byte === 0)).toBe(true);
  expect(() => service.requireSession()).toThrow('LOCKED');
});

describe('passphrases and recovery', () => {
  test('changing a passphrase re-wraps only that slot', async () => {
    bench = createTestBench();
    await setUpVault(bench);
    const before = readKeySlotFile(keyslotFile());
    const next = 'Neues-Beratungs-Kennwort';
    expect((await bench.fail('vault:changePassphrase', { current: 'falsches-kennwort-1', next })).code).toBe('WRONG_PASSPHRASE');
    expect((await bench.fail('vault:changePassphrase', { current: COUNSELLOR.passphrase, next: 'kurz' })).fields).toEqual({
      next: 'validation.passphraseTooShort',
    });
    await bench.call('vault:changePassphrase', { current: COUNSELLOR.passphrase, next });
    const after = readKeySlotFile(keyslotFile());
    expect(after?.slots[0]).toEqual(before?.slots[0]);
    expect(after?.slots[2]).toEqual(before?.slots[2]);
    expect(after?.slots[1]).toMatchObject({ userId: before?.slots[1]?.kind === 'user' ? before.slots[1].userId : '', slotVersion: 2 });

    await bench.call('vault:lock');
    expect((await bench.fail('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: next })).toMatchObject({ role: 'counsellor' });
  });

  test('the recovery key unlocks, sets a new passphrase and tolerates typing variants', async () => {
    bench = createTestBench();
    const { recoveryKey } = await setUpVault(bench);
    await bench.call('vault:lock');
    const newPassphrase = 'Nach-Wiederherstellung-1';
    const wrongKey = recoveryKey.replace(/^[A-Z2-7]{4}/, (group) => (group === 'AAAA' ? 'BBBB' : 'AAAA'));
    expect((await bench.fail('vault:unlockWithRecoveryKey', { account: SUPERVISOR.name, recoveryKey: wrongKey, newPassphrase })).code).toBe(
      'WRONG_RECOVERY_KEY',
    );
    expect(
      (await bench.fail('vault:unlockWithRecoveryKey', { account: SUPERVISOR.name, recoveryKey: 'ABCD-EFGH', newPassphrase })).message,
    ).toBe('error.RECOVERY_KEY_FORMAT');

    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/o/g, '0');
    expect(await bench.call('vault:unlockWithRecoveryKey', { account: SUPERVISOR.name, recoveryKey: typed, newPassphrase })).toMatchObject({
      role: 'supervisor',
    });
    await bench.call('vault:lock');
    expect((await bench.fail('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: newPassphrase });
    await bench.call('vault:lock');
    // The other account is unaffected.
    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
  });
});
