import { AppError } from '../kernel/errors';
import { checkpointWal, openEncryptedDatabase, type VaultDatabase } from '../kernel/db/database';
import { passesIntegrityCheck } from './repository';

/**
 * Opens a database restored from a backup where it is staged (next to the vault, not yet in place)
 * with the data key, checks every page, lets `work` check and migrate it, and checkpoints it so the
 * file is complete on its own. A wrong key is BACKUP_WRONG_KEY; any failure that is not already an
 * AppError is BACKUP_DAMAGED. The database is always closed again.
 */
export function checkStagedDatabase(
  staged: string,
  dataKey: Buffer,
  nativeBinding: string | undefined,
  work: (db: VaultDatabase) => void,
): void {
  let db: VaultDatabase | undefined;
  try {
    try {
      db = openEncryptedDatabase(staged, dataKey, { create: false, nativeBinding });
    } catch (error) {
      if (error instanceof AppError && error.code === 'VAULT_CORRUPT') throw new AppError('BACKUP_WRONG_KEY');
      throw error;
    }
    if (!passesIntegrityCheck(db)) throw new AppError('BACKUP_DAMAGED');
    work(db);
    checkpointWal(db);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BACKUP_DAMAGED');
  } finally {
    db?.close();
  }
}
