import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { COUNSELLOR, SUPERVISOR, createTestBench, setUpVault, type TestBench } from './helpers/testCore';

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
  const wrong = await bench.fail('vault:unlockWithRecoveryKey', { account: COUNSELLOR.name, recoveryKey: oldKey, newPassphrase: 'Ganz-neues-Kennwort-1' });
  expect(wrong.code).toBe('WRONG_RECOVERY_KEY');
  const session = await bench.call('vault:unlockWithRecoveryKey', { account: COUNSELLOR.name, recoveryKey: newKey, newPassphrase: 'Ganz-neues-Kennwort-1' });
  expect(session.name).toBe(COUNSELLOR.name);
});
