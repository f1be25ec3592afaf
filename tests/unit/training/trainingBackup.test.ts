import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { verifyBackupFile, writeBackupFile } from '../../../src/main/backup/backupFile';
import { translate } from '../../../src/shared/i18n';
import { caseFields } from '../helpers/caseFixtures';
import { SUPERVISOR, createTestBench, setUpVault, type TestBench } from '../helpers/testCore';

/**
 * Issue 10: a training vault can never be restored over a real vault, nor a real backup over a
 * training vault — neither by "Sicherung wiederherstellen" in an open vault nor by the fresh restore
 * of an installation whose vault is lost or damaged. Refused with a clear German message, nothing
 * changed. Backups say what they hold in their header; older ones without it count by their key slots.
 */

const TRAINING_PASSPHRASE = 'Schulung ohne echte Daten 2026';
const TRAINING_SUPERVISOR = { name: 'Übungskonto Leitung', passphrase: TRAINING_PASSPHRASE };

interface Dialogs {
  folder: string | null;
  openFile: string | null;
}

const benches: TestBench[] = [];
afterEach(async () => {
  for (const bench of benches.splice(0)) await bench.cleanup();
});

function benchWithDialogs(): { bench: TestBench; dialogs: Dialogs } {
  const dialogs: Dialogs = { folder: null, openFile: null };
  const bench = createTestBench({
    ports: {
      chooseFolder: async () => dialogs.folder,
      chooseOpenFiles: async () => (dialogs.openFile ? [dialogs.openFile] : null),
    },
  });
  benches.push(bench);
  return { bench, dialogs };
}

async function backUp(bench: TestBench, dialogs: Dialogs): Promise<string> {
  const folder = join(bench.root, 'Sicherungen');
  mkdirSync(folder, { recursive: true });
  dialogs.folder = folder;
  const created = await bench.call('backup:create', {});
  if (created.cancelled) throw new Error('cancelled');
  return join(folder, created.fileName);
}

async function realVault() {
  const made = benchWithDialogs();
  await setUpVault(made.bench);
  await made.bench.call('cases:create', { fields: caseFields({ familyName: 'Echt' }) });
  const backupFile = await backUp(made.bench, made.dialogs);
  // Signed in as the supervisor, who may restore.
  await made.bench.call('vault:lock');
  await made.bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
  return { ...made, backupFile, vaultDir: made.bench.vaultDir, supervisor: SUPERVISOR };
}

async function trainingVault() {
  const made = benchWithDialogs();
  const created = await made.bench.call('trainingVault:create', { passphrase: TRAINING_PASSPHRASE });
  const backupFile = await backUp(made.bench, made.dialogs);
  await made.bench.call('vault:lock');
  await made.bench.call('vault:unlock', { account: TRAINING_SUPERVISOR.name, passphrase: TRAINING_PASSPHRASE });
  return { ...made, backupFile, vaultDir: created.vaultDir, supervisor: TRAINING_SUPERVISOR };
}

type Vault = Awaited<ReturnType<typeof realVault>>;

/** What must not change: the vault folder's files byte for byte (the WAL aside), and which vault is open. */
async function snapshot(vault: Vault) {
  const files = readdirSync(vault.vaultDir)
    .sort()
    .filter((name) => !name.endsWith('-wal') && !name.endsWith('-shm'))
    .map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(vault.vaultDir, name)))
        .digest('hex'),
    ]);
  const status = await vault.bench.call('vault:status');
  return { files, status };
}

async function expectRefusedInOpenVault(target: Vault, backupFile: string, messageKey: string) {
  const before = await snapshot(target);
  target.dialogs.openFile = backupFile;
  const inspected = await target.bench.fail('backup:inspect', {});
  expect(inspected).toMatchObject({ code: 'CONFLICT', message: messageKey });
  const restored = await target.bench.fail('backup:restore', { file: backupFile, passphrase: target.supervisor.passphrase });
  expect(restored).toMatchObject({ code: 'CONFLICT', message: messageKey });
  expect(await target.bench.call('vault:status')).toMatchObject({ state: 'unlocked', vaultDir: target.vaultDir });
  expect(await snapshot(target)).toEqual(before);
}

describe('backups of training and real vaults never cross', () => {
  test('the header says what a backup holds; the German messages say why it is refused', async () => {
    const real = await realVault();
    const training = await trainingVault();
    expect(verifyBackupFile(real.backupFile).header.purpose).toBe('real');
    expect(verifyBackupFile(training.backupFile).header.purpose).toBe('training');
    expect(translate('de', 'error.TRAINING_BACKUP_INTO_REAL')).toMatch(/Schulungstresor.*echten Tresors.*nichts verändert/);
    expect(translate('de', 'error.REAL_BACKUP_INTO_TRAINING')).toMatch(/echten Tresor.*Schulungstresor.*nichts verändert/);
  }, 120_000);

  test('in an open vault: a training backup is refused by a real vault and a real backup by a training vault, nothing changed', async () => {
    const real = await realVault();
    const training = await trainingVault();
    await expectRefusedInOpenVault(real, training.backupFile, 'error.TRAINING_BACKUP_INTO_REAL');
    await expectRefusedInOpenVault(training, real.backupFile, 'error.REAL_BACKUP_INTO_TRAINING');
    // Each vault's own backup still restores.
    expect(await real.bench.call('backup:restore', { file: real.backupFile, passphrase: SUPERVISOR.passphrase })).toMatchObject({
      restored: true,
    });
    expect(await training.bench.call('backup:restore', { file: training.backupFile, passphrase: TRAINING_PASSPHRASE })).toMatchObject({
      restored: true,
    });
    expect(await training.bench.call('vault:status')).toMatchObject({ isTraining: true });
  }, 180_000);

  test('an older backup without the header field counts by its key slots, and as real without a mark; a header that contradicts them is damaged', async () => {
    const real = await realVault();
    const training = await trainingVault();
    const rewrite = (from: Vault, name: string, purpose?: 'real' | 'training') => {
      const backup = verifyBackupFile(from.backupFile);
      const file = join(from.bench.root, name);
      const database = join(from.bench.root, `${name}.db`);
      const bytes = readFileSync(from.backupFile).subarray(backup.databaseOffset, backup.databaseOffset + backup.header.databaseBytes);
      writeFileSync(database, bytes);
      const { keyslotBytes: _k, databaseBytes: _d, purpose: _p, ...header } = backup.header;
      writeBackupFile(file, { header: { ...header, ...(purpose ? { purpose } : {}) }, keyslots: backup.keyslots, databaseFile: database });
      return file;
    };
    const oldTraining = rewrite(training, 'alt-schulung.fbsicherung');
    const oldReal = rewrite(real, 'alt-echt.fbsicherung');
    expect(verifyBackupFile(oldTraining).header.purpose).toBeUndefined();
    await expectRefusedInOpenVault(real, oldTraining, 'error.TRAINING_BACKUP_INTO_REAL');
    await expectRefusedInOpenVault(training, oldReal, 'error.REAL_BACKUP_INTO_TRAINING');
    // The old real backup is a real one: its own vault restores it.
    expect(await real.bench.call('backup:restore', { file: oldReal, passphrase: SUPERVISOR.passphrase })).toMatchObject({ restored: true });
    // A training vault's key slots under a header that says "real": not a backup Fallbuch made.
    const disguised = rewrite(training, 'getarnt.fbsicherung', 'real');
    real.dialogs.openFile = disguised;
    expect((await real.bench.fail('backup:inspect', {})).code).toBe('BACKUP_DAMAGED');
  }, 180_000);

  test('fresh restore: a damaged real vault is not replaced by a training backup, a damaged training vault not by a real backup', async () => {
    const real = await realVault();
    const training = await trainingVault();
    for (const [target, backupFile, messageKey] of [
      [real, training.backupFile, 'error.TRAINING_BACKUP_INTO_REAL'],
      [training, real.backupFile, 'error.REAL_BACKUP_INTO_TRAINING'],
    ] as const) {
      await target.bench.call('vault:lock');
      // The key slots are damaged: the unlock screen offers the restore from a backup.
      writeFileSync(join(target.vaultDir, 'keyslots.json'), '{ kaputt');
      expect(await target.bench.call('vault:status')).toMatchObject({ problem: 'KEYSLOTS_DAMAGED', vaultDir: target.vaultDir });
      const config = readFileSync(join(target.bench.configDir, 'fallbuch-config.json'), 'utf8');
      const files = readdirSync(target.vaultDir).sort();
      target.dialogs.openFile = backupFile;
      expect(await target.bench.fail('backup:chooseFresh', {})).toMatchObject({ code: 'CONFLICT', message: messageKey });
      expect(readFileSync(join(target.bench.configDir, 'fallbuch-config.json'), 'utf8')).toBe(config);
      expect(readdirSync(target.vaultDir).sort()).toEqual(files);
      // Its own kind is accepted: the choice gives a token for the restore.
      target.dialogs.openFile = target.backupFile;
      const chosen = await target.bench.call('backup:chooseFresh', {});
      expect(chosen.cancelled).toBe(false);
    }
    // Its own kind comes back into a new folder and is still a training vault.
    const chosen = await training.bench.call('backup:chooseFresh', {});
    if (chosen.cancelled) throw new Error('cancelled');
    const newFolder = join(training.bench.root, 'Neu');
    await training.bench.call('backup:restoreFresh', {
      token: chosen.token,
      vaultDir: newFolder,
      credential: { method: 'passphrase', account: TRAINING_SUPERVISOR.name, passphrase: TRAINING_PASSPHRASE },
    });
    expect(await training.bench.call('vault:status')).toMatchObject({
      state: 'locked',
      problem: null,
      vaultDir: newFolder,
      isTraining: true,
    });
  }, 180_000);
});
