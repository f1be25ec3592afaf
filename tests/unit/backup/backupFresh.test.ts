import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { caseFields, journalInput } from '../helpers/caseFixtures';
import { COUNSELLOR, SUPERVISOR, createTestBench, openRawDatabase, setUpVault, type TestBench } from '../helpers/testCore';

const benches: TestBench[] = [];
afterEach(async () => {
  for (const bench of benches.splice(0)) await bench.cleanup();
});

interface Dialogs {
  folder: string | null;
  openFile: string | null;
}

/** A vault with cases and a journal note, backed up into `<root>/Sicherungen`. */
async function vaultWithBackup(): Promise<{
  bench: TestBench;
  dialogs: Dialogs;
  recoveryKey: string;
  backupFile: string;
  caseCodes: string[];
}> {
  const dialogs: Dialogs = { folder: null, openFile: null };
  const bench = createTestBench({
    ports: {
      chooseFolder: async () => dialogs.folder,
      chooseOpenFiles: async () => (dialogs.openFile ? [dialogs.openFile] : null),
    },
  });
  benches.push(bench);
  const { recoveryKey } = await setUpVault(bench);
  const caseCodes: string[] = [];
  for (let index = 0; index < 20; index += 1) {
    const { id, code } = await bench.call('cases:create', { fields: caseFields({ familyName: `Person${index}` }) });
    caseCodes.push(code);
    await bench.call('journal:add', { caseId: id, entry: journalInput({ note: `Notiz ${index}` }) });
  }
  const target = join(bench.root, 'Sicherungen');
  mkdirSync(target);
  dialogs.folder = target;
  const created = await bench.call('backup:create', {});
  if (created.cancelled) throw new Error('cancelled');
  return { bench, dialogs, recoveryKey, backupFile: join(target, created.fileName), caseCodes };
}

/** The lost PC: config and vault folder are gone; a new core starts as on a fresh installation. */
function wipeInstallation(bench: TestBench): void {
  void bench.core.dispose();
  rmSync(bench.configDir, { recursive: true, force: true });
  rmSync(bench.vaultDir, { recursive: true, force: true });
  bench.restart();
}

async function choose(bench: TestBench, dialogs: Dialogs, file: string): Promise<string> {
  dialogs.openFile = file;
  const chosen = await bench.call('backup:chooseFresh', {});
  if (chosen.cancelled) throw new Error('cancelled');
  return chosen.token;
}

function configText(bench: TestBench): string | null {
  const file = join(bench.configDir, 'fallbuch-config.json');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

describe('restore onto an installation without a usable vault', () => {
  test('round trip: back up, lose config and vault, restore into a new folder, unlock with a passphrase; logged in the restored vault', async () => {
    const { bench, dialogs, recoveryKey, backupFile, caseCodes } = await vaultWithBackup();
    wipeInstallation(bench);
    expect((await bench.call('vault:status')).state).toBe('uninitialised');

    dialogs.openFile = backupFile;
    const chosen = await bench.call('backup:chooseFresh', {});
    if (chosen.cancelled) throw new Error('cancelled');
    expect(chosen).toMatchObject({ createdAt: '2026-11-21T09:00:00.000Z', fileName: backupFile.split('/').pop() });
    expect(chosen.accounts).toEqual([
      { name: SUPERVISOR.name, role: 'supervisor' },
      { name: COUNSELLOR.name, role: 'counsellor' },
    ]);

    const newFolder = join(bench.root, 'Neuer PC', 'Tresor');
    bench.clock.advance(60_000);
    const restored = await bench.call('backup:restoreFresh', {
      token: chosen.token,
      vaultDir: newFolder,
      credential: { method: 'passphrase', account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase },
    });
    expect(restored).toEqual({ restored: true, vaultDir: newFolder, backupCreatedAt: '2026-11-21T09:00:00.000Z' });
    expect(readdirSync(newFolder).sort()).toEqual(['fallbuch.db', 'keyslots.json']);
    expect(JSON.parse(configText(bench) ?? '{}').vaultDir).toBe(newFolder);

    // Still locked: the user unlocks normally, and all data is there.
    const status = await bench.call('vault:status');
    expect(status).toMatchObject({ state: 'locked', problem: null, vaultDir: newFolder });
    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    const list = await bench.call('cases:list', {});
    expect(list.map((row) => row.code).sort()).toEqual([...caseCodes].sort());

    // The restore is in the restored vault's access log (before the unlock), and the chain verifies.
    const raw = await openRawDatabase({ ...bench, vaultDir: newFolder }, recoveryKey);
    const restoreEntry = raw.prepare(`SELECT seq, user_name AS userName FROM audit_log WHERE action = 'backup.restoreFresh'`).all();
    const nextAction = raw
      .prepare('SELECT action FROM audit_log WHERE seq = ?')
      .pluck()
      .get(Number((restoreEntry[0] as { seq: number }).seq) + 1);
    raw.close();
    expect(restoreEntry).toEqual([{ seq: expect.any(Number), userName: COUNSELLOR.name }]);
    expect(nextAction).toBe('vault.unlock');
    await bench.call('vault:lock');
    await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
    expect((await bench.call('audit:verify', {})).intact).toBe(true);

    // A usable vault is never replaced from here, locked or not.
    expect((await bench.fail('backup:chooseFresh', {})).code).toBe('ALREADY_INITIALISED');
    await bench.call('vault:lock');
    expect((await bench.fail('backup:chooseFresh', {})).code).toBe('ALREADY_INITIALISED');
    expect(
      (
        await bench.fail('backup:restoreFresh', {
          token: chosen.token,
          vaultDir: join(bench.root, 'x'),
          credential: { method: 'recoveryKey', recoveryKey },
        })
      ).code,
    ).toBe('ALREADY_INITIALISED');
  });

  test('restore with the recovery key, then unlock with the recovery key and a new passphrase', async () => {
    const { bench, dialogs, recoveryKey, backupFile, caseCodes } = await vaultWithBackup();
    wipeInstallation(bench);
    const token = await choose(bench, dialogs, backupFile);
    const newFolder = join(bench.root, 'Ersatz-Tresor');
    mkdirSync(newFolder);
    // An empty existing folder (the dialog usually returns one) is fine, like at set-up.
    writeFileSync(join(newFolder, 'desktop.ini'), '');
    await bench.call('backup:restoreFresh', {
      token,
      vaultDir: newFolder,
      credential: { method: 'recoveryKey', recoveryKey: recoveryKey.toLowerCase() },
    });
    await bench.call('vault:unlockWithRecoveryKey', { account: SUPERVISOR.name, recoveryKey, newPassphrase: 'Ganz-neues-Kennwort-2026' });
    expect((await bench.call('vault:status')).session?.role).toBe('supervisor');
    expect((await bench.call('audit:verify', {})).intact).toBe(true);
    await bench.call('vault:lock');
    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect((await bench.call('cases:list', {})).length).toBe(caseCodes.length);
  });

  test('a vault whose folder was lost: the unlock screen reports it, and the restore goes to a new folder', async () => {
    const { bench, dialogs, backupFile } = await vaultWithBackup();
    await bench.call('vault:lock');
    rmSync(bench.vaultDir, { recursive: true, force: true });
    expect((await bench.call('vault:status')).problem).toBe('VAULT_MISSING');
    const token = await choose(bench, dialogs, backupFile);
    const newFolder = join(bench.root, 'Wiederhergestellt');
    await bench.call('backup:restoreFresh', {
      token,
      vaultDir: newFolder,
      credential: { method: 'passphrase', account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase },
    });
    expect(await bench.call('vault:status')).toMatchObject({ state: 'locked', problem: null, vaultDir: newFolder });
  });

  test('wrong key, damaged or truncated file, bad folders: refused with nothing written', async () => {
    const { bench, dialogs, backupFile } = await vaultWithBackup();
    const truncated = join(bench.root, 'Sicherungen', 'kurz.fbsicherung');
    copyFileSync(backupFile, truncated);
    truncateSync(truncated, readFileSync(backupFile).length - 4096);
    const flipped = join(bench.root, 'Sicherungen', 'kaputt.fbsicherung');
    const bytes = readFileSync(backupFile);
    bytes[bytes.length - 200] = (bytes[bytes.length - 200] ?? 0) ^ 0x01;
    writeFileSync(flipped, bytes);
    wipeInstallation(bench);

    const newFolder = join(bench.root, 'Neu');
    const nothingWritten = () => {
      expect(existsSync(newFolder)).toBe(false);
      expect(configText(bench)).toBeNull();
      expect(readdirSync(bench.root).sort()).toEqual(['Sicherungen']);
    };

    // Damaged or truncated containers are refused when chosen.
    for (const file of [truncated, flipped]) {
      dialogs.openFile = file;
      expect((await bench.fail('backup:chooseFresh', {})).code).toBe('BACKUP_DAMAGED');
    }
    nothingWritten();

    const token = await choose(bench, dialogs, backupFile);
    const attempts: [unknown, string][] = [
      [{ method: 'passphrase', account: COUNSELLOR.name, passphrase: 'falsches Kennwort' }, 'WRONG_PASSPHRASE'],
      [{ method: 'passphrase', account: 'Unbekannt', passphrase: COUNSELLOR.passphrase }, 'NOT_FOUND'],
      [{ method: 'recoveryKey', recoveryKey: 'AAAA-BBBB' }, 'WRONG_RECOVERY_KEY'],
      [{ method: 'recoveryKey', recoveryKey: 'A'.repeat(52) }, 'WRONG_RECOVERY_KEY'],
    ];
    for (const [credential, code] of attempts) {
      expect((await bench.fail('backup:restoreFresh', { token, vaultDir: newFolder, credential })).code).toBe(code);
      nothingWritten();
    }

    // Path tricks and careless input are refused by the contract or the folder rules.
    const good = { method: 'passphrase' as const, account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase };
    const badInputs: [unknown, string][] = [
      [{ token, vaultDir: 'relativ/Tresor', credential: good }, 'VAULT_PATH_INVALID'],
      [{ token: 'a'.repeat(32), vaultDir: newFolder, credential: good }, 'NOT_FOUND'],
      [{ token: '../etc/passwd', vaultDir: newFolder, credential: good }, 'INVALID_INPUT'],
      [{ token, file: backupFile, vaultDir: newFolder, credential: good }, 'INVALID_INPUT'],
      [{ token, vaultDir: newFolder, credential: { ...good, method: 'keyfile' } }, 'INVALID_INPUT'],
      [{ token, vaultDir: join(bench.root, 'Sicherungen'), credential: good }, 'VAULT_PATH_INVALID'],
      [{ token, vaultDir: backupFile, credential: good }, 'VAULT_PATH_INVALID'],
    ];
    for (const [input, code] of badInputs) {
      expect((await bench.fail('backup:restoreFresh', input)).code).toBe(code);
      nothingWritten();
    }
    // A folder that already holds a vault is refused with its own message.
    const occupied = join(bench.root, 'Sicherungen', 'alter-tresor');
    mkdirSync(occupied);
    writeFileSync(join(occupied, 'keyslots.json'), '{}');
    expect((await bench.fail('backup:restoreFresh', { token, vaultDir: occupied, credential: good })).fields).toEqual({
      vaultDir: 'error.VAULT_PATH_HAS_VAULT',
    });
    rmSync(occupied, { recursive: true });

    // The file changed after it was chosen (truncated now): refused at restore, nothing written.
    const moving = join(bench.root, 'Sicherungen', 'wird-kaputt.fbsicherung');
    copyFileSync(backupFile, moving);
    const movingToken = await choose(bench, dialogs, moving);
    truncateSync(moving, 10_000);
    expect((await bench.fail('backup:restoreFresh', { token: movingToken, vaultDir: newFolder, credential: good })).code).toBe(
      'BACKUP_DAMAGED',
    );
    nothingWritten();

    // And after all that, the good file still restores.
    const finalToken = await choose(bench, dialogs, backupFile);
    await bench.call('backup:restoreFresh', { token: finalToken, vaultDir: newFolder, credential: good });
    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect((await bench.call('cases:list', {})).length).toBe(20);
  });
});
