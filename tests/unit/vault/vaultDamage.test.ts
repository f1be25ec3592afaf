import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { caseFields } from '../helpers/caseFixtures';
import { COUNSELLOR, createTestBench, setUpVault, type TestBench } from '../helpers/testCore';
import { flipBytes } from '../helpers/pageScan';

/**
 * A vault found damaged at unlock is kept untouched under a quarantine name with the date, the
 * status explains it, and the newest backup is offered and restored into the same folder.
 */
const benches: TestBench[] = [];
afterEach(async () => {
  for (const bench of benches.splice(0)) await bench.cleanup();
});

const unlock = { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase };
const PAGE = 4096;

async function vaultWithBackup(): Promise<{ bench: TestBench; backups: string }> {
  let backups = '';
  const bench = createTestBench({ ports: { chooseFolder: async () => backups } });
  benches.push(bench);
  backups = join(bench.root, 'Sicherungen');
  mkdirSync(backups);
  await setUpVault(bench);
  await bench.call('cases:create', { fields: caseFields({ familyName: 'Vor-der-Sicherung' }) });
  await bench.call('backup:create', {});
  await bench.call('vault:lock');
  return { bench, backups };
}

test('a damaged page: quarantined byte for byte with the date, explained, the newest backup restored into the same folder', async () => {
  const { bench } = await vaultWithBackup();
  const databaseFile = join(bench.vaultDir, 'fallbuch.db');
  expect(readFileSync(databaseFile).length).toBeGreaterThan(6 * PAGE);
  const damaged = flipBytes(databaseFile, 5 * PAGE + 200, 64);
  const keyslots = readFileSync(join(bench.vaultDir, 'keyslots.json'));

  // A wrong passphrase proves nothing about the file: no quarantine for that.
  expect((await bench.fail('vault:unlock', { ...unlock, passphrase: 'falsches-Kennwort-123' })).code).toBe('WRONG_PASSPHRASE');
  expect(existsSync(databaseFile)).toBe(true);

  const error = await bench.fail('vault:unlock', unlock);
  expect(error).toEqual({ code: 'VAULT_DAMAGED', message: 'error.VAULT_DAMAGED', params: { quarantine: 'Quarantaene-2026-11-21-1000' } });
  const quarantine = join(bench.vaultDir, 'Quarantaene-2026-11-21-1000');
  expect(readFileSync(join(quarantine, 'fallbuch.db')).equals(damaged)).toBe(true);
  expect(readFileSync(join(quarantine, 'keyslots.json')).equals(keyslots)).toBe(true);
  expect(readFileSync(join(quarantine, 'LIESMICH.txt'), 'utf8')).toContain('unverändert');
  expect(existsSync(databaseFile)).toBe(false);

  const status = await bench.call('vault:status');
  expect(status).toMatchObject({
    state: 'locked',
    problem: 'VAULT_DAMAGED',
    damaged: { quarantineFolder: 'Quarantaene-2026-11-21-1000', quarantinedAt: '2026-11-21T09:00:00.000Z' },
  });

  // The newest backup is offered without a dialog and goes into the same folder.
  const offered = await bench.call('backup:chooseFresh', { newest: true });
  if (offered.cancelled) throw new Error('no backup offered');
  expect(offered.fileName).toMatch(/^Fallbuch-Sicherung-2026-11-21-1000\.fbsicherung$/);
  await bench.call('backup:restoreFresh', {
    token: offered.token,
    vaultDir: bench.vaultDir,
    credential: { method: 'passphrase', account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase },
  });
  await bench.call('vault:unlock', unlock);
  expect((await bench.call('cases:list', {})).map((row) => row.familyName)).toEqual(['Vor-der-Sicherung']);
  // The damaged file is still there, unchanged, for IT to look at.
  expect(readFileSync(join(quarantine, 'fallbuch.db')).equals(damaged)).toBe(true);
});

test('an unreadable header is damage too; a second damage on the same day gets its own quarantine folder', async () => {
  const { bench } = await vaultWithBackup();
  const databaseFile = join(bench.vaultDir, 'fallbuch.db');
  const damaged = flipBytes(databaseFile, 0, 512);
  expect((await bench.fail('vault:unlock', unlock)).code).toBe('VAULT_DAMAGED');
  expect(readFileSync(join(bench.vaultDir, 'Quarantaene-2026-11-21-1000', 'fallbuch.db')).equals(damaged)).toBe(true);

  const offered = await bench.call('backup:chooseFresh', { newest: true });
  if (offered.cancelled) throw new Error('no backup offered');
  await bench.call('backup:restoreFresh', {
    token: offered.token,
    vaultDir: bench.vaultDir,
    credential: { method: 'passphrase', account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase },
  });
  flipBytes(databaseFile, 0, 512);
  expect((await bench.fail('vault:unlock', unlock)).params).toEqual({ quarantine: 'Quarantaene-2026-11-21-1000-2' });
  expect(
    readdirSync(bench.vaultDir)
      .filter((name) => name.startsWith('Quarantaene-'))
      .sort(),
  ).toEqual(['Quarantaene-2026-11-21-1000', 'Quarantaene-2026-11-21-1000-2']);
  expect((await bench.call('vault:status')).damaged?.quarantineFolder).toBe('Quarantaene-2026-11-21-1000-2');
});

test('no known backup: the offer says so and a backup can still be chosen by hand', async () => {
  const bench = createTestBench();
  benches.push(bench);
  await setUpVault(bench);
  await bench.call('vault:lock');
  flipBytes(join(bench.vaultDir, 'fallbuch.db'), 0, 100);
  expect((await bench.fail('vault:unlock', unlock)).code).toBe('VAULT_DAMAGED');
  expect(await bench.call('backup:chooseFresh', { newest: true })).toEqual({ cancelled: true });
});
