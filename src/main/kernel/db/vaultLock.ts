import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { AppError, storageErrorOf } from '../errors';

export const LOCK_FILE_NAME = 'fallbuch.lock';

/**
 * One open vault at a time, across processes and workstations. A tiny SQLite file next to the vault
 * (it holds no data) is opened in exclusive locking mode and kept in an open exclusive transaction
 * while the vault is unlocked. SQLite's own file locks do the work: the operating system drops them
 * when the process ends, so a crash never leaves a stale lock behind, and they are the same locks
 * SQLite relies on for the database itself (on a share too, where the policy allows one). A second
 * process, or a second Fallbuch on another workstation, fails at once with VAULT_IN_USE and
 * touches nothing.
 */
export interface VaultLock {
  release(): void;
}

function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_BUSY');
}

export function acquireVaultLock(vaultDir: string, options: { nativeBinding?: string | undefined } = {}): VaultLock {
  let db: Database.Database | undefined;
  try {
    db = new Database(join(vaultDir, LOCK_FILE_NAME), {
      timeout: 0,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    db.pragma('locking_mode = EXCLUSIVE');
    // A rollback journal: WAL would need a -shm file and lets readers in.
    db.pragma('journal_mode = DELETE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY)');
  } catch (error) {
    db?.close();
    if (isBusy(error)) throw new AppError('VAULT_IN_USE');
    throw storageErrorOf(error) ?? error;
  }
  const held = db;
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      try {
        held.exec('ROLLBACK');
      } finally {
        held.close();
      }
    },
  };
}
