import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  classifyVaultLocation,
  systemLocationProbes,
  type DriveType,
  type LocationProbes,
  type StorageKind,
} from '../../../src/main/vault/location';
import { openEncryptedDatabase } from '../../../src/main/kernel/db/database';
import { COUNSELLOR, SUPERVISOR, createTestBench, setUpVault, type TestBench } from '../helpers/testCore';
import { dataKeyOf } from '../helpers/pageScan';

const WINDOWS_ENV = {
  APPDATA: 'C:\\Users\\kim\\AppData\\Roaming',
  LOCALAPPDATA: 'C:\\Users\\kim\\AppData\\Local',
  OneDrive: 'C:\\Users\\kim\\OneDrive - Stadt Leverkusen',
};

function windowsProbes(drives: Record<string, DriveType>, realpaths: Record<string, string> = {}): LocationProbes {
  return {
    platform: 'win32',
    env: WINDOWS_ENV,
    exists: () => true,
    realpath: (target) => {
      const mapped = Object.entries(realpaths).find(([from]) => target.toUpperCase().startsWith(from.toUpperCase()));
      if (!mapped) return target;
      return mapped[1] + target.slice(mapped[0].length);
    },
    statfsType: () => {
      throw new Error('no statfs on Windows');
    },
    driveType: (root) => drives[root] ?? 'unknown',
  };
}

function linuxProbes(mounts: Record<string, number>): LocationProbes {
  return {
    platform: 'linux',
    env: {},
    exists: () => true,
    realpath: (target) => target,
    // The longest mount point that contains the path decides, as in the kernel.
    statfsType: (target) => {
      const mount = Object.keys(mounts)
        .filter((point) => target === point || target.startsWith(point.endsWith('/') ? point : `${point}/`))
        .sort((a, b) => b.length - a.length)[0];
      if (mount === undefined) throw new Error('no mount');
      return mounts[mount] ?? 0;
    },
    driveType: () => 'unknown',
  };
}

describe('classification (injected probes)', () => {
  const drives: Record<string, DriveType> = { 'C:\\': 'fixed', 'E:\\': 'removable', 'R:\\': 'ramdisk', 'N:\\': 'network', 'D:\\': 'cdrom' };
  const windows = windowsProbes(drives, { 'Z:\\': '\\\\fileserver\\home$\\kim', 'S:\\': 'S:' });

  test.each<[string, StorageKind, string]>([
    ['C:\\Users\\kim\\AppData\\Local\\Fallbuch\\Tresor', 'local', 'drive:fixed'],
    ['c:/Fallbuch/Tresor', 'local', 'drive:fixed'],
    ['R:\\Tresor', 'local', 'drive:ramdisk'],
    ['E:\\Fallbuch', 'removable', 'drive:removable'],
    ['D:\\Fallbuch', 'removable', 'drive:cdrom'],
    ['\\\\fileserver\\share\\Fallbuch', 'network', 'unc'],
    ['//fileserver/share/Fallbuch', 'network', 'unc'],
    ['\\\\?\\UNC\\fileserver\\share\\Fallbuch', 'network', 'unc'],
    ['N:\\Fallbuch', 'network', 'drive:network'],
    // A mapped drive whose probe failed still resolves to its UNC path.
    ['Z:\\Fallbuch', 'network', 'mappedDrive'],
    ['C:\\Users\\kim\\AppData\\Roaming\\Fallbuch\\Tresor', 'network', 'roamingProfile'],
    ['c:\\users\\KIM\\appdata\\roaming\\Fallbuch', 'network', 'roamingProfile'],
    ['C:\\Users\\kim\\OneDrive - Stadt Leverkusen\\Fallbuch', 'network', 'syncedFolder'],
    ['Q:\\Fallbuch', 'unknown', 'drive:unknown'],
  ])('Windows %s → %s (%s)', (folder, kind, reason) => {
    expect(classifyVaultLocation(folder, windows)).toEqual({ kind, reason });
  });

  test('Windows: a drive-type probe that fails (PowerShell blocked) gives unknown, not a crash', () => {
    const failing = {
      ...windows,
      driveType: () => {
        throw new Error('blocked by AppLocker');
      },
    };
    expect(classifyVaultLocation('C:\\Fallbuch', failing)).toEqual({ kind: 'unknown', reason: 'drive:unknown' });
  });

  const linux = linuxProbes({
    '/': 0xef53,
    '/home': 0x6969,
    '/srv/smb': 0xff534d42,
    '/srv/smb2': 0xfe534d42,
    '/media/kim/STICK': 0x4d44,
    '/run/media/kim/DATEN': 0xef53,
    '/mnt/sshfs': 0x65735546,
    '/mnt/btrfs': 0x9123683e,
    '/mnt/wsl': 0x01021997,
    '/mnt/odd': 0x1234,
    '/tmp': 0x01021994,
  });

  test.each<[string, StorageKind, string]>([
    ['/var/lib/fallbuch', 'local', 'fs:ext'],
    ['/tmp/fallbuch', 'local', 'fs:tmpfs'],
    ['/mnt/btrfs/Tresor', 'local', 'fs:btrfs'],
    ['/home/kim/.local/share/Fallbuch/Tresor', 'network', 'fs:nfs'],
    ['/srv/smb/Fallbuch', 'network', 'fs:cifs'],
    ['/srv/smb2/Fallbuch', 'network', 'fs:smb2'],
    ['/mnt/wsl/Fallbuch', 'network', 'fs:v9fs'],
    ['/media/kim/STICK/Fallbuch', 'removable', 'fs:vfat'],
    ['/run/media/kim/DATEN/Fallbuch', 'removable', 'mount:ext'],
    ['/mnt/sshfs/Fallbuch', 'unknown', 'fs:fuse'],
    ['/mnt/odd/Fallbuch', 'unknown', 'fs:0x1234'],
  ])('Linux %s → %s (%s)', (folder, kind, reason) => {
    expect(classifyVaultLocation(folder, linux)).toEqual({ kind, reason });
  });

  test('the real probes on this machine: a temp folder that does not exist yet is classified by its parent', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'fallbuch-location-')), 'neu', 'Tresor');
    expect(classifyVaultLocation(folder, systemLocationProbes()).kind).not.toBe('network');
    expect(existsSync(folder)).toBe(false);
  });
});

/** A test core whose probes say the temp folder is an SMB share. */
function networkBench(allowNetwork: boolean | undefined): TestBench {
  const probes: LocationProbes = { ...systemLocationProbes(), statfsType: () => 0xfe534d42, platform: 'linux' };
  return createTestBench({
    locationProbes: probes,
    ...(allowNetwork === undefined
      ? {}
      : { policy: { rules: { version: 1, vault: { allowNetwork } }, file: '/etc/fallbuch/policy.json' } }),
  });
}

describe('a vault on a network location', () => {
  const benches: TestBench[] = [];
  afterAll(async () => {
    for (const bench of benches) await bench.cleanup();
  });

  test('refused at set-up without the policy, nothing created; the suggestion already says network', async () => {
    const bench = networkBench(undefined);
    benches.push(bench);
    expect((await bench.call('vault:suggestLocation')).storage).toBe('network');
    const refused = await bench.fail('vault:setup', { vaultDir: bench.vaultDir, supervisor: SUPERVISOR, counsellor: COUNSELLOR });
    expect(refused).toMatchObject({ code: 'VAULT_ON_NETWORK', params: { vaultDir: bench.vaultDir } });
    expect(existsSync(bench.vaultDir)).toBe(false);
  });

  test('refused at unlock when the folder turns out to be a share (e.g. after folder redirection), nothing changed', async () => {
    const local = createTestBench();
    benches.push(local);
    await setUpVault(local);
    await local.call('vault:lock');
    const before = readdirSync(local.vaultDir).sort();
    const moved = createTestBench({
      configDir: local.configDir,
      defaultVaultDir: local.vaultDir,
      locationProbes: { ...systemLocationProbes(), statfsType: () => 0x6969, platform: 'linux' },
    });
    benches.push(moved);
    const refused = await moved.fail('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect(refused.code).toBe('VAULT_ON_NETWORK');
    expect(readdirSync(local.vaultDir).sort()).toEqual(before);
    // Not a failed attempt: no waiting time grows from it.
    expect((await moved.call('vault:status')).failedAttempts).toBe(0);
  });

  test('allowed by policy: rollback journal and exclusive locking, said in the status; WAL again once local', async () => {
    const bench = networkBench(true);
    benches.push(bench);
    const { recoveryKey } = await setUpVault(bench);
    const status = await bench.call('vault:status');
    expect(status.storage).toEqual({ kind: 'network', mode: 'exclusive' });
    expect(readdirSync(bench.vaultDir).filter((name) => name.includes('-wal') || name.includes('-shm'))).toEqual([]);
    await bench.call('cases:create', { fields: (await import('../helpers/caseFixtures')).caseFields() });
    // Another connection (another workstation) cannot even read while it is open.
    const key = dataKeyOf(bench.vaultDir, recoveryKey);
    expect(() => openEncryptedDatabase(join(bench.vaultDir, 'fallbuch.db'), Buffer.from(key), { create: false })).toThrow(
      expect.objectContaining({ code: 'VAULT_IN_USE' }),
    );
    await bench.call('vault:lock');
    const raw = openEncryptedDatabase(join(bench.vaultDir, 'fallbuch.db'), Buffer.from(key), { create: false, mode: 'exclusive' });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(raw.pragma('locking_mode', { simple: true })).toBe('exclusive');
    expect(raw.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(1);
    raw.close();

    // The same folder classified local again (policy or mount changed): back to WAL.
    const local = createTestBench({ configDir: bench.configDir, defaultVaultDir: bench.vaultDir });
    benches.push(local);
    await local.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    expect((await local.call('vault:status')).storage).toEqual({ kind: 'local', mode: 'wal' });
    await local.call('vault:lock');
  });
});

afterAll(() => {
  for (const entry of readdirSync(tmpdir()).filter((name) => name.startsWith('fallbuch-location-'))) {
    rmSync(join(tmpdir(), entry), { recursive: true, force: true });
  }
});
