import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { COUNSELLOR, SUPERVISOR, createTestBench, openRawDatabase, setUpVault, type TestBench } from '../helpers/testCore';
import { RECOVERY_RECIPIENT, openK0 } from '../../../src/main/session/log/keyring';
import { recoveryKeyPair } from '../../../src/main/session/log/keys';
import { parseRecoveryKey } from '../../../src/main/vault/recoveryKey';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

test('a new recovery key replaces the old one; only the recovery slot changes', async () => {
  bench = createTestBench();
  const { recoveryKey: oldKey } = await setUpVault(bench);
  expect((await bench.fail('recovery:regenerate', { passphrase: COUNSELLOR.passphrase })).code).toBe('FORBIDDEN');
  await bench.call('vault:lock');
  await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
  const slotsBefore = JSON.parse(readFileSync(join(bench.vaultDir, 'keyslots.json'), 'utf8')) as { slots: { kind: string }[] };
  expect((await bench.fail('recovery:regenerate', { passphrase: 'falsches Kennwort' })).code).toBe('WRONG_PASSPHRASE');
  const { recoveryKey: newKey } = await bench.call('recovery:regenerate', { passphrase: SUPERVISOR.passphrase });
  expect(newKey).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/);
  expect(newKey).not.toBe(oldKey);
  const slotsAfter = JSON.parse(readFileSync(join(bench.vaultDir, 'keyslots.json'), 'utf8')) as { slots: { kind: string }[] };
  expect(slotsAfter.slots.filter((slot) => slot.kind === 'user')).toEqual(slotsBefore.slots.filter((slot) => slot.kind === 'user'));
  await bench.call('vault:lock');
  const wrong = await bench.fail('vault:unlockWithRecoveryKey', {
    account: COUNSELLOR.name,
    recoveryKey: oldKey,
    newPassphrase: 'Ganz-neues-Kennwort-1',
  });
  expect(wrong.code).toBe('WRONG_RECOVERY_KEY');
  const session = await bench.call('vault:unlockWithRecoveryKey', {
    account: COUNSELLOR.name,
    recoveryKey: newKey,
    newPassphrase: 'Ganz-neues-Kennwort-1',
  });
  expect(session.name).toBe(COUNSELLOR.name);
});

test('after a regeneration the new key recovers a supervisor together with the log key; the old key opens neither', async () => {
  bench = createTestBench();
  const { recoveryKey: oldKey } = await setUpVault(bench);
  await bench.call('vault:lock');
  await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
  const { recoveryKey: newKey } = await bench.call('recovery:regenerate', { passphrase: SUPERVISOR.passphrase });
  await bench.call('vault:lock');

  // The recovery seal of K_0 now opens with the new key only.
  const raw = await openRawDatabase(bench, newKey);
  const vaultId = String(raw.prepare(`SELECT value FROM meta WHERE key = 'vault_id'`).pluck().get());
  const opensK0 = (key: string): boolean => {
    const pair = recoveryKeyPair(parseRecoveryKey(key));
    const k0 = openK0(raw, vaultId, RECOVERY_RECIPIENT, pair.privateSeed);
    k0?.fill(0);
    return k0 !== null;
  };
  expect(opensK0(newKey)).toBe(true);
  expect(opensK0(oldKey)).toBe(false);
  raw.close();

  // The supervisor forgot the passphrase: the old key is refused, the new one restores access and K_0.
  const refused = await bench.fail('vault:unlockWithRecoveryKey', {
    account: SUPERVISOR.name,
    recoveryKey: oldKey,
    newPassphrase: 'Neues-Aufsicht-Kennwort-1',
  });
  expect(refused.code).toBe('WRONG_RECOVERY_KEY');
  const session = await bench.call('vault:unlockWithRecoveryKey', {
    account: SUPERVISOR.name,
    recoveryKey: newKey,
    newPassphrase: 'Neues-Aufsicht-Kennwort-1',
  });
  expect(session.role).toBe('supervisor');
  expect((await bench.call('audit:verify')).intact).toBe(true);
  await bench.call('vault:lock');
  await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: 'Neues-Aufsicht-Kennwort-1' });
  expect((await bench.call('audit:verify')).intact).toBe(true);
});
