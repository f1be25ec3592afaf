import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync, statfsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../kernel/errors';
import { isSameOrInsideFolder } from '../kernel/paths';

/**
 * Where the vault folder lives, as far as SQLite's guarantees are concerned. WAL needs shared
 * memory between processes on one machine, and locking on network file systems (SMB, NFS) is not
 * reliable; a folder that a roaming profile or a sync client copies to a server is a network
 * location too, only a slower one. So: set-up, restore and every unlock classify the folder, a
 * network location is refused unless the machine policy allows it, and then the vault is opened
 * with a rollback journal and exclusive locking (one workstation at a time).
 */
export type StorageKind = 'local' | 'removable' | 'network' | 'unknown';

export interface StorageClass {
  kind: StorageKind;
  /** Why (for tests and the support log; never shown with case data): e.g. `unc`, `fs:nfs`, `roamingProfile`. */
  reason: string;
}

export type DriveType = 'fixed' | 'removable' | 'network' | 'cdrom' | 'ramdisk' | 'unknown';

/** Everything the classification asks the machine, injectable so every platform is testable here. */
export interface LocationProbes {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether the path exists (a new vault folder is classified by its nearest existing parent). */
  exists(target: string): boolean;
  /** The real path (symlinks, junctions, mapped drives resolved); throws when it does not exist. */
  realpath(target: string): string;
  /** statfs(2) `f_type` of the file system holding `target` (Linux). */
  statfsType(target: string): number;
  /** The drive type of a Windows drive root such as `C:\`. */
  driveType(root: string): DriveType;
}

// statfs(2) magic numbers (linux/magic.h and the file systems' own headers).
const NETWORK_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x6969, 'nfs'],
  [0x517b, 'smb'],
  [0xff534d42, 'cifs'],
  [0xfe534d42, 'smb2'],
  [0x564c, 'ncp'],
  [0x73757245, 'coda'],
  [0x5346414f, 'afs'],
  [0x6b414653, 'kafs'],
  [0x00c36400, 'ceph'],
  [0x01021997, 'v9fs'],
  [0x47504653, 'gpfs'],
  [0x0bd00bd0, 'lustre'],
  [0x7461636f, 'ocfs2'],
  [0x01161970, 'gfs2'],
]);
const REMOVABLE_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x4d44, 'vfat'],
  [0x2011bab0, 'exfat'],
  [0x9660, 'iso9660'],
  [0x15013346, 'udf'],
]);
const LOCAL_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0xef53, 'ext'],
  [0x9123683e, 'btrfs'],
  [0x58465342, 'xfs'],
  [0x01021994, 'tmpfs'],
  [0x794c7630, 'overlayfs'],
  [0x2fc12fc1, 'zfs'],
  [0xf2f52010, 'f2fs'],
  [0x7366746e, 'ntfs3'],
  [0x5346544e, 'ntfs'],
  [0x3153464a, 'jfs'],
  [0x52654973, 'reiserfs'],
  [0xcafe4a11, 'bcachefs'],
]);
// FUSE carries both local (ntfs-3g) and remote (sshfs, rclone, gvfs) file systems: unknown.
const FUSE = 0x65735546;

/** The nearest part of `target` that exists (a new vault folder is created only after the check). */
function nearestExisting(target: string, pathApi: path.PlatformPath, probes: LocationProbes): string {
  let current = target;
  while (!probes.exists(current)) {
    const parent = pathApi.dirname(current);
    if (parent === current) return current;
    current = parent;
  }
  return current;
}

function realOrSelf(probes: LocationProbes, target: string, pathApi: path.PlatformPath): string {
  try {
    return probes.realpath(target);
  } catch {
    return pathApi.resolve(target);
  }
}

function isUnc(value: string): boolean {
  return /^\\\\\?\\UNC\\/i.test(value) || (/^[\\/]{2}[^\\/?.]/.test(value) && !/^\\\\\?\\/.test(value));
}

/** Folders Windows or a sync client copy to a server: the roaming profile and OneDrive. */
function syncedFolderReason(target: string, env: LocationProbes['env']): string | null {
  const candidates: [string | undefined, string][] = [
    [env.APPDATA, 'roamingProfile'],
    [env.OneDrive, 'syncedFolder'],
    [env.OneDriveCommercial, 'syncedFolder'],
    [env.OneDriveConsumer, 'syncedFolder'],
  ];
  for (const [folder, reason] of candidates) {
    if (folder && path.win32.isAbsolute(folder) && isSameOrInsideFolder(folder, target, 'win32')) return reason;
  }
  return null;
}

function classifyWindows(target: string, probes: LocationProbes): StorageClass {
  const resolved = path.win32.resolve(target);
  if (isUnc(resolved)) return { kind: 'network', reason: 'unc' };
  const synced = syncedFolderReason(resolved, probes.env);
  if (synced) return { kind: 'network', reason: synced };
  // A mapped network drive, a subst drive or a junction onto a share resolves to the UNC path.
  const real = realOrSelf(probes, nearestExisting(resolved, path.win32, probes), path.win32);
  const stripped = real.replace(/^\\\\\?\\(?!UNC\\)/i, '');
  if (isUnc(stripped)) return { kind: 'network', reason: 'mappedDrive' };
  const drive = /^([A-Za-z]):/.exec(stripped);
  if (!drive) return { kind: 'unknown', reason: 'noDrive' };
  let type: DriveType;
  try {
    type = probes.driveType(`${drive[1]?.toUpperCase()}:\\`);
  } catch {
    type = 'unknown';
  }
  if (type === 'fixed' || type === 'ramdisk') return { kind: 'local', reason: `drive:${type}` };
  if (type === 'removable' || type === 'cdrom') return { kind: 'removable', reason: `drive:${type}` };
  if (type === 'network') return { kind: 'network', reason: 'drive:network' };
  return { kind: 'unknown', reason: 'drive:unknown' };
}

function classifyPosix(target: string, probes: LocationProbes): StorageClass {
  const existing = realOrSelf(probes, nearestExisting(path.posix.resolve(target), path.posix, probes), path.posix);
  let type: number;
  try {
    type = probes.statfsType(existing);
  } catch {
    return { kind: 'unknown', reason: 'statfsFailed' };
  }
  const network = NETWORK_FILE_SYSTEMS.get(type);
  if (network) return { kind: 'network', reason: `fs:${network}` };
  const removable = REMOVABLE_FILE_SYSTEMS.get(type);
  if (removable) return { kind: 'removable', reason: `fs:${removable}` };
  if (type === FUSE) return { kind: 'unknown', reason: 'fs:fuse' };
  const local = LOCAL_FILE_SYSTEMS.get(type);
  if (!local) return { kind: 'unknown', reason: `fs:0x${type.toString(16)}` };
  // Desktop environments mount USB drives below /media or /run/media.
  if (/^\/(?:run\/)?media\//.test(existing)) return { kind: 'removable', reason: `mount:${local}` };
  return { kind: 'local', reason: `fs:${local}` };
}

export function classifyVaultLocation(vaultDir: string, probes: LocationProbes): StorageClass {
  return probes.platform === 'win32' ? classifyWindows(vaultDir, probes) : classifyPosix(vaultDir, probes);
}

/**
 * The drive type from .NET's DriveInfo (no native module needed; the enum names are the same in
 * every Windows language). A PowerShell blocked by policy only loses the removable hint: network
 * drives are already recognised through their UNC real path.
 */
function windowsDriveType(root: string): DriveType {
  const letter = root.slice(0, 1);
  if (!/^[A-Z]$/i.test(letter)) return 'unknown';
  const output = execFileSync(
    'powershell.exe',
    ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', `[System.IO.DriveInfo]::new('${letter}').DriveType`],
    { encoding: 'utf8', timeout: 5000, windowsHide: true },
  ).trim();
  const byName: Record<string, DriveType> = {
    Fixed: 'fixed',
    Removable: 'removable',
    Network: 'network',
    CDRom: 'cdrom',
    Ram: 'ramdisk',
  };
  return byName[output] ?? 'unknown';
}

export function systemLocationProbes(): LocationProbes {
  return {
    platform: process.platform,
    env: process.env,
    exists: (target) => existsSync(target),
    realpath: (target) => realpathSync.native(target),
    statfsType: (target) => Number(statfsSync(target).type),
    driveType: windowsDriveType,
  };
}

/** How the database is opened: WAL on local storage, rollback journal + exclusive lock on a share. */
export type StorageMode = 'wal' | 'exclusive';

export interface StorageDecision extends StorageClass {
  mode: StorageMode;
}

/**
 * Classifies and decides. A network location without the policy's permission is refused with a
 * message naming the folder; nothing has been created or opened at that point.
 */
export function checkVaultLocation(vaultDir: string, options: { probes: LocationProbes; allowNetwork: boolean }): StorageDecision {
  const found = classifyVaultLocation(vaultDir, options.probes);
  if (found.kind !== 'network') return { ...found, mode: 'wal' };
  if (!options.allowNetwork) {
    throw new AppError('VAULT_ON_NETWORK', { params: { vaultDir }, fields: { vaultDir: 'error.VAULT_ON_NETWORK' } });
  }
  return { ...found, mode: 'exclusive' };
}
