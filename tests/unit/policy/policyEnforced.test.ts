import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { MachinePolicy } from '../../../src/shared/policy/domain';
import type { CoreOptions } from '../../../src/main/app/createCore';
import { caseFields } from '../helpers/caseFixtures';
import { COUNSELLOR, SUPERVISOR, createTestBench, openRawDatabase, setUpVault, type TestBench } from '../helpers/testCore';

/**
 * Every setting the machine policy can pin, enforced by the core: a call that would break it fails
 * with a clear message and changes nothing. (The screens show the same values as „von Ihrer
 * Organisation festgelegt“; see tests/e2e/policy.spec.ts.)
 */
const POLICY_FILE = 'C:\\ProgramData\\Fallbuch\\policy.json';
const benches: TestBench[] = [];
afterEach(async () => {
  for (const bench of benches.splice(0)) await bench.cleanup();
});

function benchWith(rules: Omit<MachinePolicy, 'version'>, overrides: Partial<CoreOptions> = {}): TestBench {
  const bench = createTestBench({ policy: { rules: { version: 1, ...rules }, file: POLICY_FILE }, ...overrides });
  benches.push(bench);
  return bench;
}

/** The same folders and clock, another policy: as if IT rolled out a new file and Fallbuch restarted. */
function restartWith(bench: TestBench, rules: Omit<MachinePolicy, 'version'>): TestBench {
  const next = createTestBench({
    configDir: bench.configDir,
    defaultVaultDir: bench.vaultDir,
    now: bench.clock.now,
    policy: { rules: { version: 1, ...rules }, file: POLICY_FILE },
  });
  void bench.core.dispose();
  benches.push(next);
  return { ...next, vaultDir: bench.vaultDir, configDir: bench.configDir, clock: bench.clock };
}

describe('vault folder', () => {
  test('a pinned folder is the only one set-up accepts; the suggestion is that folder', async () => {
    const probe = createTestBench();
    benches.push(probe);
    const pinned = join(probe.root, 'Vorgabe', 'Tresor');
    const bench = benchWith({ vault: { folder: pinned } });
    expect(await bench.call('vault:suggestLocation')).toEqual({ vaultDir: pinned, storage: 'local', pinned: true });
    const refused = await bench.fail('vault:setup', { vaultDir: bench.vaultDir, supervisor: SUPERVISOR, counsellor: COUNSELLOR });
    expect(refused).toMatchObject({ code: 'POLICY_FOLDER', message: 'policy.folder.vault', params: { folders: pinned } });
    expect(existsSync(bench.vaultDir)).toBe(false);
    expect((await bench.call('vault:status')).state).toBe('uninitialised');
    await bench.call('vault:setup', { vaultDir: pinned, supervisor: SUPERVISOR, counsellor: COUNSELLOR });
    expect(readdirSync(pinned)).toContain('fallbuch.db');
  });

  test('allowed roots: inside one is fine, anywhere else is refused', async () => {
    const bench = benchWith({});
    const root = join(bench.root, 'Tresore');
    const limited = benchWith({ vault: { allowedRoots: [root] } }, { configDir: join(bench.root, 'config2') });
    expect((await limited.call('vault:suggestLocation')).vaultDir).toBe(join(root, 'Tresor'));
    expect((await limited.fail('vault:setup', { vaultDir: bench.vaultDir, supervisor: SUPERVISOR, counsellor: COUNSELLOR })).code).toBe(
      'POLICY_FOLDER',
    );
    await limited.call('vault:setup', { vaultDir: join(root, 'Beratung'), supervisor: SUPERVISOR, counsellor: COUNSELLOR });
  });
});

describe('settings within the policy', () => {
  test('the auto-lock ceiling: longer is refused and changes nothing, shorter is fine', async () => {
    const bench = benchWith({ autoLockMaxMinutes: 10 });
    await setUpVault(bench);
    const refused = await bench.fail('settings:update', { autoLockMinutes: 30, language: 'en' });
    expect(refused).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'policy.autoLockAboveCeiling',
      params: { minutes: 10 },
      fields: { autoLockMinutes: 'policy.autoLockAboveCeilingField' },
    });
    // Not even the language of the same call was taken.
    expect(await bench.call('settings:get')).toMatchObject({ autoLockMinutes: 5, storedAutoLockMinutes: 5, language: 'de' });
    expect(await bench.call('settings:update', { autoLockMinutes: 10 })).toMatchObject({ autoLockMinutes: 10 });
  });

  test('a ceiling below the stored value: the ceiling applies, the stored value stays, the screen can say both', async () => {
    const before = benchWith({});
    const { recoveryKey } = await setUpVault(before);
    await before.call('settings:update', { autoLockMinutes: 60 });
    await before.call('vault:lock');
    const bench = restartWith(before, { autoLockMaxMinutes: 15 });
    const session = await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect(session.autoLockMinutes).toBe(15);
    expect(await bench.call('settings:get')).toMatchObject({ autoLockMinutes: 15, storedAutoLockMinutes: 60 });
    // The core locks after the ceiling, not after the stored hour.
    bench.clock.advance(15 * 60_000 + 1);
    expect((await bench.call('vault:status')).state).toBe('locked');
    const raw = await openRawDatabase(bench, recoveryKey);
    expect(raw.prepare(`SELECT value FROM settings WHERE key = 'autoLockMinutes'`).pluck().get()).toBe('60');
    raw.close();
  });

  test('a pinned case-code prefix names new cases and cannot be changed', async () => {
    const bench = benchWith({ caseCodePrefix: 'LEV' });
    await setUpVault(bench);
    expect((await bench.call('settings:get')).caseCodePrefix).toBe('LEV');
    expect((await bench.call('cases:create', { fields: caseFields() })).code).toBe('LEV-2026-0001');
    expect(await bench.fail('settings:update', { caseCodePrefix: 'KOE' })).toMatchObject({
      code: 'POLICY_PINNED',
      fields: { caseCodePrefix: 'policy.pinnedValue' },
    });
    // Sending the pinned value itself (a settings form sends every field) is fine.
    expect((await bench.call('settings:update', { caseCodePrefix: 'LEV', autoLockMinutes: 3 })).autoLockMinutes).toBe(3);
  });
});

describe('passphrases', () => {
  test('the minimum length applies to set-up, passphrase change, recovery and new accounts', async () => {
    const bench = benchWith({ minPassphraseLength: 24 });
    const short = 'Nur-zweiundzwanzig-Zch';
    const long = 'Vierundzwanzig-Zeichen-lang';
    const setup = await bench.fail('vault:setup', {
      vaultDir: bench.vaultDir,
      supervisor: { ...SUPERVISOR, passphrase: short },
      counsellor: { ...COUNSELLOR, passphrase: long },
    });
    expect(setup).toMatchObject({
      code: 'INVALID_INPUT',
      params: { min: 24 },
      fields: { 'supervisor.passphrase': 'policy.passphraseTooShortField' },
    });
    expect(existsSync(bench.vaultDir)).toBe(false);
    const { recoveryKey } = await bench.call('vault:setup', {
      vaultDir: bench.vaultDir,
      supervisor: { ...SUPERVISOR, passphrase: long },
      counsellor: { ...COUNSELLOR, passphrase: `${long}!` },
    });
    expect((await bench.fail('vault:changePassphrase', { current: `${long}!`, next: short })).fields).toEqual({
      next: 'policy.passphraseTooShortField',
    });
    await bench.call('vault:lock');
    const recovery = await bench.fail('vault:unlockWithRecoveryKey', { account: COUNSELLOR.name, recoveryKey, newPassphrase: short });
    expect(recovery.fields).toEqual({ newPassphrase: 'policy.passphraseTooShortField' });
    await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: long });
    const account = await bench.fail('accounts:create', { name: 'Dana Neu', role: 'counsellor', initialPassphrase: short });
    expect(account.fields).toEqual({ initialPassphrase: 'policy.passphraseTooShortField' });
    expect((await bench.call('accounts:list')).map((row) => row.name)).not.toContain('Dana Neu');
    expect((await bench.call('policy:get')).minPassphraseLength).toBe(24);
  });
});

describe('folders for exports and backups', () => {
  test('an export outside the allowed folders is refused before anything is written; the dialog opens in the allowed one', async () => {
    const requests: unknown[] = [];
    let chosen = '';
    const bench = benchWith(
      {},
      {
        ports: {
          chooseSaveFile: async (request) => {
            requests.push(request);
            return chosen;
          },
        },
      },
    );
    const allowed = join(bench.root, 'Exporte');
    const limited = benchWith(
      { exportFolders: [allowed] },
      {
        configDir: join(bench.root, 'c2'),
        defaultVaultDir: join(bench.root, 'T2'),
        ports: { chooseSaveFile: async (request) => (requests.push(request), chosen) },
      },
    );
    await limited.call('vault:setup', { vaultDir: join(bench.root, 'T2'), supervisor: SUPERVISOR, counsellor: COUNSELLOR });
    chosen = join(bench.root, 'Desktop', 'Verzeichnis.md');
    const refused = await limited.fail('processingRecord:export', { format: 'markdown' });
    expect(refused).toMatchObject({ code: 'POLICY_FOLDER', message: 'policy.folder.export', params: { folders: allowed } });
    expect(existsSync(chosen)).toBe(false);
    expect(requests.at(-1)).toMatchObject({ defaultFolder: allowed });
    mkdirSync(allowed);
    chosen = join(allowed, 'Verzeichnis.md');
    expect(await limited.call('processingRecord:export', { format: 'markdown' })).toMatchObject({ cancelled: false });
    expect(existsSync(chosen)).toBe(true);
  });

  test('backups only into the pinned backup folder', async () => {
    let folder = '';
    const defaults: string[] = [];
    const probe = createTestBench();
    benches.push(probe);
    const backupFolder = join(probe.root, 'Sicherungen');
    mkdirSync(backupFolder);
    const bench = benchWith(
      { backupFolder },
      {
        ports: {
          chooseFolder: async (defaultPath) => {
            defaults.push(defaultPath);
            return folder;
          },
        },
      },
    );
    await setUpVault(bench);
    folder = probe.root;
    expect(await bench.fail('backup:create', {})).toMatchObject({ code: 'POLICY_FOLDER', message: 'policy.folder.backup' });
    expect(defaults).toEqual([backupFolder]);
    expect(readdirSync(probe.root).filter((name) => name.endsWith('.fbsicherung'))).toEqual([]);
    folder = backupFolder;
    expect(await bench.call('backup:create', {})).toMatchObject({ cancelled: false });
    expect(readdirSync(backupFolder)).toHaveLength(1);
  });
});

describe('feature switches, letterhead and the Art. 30 record', () => {
  test('combining statistics exports and importing lists switched off: refused with the reason, no dialog opens', async () => {
    let dialogs = 0;
    const bench = benchWith({ allowCombine: false, allowImport: false }, { ports: { chooseOpenFiles: async () => (dialogs++, null) } });
    await setUpVault(bench);
    expect(await bench.fail('stats:combine', {})).toMatchObject({ code: 'POLICY_FORBIDDEN', message: 'policy.feature.combine' });
    await bench.call('vault:lock');
    await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect(await bench.fail('import:open', {})).toMatchObject({ code: 'POLICY_FORBIDDEN', message: 'policy.feature.import' });
    // Earlier imports can still be listed (and undone).
    expect(await bench.call('import:batches', {})).toEqual([]);
    expect(dialogs).toBe(0);
    expect(await bench.call('policy:get')).toMatchObject({ allowCombine: false, allowImport: false, file: POLICY_FILE });
  });

  test('policy:get tells every screen what is pinned; the Art. 30 record lists it', async () => {
    const letterhead = { organisation: 'Stadt Leverkusen – KI', addressLines: ['Friedrich-Ebert-Platz 1', '51373 Leverkusen'] };
    const bench = benchWith({ autoLockMaxMinutes: 10, letterhead, caseCodePrefix: 'LEV', vault: { allowNetwork: true } });
    expect(await bench.call('policy:get')).toEqual({
      file: POLICY_FILE,
      vaultFolder: null,
      vaultAllowedRoots: null,
      allowNetworkVault: true,
      backupFolder: null,
      autoLockMaxMinutes: 10,
      minPassphraseLength: 12,
      minPassphraseLengthPinned: false,
      exportFolders: null,
      allowImport: true,
      allowCombine: true,
      letterhead,
      caseCodePrefix: 'LEV',
    });
    await setUpVault(bench);
    await bench.call('vault:lock');
    await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
    const { markdown } = await bench.call('processingRecord:get');
    expect(markdown).toContain(`## Von der Organisation festgelegt (Richtlinie ${POLICY_FILE})`);
    for (const line of [
      '- Tresor auf Netzlaufwerk: erlaubt (Rollback-Journal, exklusiver Zugriff)',
      '- Automatische Sperre nach höchstens 10 Minuten',
      '- Briefkopf: Stadt Leverkusen – KI',
      '- Kürzel der Fallnummern: LEV',
    ]) {
      expect(markdown).toContain(line);
    }
  });

  test('without a policy file the record says so and nothing is pinned', async () => {
    const bench = createTestBench();
    benches.push(bench);
    await setUpVault(bench);
    expect((await bench.call('processingRecord:get')).markdown).toContain('Keine Richtlinie der Organisation auf diesem Rechner.');
    expect(await bench.call('policy:get')).toMatchObject({ file: null, autoLockMaxMinutes: null, allowImport: true });
  });
});
