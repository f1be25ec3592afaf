import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { caseFields, journalInput, partnerInput } from '../helpers/caseFixtures';
import { COUNSELLOR, SUPERVISOR, createTestBench, openRawDatabase, setUpVault, type TestBench } from '../helpers/testCore';
import { dataKeyOf, decryptedContent } from '../helpers/pageScan';
import { writeBackupFile, verifyBackupFile, extractDatabase } from '../../../src/main/backup/backupFile';
import { seedVaultFolder } from '../../../bench/synthetic';

const benches: TestBench[] = [];
const mounts: string[] = [];
afterEach(async () => {
  const used = benches.splice(0);
  for (const bench of used) await bench.core.dispose();
  for (const mount of mounts.splice(0)) execFileSync('umount', [mount]);
  for (const bench of used) await bench.cleanup();
});

const MARKER = 'ZQXBACKUPMARKER';

interface Dialogs {
  folder: string | null;
  openFile: string | null;
}

async function benchWithDialogs(): Promise<{ bench: TestBench; dialogs: Dialogs; recoveryKey: string }> {
  const dialogs: Dialogs = { folder: null, openFile: null };
  const bench = createTestBench({
    ports: {
      chooseFolder: async () => dialogs.folder,
      chooseOpenFiles: async () => (dialogs.openFile ? [dialogs.openFile] : null),
    },
  });
  benches.push(bench);
  const { recoveryKey } = await setUpVault(bench);
  return { bench, dialogs, recoveryKey };
}

async function switchTo(bench: TestBench, account: { name: string; passphrase: string }): Promise<void> {
  await bench.call('vault:lock');
  await bench.call('vault:unlock', { account: account.name, passphrase: account.passphrase });
}

/** Everything but the access log and the backup bookkeeping, table by table, in a stable order. */
async function logicalContent(bench: TestBench, recoveryKey: string): Promise<Record<string, unknown[]>> {
  const raw = await openRawDatabase(bench, recoveryKey);
  const tables = raw
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' AND name NOT LIKE 'audit%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const content: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = raw.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
    content[table] = rows
      .filter((row) => !(table === 'settings' && String(row.key).startsWith('lifecycle.backup')))
      .map((row) => JSON.stringify(row))
      .sort();
  }
  raw.close();
  return content;
}

/**
 * Every table of the vault, rows as sorted JSON: only the backup bookkeeping, which the restore sets
 * on purpose, and the chain head (it moves with every entry; audit:verify checks it) are left out.
 * The access log comes back separately, in seq order, so a test can compare it as a prefix.
 */
async function everyTable(bench: TestBench, recoveryKey: string): Promise<{ content: Record<string, string[]>; log: string[] }> {
  const raw = await openRawDatabase(bench, recoveryKey);
  const tables = raw
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('audit_log', 'audit_chain') ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const content: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = raw.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
    content[table] = rows
      .filter((row) => !(table === 'settings' && String(row.key).startsWith('lifecycle.backup')))
      .map((row) => JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value)))
      .sort();
  }
  const log = (raw.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<string, unknown>[]).map((row) => JSON.stringify(row));
  raw.close();
  return { content, log };
}

function fileHashes(folder: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const name of readdirSync(folder).sort()) {
    if (name.endsWith('-shm') || statSync(join(folder, name)).isDirectory()) continue;
    hashes[name] = createHash('sha256')
      .update(readFileSync(join(folder, name)))
      .digest('hex');
  }
  return hashes;
}

describe('backup and restore', () => {
  test('round trip with 500 cases: encrypted copy, identical logical content after restore, logged', async () => {
    const { bench, dialogs, recoveryKey } = await benchWithDialogs();
    const ids: string[] = [];
    for (let index = 0; index < 500; index += 1) {
      const { id } = await bench.call('cases:create', { fields: caseFields({ familyName: `${MARKER}${index}` }) });
      ids.push(id);
      if (index % 10 === 0) await bench.call('journal:add', { caseId: id, entry: journalInput({ note: `Notiz ${MARKER} ${index}` }) });
    }
    const before = await logicalContent(bench, recoveryKey);
    const target = join(bench.root, 'Sicherungen');
    mkdirSync(target);
    dialogs.folder = target;
    const created = await bench.call('backup:create', {});
    if (created.cancelled) throw new Error('cancelled');
    const backupFile = join(target, created.fileName);
    const bytes = readFileSync(backupFile);
    expect(
      createHash('sha256')
        .update(bytes.subarray(0, bytes.length - 32))
        .digest('hex'),
    ).toBe(created.sha256);
    // No plaintext anywhere in the backup; its database part decrypts with the vault key and holds the data.
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    const verified = verifyBackupFile(backupFile);
    const extracted = join(bench.root, 'extracted.db');
    extractDatabase(backupFile, verified, extracted);
    expect(decryptedContent(extracted, dataKeyOf(bench.vaultDir, recoveryKey)).includes(Buffer.from(`Notiz ${MARKER} 490`))).toBe(true);

    const status = await bench.call('backup:status', {});
    expect(status).toMatchObject({
      lastBackupAt: '2026-11-21T09:00:00.000Z',
      lastBackupFile: created.fileName,
      daysSince: 0,
      isDue: false,
      reminderDays: 7,
    });

    // Change the vault after the backup, then restore as supervisor.
    await bench.call('cases:create', { fields: caseFields({ familyName: 'Nachher' }) });
    await bench.call('journal:add', { caseId: ids[3] ?? '', entry: journalInput({ note: 'nach der Sicherung' }) });
    await switchTo(bench, SUPERVISOR);
    dialogs.openFile = backupFile;
    const info = await bench.call('backup:inspect', {});
    expect(info).toMatchObject({ cancelled: false, createdAt: '2026-11-21T09:00:00.000Z' });
    bench.clock.advance(60_000);
    expect(await bench.call('backup:restore', { file: backupFile, passphrase: SUPERVISOR.passphrase })).toEqual({
      restored: true,
      backupCreatedAt: '2026-11-21T09:00:00.000Z',
    });
    expect((await bench.call('vault:status')).session?.name).toBe(SUPERVISOR.name);
    expect(await logicalContent(bench, recoveryKey)).toEqual(before);
    const raw = await openRawDatabase(bench, recoveryKey);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.prepare(`SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1`).pluck().get()).toBe('backup.restore');
    raw.close();
    expect(readdirSync(bench.vaultDir).filter((name) => name.startsWith('.'))).toEqual([]);
    // Both accounts still unlock with today's passphrases, and the recovery key still opens the vault.
    await switchTo(bench, COUNSELLOR);
    expect((await bench.call('cases:list', {})).length).toBe(500);
  });

  test('round trip at 5,000 cases: every table, search index included, identical after restore; the log continues and verifies', async () => {
    const { bench, dialogs, recoveryKey } = await benchWithDialogs();
    // Seeded in bulk through the core's repositories (the vault locked meanwhile), as the benchmarks do.
    await bench.call('vault:lock');
    const seeded = seedVaultFolder(bench.vaultDir, recoveryKey, { count: 5000, entriesPerCase: 4, seed: 5000 });
    expect(seeded.cases).toBe(5000);
    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    const firstCase = seeded.caseIds[0] ?? '';
    const searchTerm = (await bench.call('cases:get', { id: firstCase })).fields.familyName;
    const hitsBefore = await bench.call('search:query', { text: searchTerm });
    expect(hitsBefore.map((hit) => hit.caseId)).toContain(firstCase);
    const listBefore = await bench.call('cases:list', {});
    expect(listBefore.length).toBeGreaterThan(0);

    const before = await everyTable(bench, recoveryKey);
    expect(before.content.cases).toHaveLength(5000);
    expect(before.content.journal_entries?.length).toBe(seeded.journalEntries);
    const target = join(bench.root, 'Sicherungen');
    mkdirSync(target);
    dialogs.folder = target;
    const created = await bench.call('backup:create', {});
    if (created.cancelled) throw new Error('cancelled');

    // Changes after the backup in cases, journal, partners and search index: the restore must undo them all.
    await bench.call('cases:create', { fields: caseFields({ familyName: `${MARKER}Nachher` }) });
    await bench.call('journal:add', { caseId: firstCase, entry: journalInput({ note: `${MARKER} nach der Sicherung` }) });
    await bench.call('partners:add', { partner: partnerInput({ name: `${MARKER} Partner` }) });
    await switchTo(bench, SUPERVISOR);
    bench.clock.advance(60_000);
    expect(await bench.call('backup:restore', { file: join(target, created.fileName), passphrase: SUPERVISOR.passphrase })).toMatchObject({
      restored: true,
    });

    const after = await everyTable(bench, recoveryKey);
    expect(Object.keys(after.content)).toEqual(Object.keys(before.content));
    for (const table of Object.keys(before.content)) expect(after.content[table], table).toEqual(before.content[table]);
    // The log is the backup's log, continued: every entry up to the backup unchanged, then the restore.
    expect(after.log.slice(0, before.log.length)).toEqual(before.log);
    expect(after.log.slice(before.log.length).map((row) => JSON.parse(row).action)).toContain('backup.restore');
    expect((await bench.call('audit:verify')).findings).toEqual([]);

    await switchTo(bench, COUNSELLOR);
    expect(await bench.call('cases:list', {})).toEqual(listBefore);
    expect(await bench.call('search:query', { text: searchTerm })).toEqual(hitsBefore);
    expect(await bench.call('search:query', { text: `${MARKER}Nachher` })).toEqual([]);
  }, 120_000);

  test('a backup of a second vault opens with its own key slots: any passphrase or the recovery key unwraps the key', async () => {
    const { bench, dialogs, recoveryKey } = await benchWithDialogs();
    await bench.call('cases:create', { fields: caseFields() });
    const target = join(bench.root, 'Sicherungen');
    mkdirSync(target);
    dialogs.folder = target;
    const created = await bench.call('backup:create', {});
    if (created.cancelled) throw new Error('cancelled');
    const backup = verifyBackupFile(join(target, created.fileName));
    const { readKeySlotFile, findUserSlot, openUserSlot, findRecoverySlot, openRecoverySlot } =
      await import('../../../src/main/vault/keyslots');
    const { parseRecoveryKey } = await import('../../../src/main/vault/recoveryKey');
    const slotFile = join(bench.root, 'slots.json');
    writeFileSync(slotFile, backup.keyslots);
    const slots = readKeySlotFile(slotFile);
    if (!slots) throw new Error('no slots');
    const key = dataKeyOf(bench.vaultDir, recoveryKey);
    for (const account of [SUPERVISOR, COUNSELLOR]) {
      const slot = findUserSlot(slots, account.name);
      expect(slot && (await openUserSlot(slots.vaultId, slot, account.passphrase))).toEqual(key);
    }
    const recoverySlot = findRecoverySlot(slots);
    expect(recoverySlot && openRecoverySlot(slots.vaultId, recoverySlot, parseRecoveryKey(recoveryKey))).toEqual(key);
  });

  test('bad input is refused with a clear code and nothing changes', async () => {
    const { bench, dialogs, recoveryKey } = await benchWithDialogs();
    const { id } = await bench.call('cases:create', { fields: caseFields() });
    const target = join(bench.root, 'Sicherungen');
    mkdirSync(target);

    // A target inside the vault folder.
    dialogs.folder = join(bench.vaultDir);
    expect((await bench.fail('backup:create', {})).code).toBe('BACKUP_TARGET_INVALID');
    mkdirSync(join(bench.vaultDir, 'unter'));
    dialogs.folder = join(bench.vaultDir, 'unter');
    expect((await bench.fail('backup:create', {})).code).toBe('BACKUP_TARGET_INVALID');
    expect(readdirSync(join(bench.vaultDir, 'unter'))).toEqual([]);
    // A vault set up moments ago needs no reminder yet (issue 10).
    expect((await bench.call('backup:status', {})).isDue).toBe(false);

    dialogs.folder = target;
    const created = await bench.call('backup:create', {});
    if (created.cancelled) throw new Error('cancelled');
    const good = join(target, created.fileName);

    // Another vault's backup.
    const other = await benchWithDialogs();
    const otherTarget = join(other.bench.root, 'Sicherungen');
    mkdirSync(otherTarget);
    other.dialogs.folder = otherTarget;
    const otherCreated = await other.bench.call('backup:create', {});
    if (otherCreated.cancelled) throw new Error('cancelled');
    const foreign = join(otherTarget, otherCreated.fileName);

    // Truncated and bit-flipped copies.
    const truncated = join(target, 'kurz.fbsicherung');
    copyFileSync(good, truncated);
    truncateSync(truncated, readFileSync(good).length - 5000);
    const flipped = join(target, 'kaputt.fbsicherung');
    const flippedBytes = readFileSync(good);
    flippedBytes[flippedBytes.length - 100] = (flippedBytes[flippedBytes.length - 100] ?? 0) ^ 0xff;
    writeFileSync(flipped, flippedBytes);

    // A well-formed container claiming this vault but holding the other vault's database: wrong key.
    const verifiedGood = verifyBackupFile(good);
    const otherDatabase = join(other.bench.root, 'other.db');
    extractDatabase(foreign, verifyBackupFile(foreign), otherDatabase);
    const wrongKey = join(target, 'falscher-schluessel.fbsicherung');
    writeBackupFile(wrongKey, { header: { ...verifiedGood.header }, keyslots: verifiedGood.keyslots, databaseFile: otherDatabase });

    await bench.call('cases:create', { fields: caseFields({ familyName: 'Nach der Sicherung' }) });
    await switchTo(bench, SUPERVISOR);
    const before = await logicalContent(bench, recoveryKey);
    const files = fileHashes(bench.vaultDir);

    const cases: [string, string, string][] = [
      [good, 'falsches Kennwort 1', 'WRONG_PASSPHRASE'],
      [truncated, SUPERVISOR.passphrase, 'BACKUP_DAMAGED'],
      [flipped, SUPERVISOR.passphrase, 'BACKUP_DAMAGED'],
      [foreign, SUPERVISOR.passphrase, 'BACKUP_OTHER_VAULT'],
      [wrongKey, SUPERVISOR.passphrase, 'BACKUP_WRONG_KEY'],
      [join(target, 'gibt-es-nicht.fbsicherung'), SUPERVISOR.passphrase, 'NOT_FOUND'],
    ];
    for (const [file, passphrase, code] of cases) {
      expect((await bench.fail('backup:restore', { file, passphrase })).code, file).toBe(code);
      expect((await bench.call('vault:status')).state).toBe('unlocked');
    }
    dialogs.openFile = foreign;
    expect((await bench.fail('backup:inspect', {})).code).toBe('BACKUP_OTHER_VAULT');
    expect(await logicalContent(bench, recoveryKey)).toEqual(before);
    const after = fileHashes(bench.vaultDir);
    // The database and key slots are byte-identical; only the WAL may have grown by log entries.
    expect(after['fallbuch.db']).toBe(files['fallbuch.db']);
    expect(after['keyslots.json']).toBe(files['keyslots.json']);
    expect(Object.keys(after).filter((name) => name.startsWith('.'))).toEqual([]);
    // Counsellors may back up but not restore.
    await switchTo(bench, COUNSELLOR);
    expect((await bench.fail('backup:restore', { file: good, passphrase: COUNSELLOR.passphrase })).code).toBe('FORBIDDEN');
    expect((await bench.call('cases:get', { id })).id).toBe(id);
  });

  test('a failing write (full disk) leaves no partial backup and changes nothing', async () => {
    const { bench, recoveryKey } = await benchWithDialogs();
    for (let index = 0; index < 50; index += 1) await bench.call('cases:create', { fields: caseFields({ familyName: `Fall ${index}` }) });
    const target = join(bench.root, 'Sicherungen');
    mkdirSync(target);
    const { BackupService } = await import('../../../src/main/backup/service');
    // The core's vault service is private to createCore; a second core on the same folder is not
    // possible while it is open, so the injected writer is exercised through the module directly.
    const { VaultService } = await import('../../../src/main/vault/service');
    const { caseAccessRule } = await import('../../../src/main/cases/access');
    const { AppConfigStore } = await import('../../../src/main/kernel/config');
    await bench.core.dispose();
    const vault = new VaultService({
      accessRule: caseAccessRule,
      config: new AppConfigStore(bench.configDir),
      defaultVaultDir: bench.vaultDir,
      kdf: { memoryCost: 8192, timeCost: 1, parallelism: 1 },
      now: bench.clock.now,
    });
    await vault.unlock(COUNSELLOR.name, COUNSELLOR.passphrase);
    let written = 0;
    const service = new BackupService({
      vault,
      ports: {},
      writeChunk: (_handle, bytes) => {
        written += bytes.length;
        if (written > 64 * 1024) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    });
    expect(() => service.createIn(vault.requireSession(), target)).toThrow('no space left on device');
    expect(readdirSync(target)).toEqual([]);
    expect(service.status(vault.requireSession()).lastBackupAt).toBeNull();
    vault.lock('manual');
    bench.restart();
    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect((await bench.call('cases:list', {})).length).toBe(50);
    const raw = await openRawDatabase(bench, recoveryKey);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  });

  test.skipIf(!(process.platform === 'linux' && process.getuid?.() === 0))(
    'a real full disk (small tmpfs) is STORAGE_FULL with no file left',
    async () => {
      const { bench, dialogs } = await benchWithDialogs();
      for (let index = 0; index < 300; index += 1)
        await bench.call('cases:create', { fields: caseFields({ familyName: `Fall ${index}`, workExperience: 'x'.repeat(1500) }) });
      const small = join(bench.root, 'klein');
      mkdirSync(small);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', small]);
      mounts.push(small);
      dialogs.folder = small;
      expect((await bench.fail('backup:create', {})).code).toBe('STORAGE_FULL');
      expect(readdirSync(small)).toEqual([]);
      expect((await bench.call('backup:status', {})).lastBackupAt).toBeNull();
      expect((await bench.call('cases:list', {})).length).toBe(300);
      expect(existsSync(join(bench.vaultDir, 'fallbuch.db'))).toBe(true);
    },
  );

  test('the reminder is due once the vault, then the last backup, is older than the configured days', async () => {
    const { bench, dialogs } = await benchWithDialogs();
    // Before the first backup the vault's own age counts: not from the first minute (issue 10).
    expect(await bench.call('backup:status', {})).toMatchObject({ lastBackupAt: null, isDue: false, daysSince: null, reminderDays: 7 });
    bench.clock.advance(7 * 86_400_000);
    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect(await bench.call('backup:status', {})).toMatchObject({ lastBackupAt: null, isDue: false });
    bench.clock.advance(86_400_000);
    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect(await bench.call('backup:status', {})).toMatchObject({ lastBackupAt: null, isDue: true, daysSince: null });
    const target = join(bench.root, 'Sicherungen');
    mkdirSync(target);
    dialogs.folder = target;
    await bench.call('backup:create', {});
    expect((await bench.call('backup:setReminder', { reminderDays: 3 })).isDue).toBe(false);
    bench.clock.advance(3 * 86_400_000);
    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect(await bench.call('backup:status', {})).toMatchObject({ daysSince: 3, isDue: false });
    bench.clock.advance(86_400_000);
    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect(await bench.call('backup:status', {})).toMatchObject({ daysSince: 4, isDue: true });
    dialogs.folder = null;
    expect(await bench.call('backup:create', {})).toEqual({ cancelled: true });
  });
});
