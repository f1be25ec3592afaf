import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, readFileSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { localStamp } from '@shared/kernel/dates';
import { AppError } from '../kernel/errors';
import type { CorePorts } from '../kernel/ports';
import { DATABASE_FILE_NAME, checkpointWal } from '../kernel/db/database';
import { LATEST_SCHEMA_VERSION, migrate, readSchemaVersion } from '../kernel/db/migrations';
import {
  KEYSLOT_FILE_NAME,
  openUserSlot,
  readKeySlotFile,
  readVaultCreatedAt,
  readVaultId,
  readVaultPurpose,
  type UserSlot,
  type VaultService,
} from '../vault';
import type { Session } from '../session/session';
import {
  BACKUP_EXTENSION,
  extractDatabase,
  requireSamePurpose,
  verifyBackupFile,
  writeBackupFile,
  writeChunkToDisk,
  type VerifiedBackup,
  type WriteChunk,
} from './backupFile';
import { readBackupState, writeBackupState, type BackupState } from '../settings';
import type { AppConfigStore } from '../kernel/config';
import type { PolicyRules } from '../policy';
import { findAccount, withReadSnapshot } from './repository';
import { checkStagedDatabase } from './stagedDatabase';

export interface BackupStatus {
  lastBackupAt: string | null;
  lastBackupFile: string | null;
  reminderDays: number;
  daysSince: number | null;
  isDue: boolean;
}

const DAY_MS = 86_400_000;

function wholeDaysBetween(from: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(from)) / DAY_MS));
}

/**
 * The reminder is due once the last backup is older than the configured days — and, before the first
 * backup, once the vault itself is (a vault set up a minute ago needs no reminder yet; one whose
 * creation time is unknown gets it at once).
 */
export function backupStatusOf(state: BackupState, now: Date, vaultCreatedAt: string | null): BackupStatus {
  const daysSince = state.lastBackupAt === null ? null : wholeDaysBetween(state.lastBackupAt, now);
  const isDue =
    daysSince !== null
      ? daysSince > state.reminderDays
      : vaultCreatedAt === null || wholeDaysBetween(vaultCreatedAt, now) > state.reminderDays;
  return { ...state, daysSince, isDue };
}

/** True when `candidate` is `folder` or lies inside it (after resolving symlinks where possible). */
function isInside(candidate: string, folder: string): boolean {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  const path = relative(real(folder), real(candidate));
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

const keySlotVaultId = z.object({ vaultId: z.string() });

export interface BackupDependencies {
  vault: VaultService;
  ports: CorePorts;
  nativeBinding?: string | undefined;
  /** Tests inject a failing writer to simulate a full disk. */
  writeChunk?: WriteChunk;
  /** The machine policy's backup folder. */
  policy?: PolicyRules | undefined;
  /** The device configuration remembers the last backup, for restoring a damaged vault. */
  config?: AppConfigStore | undefined;
}

/**
 * "Sicherung erstellen / wiederherstellen". A backup is taken while the app is open: the WAL is
 * checkpointed into the database file (TRUNCATE, so the file alone is the whole vault) and the file
 * is copied under a read transaction; since the core runs one call at a time nothing writes in
 * between. Only ciphertext is ever read or written.
 */
export class BackupService {
  constructor(private readonly dependencies: BackupDependencies) {}

  private get vault(): VaultService {
    return this.dependencies.vault;
  }

  status(session: Session): BackupStatus {
    return backupStatusOf(readBackupState(session.db), session.now(), readVaultCreatedAt(session.db));
  }

  setReminder(session: Session, reminderDays: number): BackupStatus {
    session.transaction((db) => {
      writeBackupState(db, { ...readBackupState(db), reminderDays });
      session.record('settings.update', { details: { keys: ['backupReminderDays'] } });
    });
    return this.status(session);
  }

  async create(
    session: Session,
  ): Promise<{ cancelled: true } | { cancelled: false; fileName: string; sha256: string; bytes: number; createdAt: string }> {
    const open = session;
    const choose = this.dependencies.ports.chooseFolder;
    if (!choose) throw new AppError('INTERNAL');
    const folder = await choose(dirname(open.vaultDir), 'backup');
    if (folder === null) return { cancelled: true };
    return this.createIn(session, folder);
  }

  /** The backup itself, to a folder already chosen (the dialog is in `create`). */
  createIn(session: Session, folder: string): { cancelled: false; fileName: string; sha256: string; bytes: number; createdAt: string } {
    const open = session;
    if (!isAbsolute(folder) || isInside(folder, open.vaultDir)) {
      throw new AppError('BACKUP_TARGET_INVALID', { fields: { folder: 'error.BACKUP_TARGET_INVALID' } });
    }
    if (!existsSync(folder) || !statSync(folder).isDirectory())
      throw new AppError('BACKUP_TARGET_INVALID', { messageKey: 'error.VAULT_PATH_NOT_FOLDER' });
    this.dependencies.policy?.checkBackupFolder(folder);
    const createdAt = session.now();
    let fileName = `Fallbuch-Sicherung-${localStamp(createdAt)}${BACKUP_EXTENSION}`;
    for (let counter = 2; existsSync(join(folder, fileName)); counter += 1) {
      fileName = `Fallbuch-Sicherung-${localStamp(createdAt)}-${counter}${BACKUP_EXTENSION}`;
    }
    // Read and check the key slots first: a damaged sidecar must not end up in a backup.
    const keyslotFile = join(open.vaultDir, KEYSLOT_FILE_NAME);
    if (!readKeySlotFile(keyslotFile)) throw new AppError('KEYSLOTS_DAMAGED');
    const keyslots = readFileSync(keyslotFile);
    const { db } = open;
    if (!checkpointWal(db)) throw new AppError('INTERNAL');
    const written = withReadSnapshot(db, () =>
      writeBackupFile(
        join(folder, fileName),
        {
          header: {
            format: 'fallbuch-backup',
            version: 1,
            vaultId: open.vaultId,
            createdAt: createdAt.toISOString(),
            schemaVersion: readSchemaVersion(db),
            purpose: open.isTraining ? 'training' : 'real',
          },
          keyslots,
          databaseFile: join(open.vaultDir, DATABASE_FILE_NAME),
        },
        this.dependencies.writeChunk ?? writeChunkToDisk,
      ),
    );
    session.transaction(() => {
      writeBackupState(db, { ...readBackupState(db), lastBackupAt: createdAt.toISOString(), lastBackupFile: fileName });
      session.record('backup.create', { details: { fileName, sha256: written.sha256, bytes: written.bytes } });
    });
    this.dependencies.config?.update({ lastBackupFile: join(folder, fileName) });
    return { cancelled: false, fileName, sha256: written.sha256, bytes: written.bytes, createdAt: createdAt.toISOString() };
  }

  async inspect(
    session: Session,
  ): Promise<
    { cancelled: true } | { cancelled: false; file: string; fileName: string; createdAt: string; schemaVersion: number; bytes: number }
  > {
    const choose = this.dependencies.ports.chooseOpenFiles;
    if (!choose) throw new AppError('INTERNAL');
    const files = await choose({ kind: 'backup' });
    const file = files?.[0];
    if (!file) return { cancelled: true };
    const info = this.check(session, file);
    return { cancelled: false, ...info };
  }

  private check(
    session: Session,
    file: string,
    backup: VerifiedBackup = verifyBackupFile(file),
  ): { file: string; fileName: string; createdAt: string; schemaVersion: number; bytes: number } {
    // Before the vault id: "from a training vault" says more than "from another vault".
    requireSamePurpose(backup, session.isTraining ? 'training' : 'real');
    if (backup.header.vaultId !== session.vaultId) throw new AppError('BACKUP_OTHER_VAULT');
    if (backup.header.schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new AppError('VAULT_TOO_NEW', { params: { found: backup.header.schemaVersion, supported: LATEST_SCHEMA_VERSION } });
    }
    return {
      file,
      fileName: basename(file),
      createdAt: backup.header.createdAt,
      schemaVersion: backup.header.schemaVersion,
      bytes: backup.bytes,
    };
  }

  /**
   * Restores a backup of this vault. Everything is checked before the current vault is touched: the
   * caller's passphrase, the container (lengths and SHA-256), that it belongs to this vault, that the
   * database inside opens with this vault's key and passes integrity_check, and that the caller's
   * account exists in it. The swap is an atomic rename; the current file is kept (hard link or copy)
   * until the restored vault has been unlocked, and put back if that fails.
   *
   * The current key slots stay: the backup belongs to the same vault, so it has the same data key,
   * and the passphrases and recovery key people hold today keep working after the restore.
   */
  async restore(session: Session, file: string, passphrase: string): Promise<{ restored: true; backupCreatedAt: string }> {
    const open = session;
    const actor = { ...open.actor };
    const vaultDir = open.vaultDir;
    const slots = readKeySlotFile(join(vaultDir, KEYSLOT_FILE_NAME));
    const slot = slots?.slots.find((candidate): candidate is UserSlot => candidate.kind === 'user' && candidate.userId === actor.userId);
    if (!slots || !slot) throw new AppError('KEYSLOTS_DAMAGED');
    const key = await openUserSlot(slots.vaultId, slot, passphrase);
    if (!key) throw new AppError('WRONG_PASSPHRASE', { fields: { passphrase: 'error.WRONG_PASSPHRASE' } });
    key.fill(0);

    const backup = verifyBackupFile(file);
    const info = this.check(open, file, backup);
    const backupSlots = keySlotVaultId.safeParse(JSON.parse(backup.keyslots.toString('utf8')));
    if (!backupSlots.success || backupSlots.data.vaultId !== open.vaultId) throw new AppError('BACKUP_OTHER_VAULT');

    const databaseFile = join(vaultDir, DATABASE_FILE_NAME);
    const staged = join(vaultDir, `.restore-${randomBytes(6).toString('hex')}.db`);
    const removeStaged = () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${staged}${suffix}`, { force: true });
    };
    try {
      extractDatabase(file, backup, staged);
      this.checkStaged(staged, open.dataKey, open.vaultId, actor.userId, open.isTraining);
    } catch (error) {
      removeStaged();
      throw error;
    }

    // From here the current vault is replaced; it stays as `previous` until the restore succeeded.
    const previous = join(vaultDir, `.before-restore-${randomBytes(6).toString('hex')}.db`);
    this.vault.lock('manual');
    try {
      try {
        linkSync(databaseFile, previous);
      } catch {
        copyFileSync(databaseFile, previous);
      }
      // A leftover WAL would be replayed onto the restored file: the clean close removed it, make sure.
      for (const suffix of ['-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });
      renameSync(staged, databaseFile);
    } catch (error) {
      removeStaged();
      rmSync(previous, { force: true });
      await this.vault.unlock(actor.name, passphrase);
      throw error;
    }
    try {
      await this.vault.unlock(actor.name, passphrase);
    } catch (error) {
      renameSync(previous, databaseFile);
      throw error;
    }
    rmSync(previous, { force: true });
    // The restore ended the old session and opened a new one on the restored file.
    const restored = this.vault.requireSession();
    restored.transaction((db) => {
      writeBackupState(db, { ...readBackupState(db), lastBackupAt: info.createdAt, lastBackupFile: info.fileName });
      restored.record('backup.restore', { details: { fileName: info.fileName, sha256: backup.sha256, backupCreatedAt: info.createdAt } });
    });
    return { restored: true, backupCreatedAt: info.createdAt };
  }

  private checkStaged(staged: string, dataKey: Buffer, vaultId: string, userId: string, isTraining: boolean): void {
    checkStagedDatabase(staged, dataKey, this.dependencies.nativeBinding, (db) => {
      if (readVaultId(db) !== vaultId) throw new AppError('BACKUP_OTHER_VAULT');
      // The database's own mark decides what the session will be: it must be what this vault is.
      if ((readVaultPurpose(db) === 'training') !== isTraining) throw new AppError('BACKUP_DAMAGED');
      const user = findAccount(db, userId);
      if (!user || user.disabledAt !== null) throw new AppError('BACKUP_USER_MISSING');
      migrate(db);
    });
  }
}
