import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync } from 'node:fs';
import { AppError } from '../errors';

export type VaultDatabase = Database.Database;

export const DATABASE_FILE_NAME = 'fallbuch.db';

function isCorruption(error: unknown): boolean {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return false;
  return error.code === 'SQLITE_NOTADB' || error.code.startsWith('SQLITE_CORRUPT');
}

/** The cipher and its format, set before the key on every connection to the vault (SQLCipher 4). */
export const CIPHER_PRAGMAS: readonly string[] = [`cipher = 'sqlcipher'`, 'legacy = 4'];
/** Temporary tables and sorts stay in memory (never in an unencrypted temp file); no memory-mapped reads. */
export const MEMORY_ONLY_PRAGMAS: readonly string[] = ['temp_store = MEMORY', 'mmap_size = 0'];

/** The page cache of a vault connection, in KiB (64 MiB). */
const VAULT_CACHE_KIB = 65_536;

/**
 * Opens (or creates) the vault database: SQLCipher 4 format through SQLite3MultipleCiphers with the
 * raw 256-bit data key, so no KDF runs inside SQLite and standard SQLCipher 4 tools can open the
 * file with that key (ARCHITECTURE.md §4).
 */
export function openEncryptedDatabase(
  file: string,
  dataKey: Buffer,
  options: {
    create: boolean;
    nativeBinding?: string | undefined;
    /**
     * `wal` (default) on local storage. `exclusive` where the machine policy allows a network
     * location: a rollback journal (WAL needs shared memory, which a share cannot provide) and an
     * exclusive lock taken at once and held until close, so one workstation at a time.
     */
    mode?: 'wal' | 'exclusive';
  },
): VaultDatabase {
  if (!options.create && !existsSync(file)) throw new AppError('VAULT_MISSING', { params: { vaultDir: file } });
  let db: VaultDatabase | undefined;
  try {
    db = new Database(file, {
      fileMustExist: !options.create,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    for (const pragma of CIPHER_PRAGMAS) db.pragma(pragma);
    db.pragma(`key = "x'${dataKey.toString('hex')}'"`);
    // The first real read decrypts page 1: a wrong key or damaged header fails here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (options.mode === 'exclusive') {
      db.pragma('locking_mode = EXCLUSIVE');
      const journalMode: unknown = db.pragma('journal_mode = DELETE', { simple: true });
      if (journalMode !== 'delete') throw new AppError('VAULT_CORRUPT');
      // An empty write transaction takes the exclusive lock now rather than at the first change.
      db.exec('BEGIN EXCLUSIVE');
      db.exec('COMMIT');
    } else {
      const journalMode: unknown = db.pragma('journal_mode = WAL', { simple: true });
      if (journalMode !== 'wal') throw new AppError('VAULT_CORRUPT');
    }
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    for (const pragma of MEMORY_ONLY_PRAGMAS) db.pragma(pragma);
    // Every page read from the file is decrypted and its HMAC checked; SQLite's default cache (2 MB)
    // holds less than a large office's case table, so each case list decrypted it again (issue 16:
    // at 50,000 cases a counsellor's list of 4,354 took 91 ms with the default, 32 ms with this).
    // The cache fills only as pages are read; it is freed with the connection (lock).
    db.pragma(`cache_size = -${VAULT_CACHE_KIB}`);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof AppError) throw error;
    if (isCorruption(error)) throw new AppError('VAULT_CORRUPT');
    if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_BUSY')) {
      throw new AppError('VAULT_IN_USE');
    }
    throw error;
  }
}

/**
 * Copies every page of the WAL into the database file and empties the WAL (TRUNCATE), so the file
 * alone is the whole vault (backup) and no old page image survives in the WAL (erasure). False when
 * a reader kept it from completing.
 */
export function checkpointWal(db: VaultDatabase): boolean {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return result !== undefined && result.busy === 0;
}

export { isCorruption };
