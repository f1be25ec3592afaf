import { z } from 'zod';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, queryRow, queryValue, sql } from '../kernel/sql';

/**
 * SQL of backup and restore: the read snapshot a backup is copied under, and the checks of a
 * restored database before it replaces the vault (which may still be of an older schema: only
 * columns every schema has are read here).
 */

/**
 * Runs `work` inside a read transaction: its first read pins the snapshot, so no checkpoint may
 * change the database file while it is copied.
 */
export function withReadSnapshot<T>(db: VaultDatabase, work: () => T): T {
  execute(db, sql`BEGIN`);
  try {
    queryValue(db, sql`SELECT count(*) FROM sqlite_master`);
    return work();
  } finally {
    execute(db, sql`COMMIT`);
  }
}

/** SQLite's own check of every page and index. */
export function passesIntegrityCheck(db: VaultDatabase): boolean {
  return queryValue(db, sql`PRAGMA integrity_check`) === 'ok';
}

const accountSchema = z.object({ disabledAt: z.string().nullable() });

/** The account as far as a restore needs it: whether it exists and whether it is disabled. */
export function findAccount(db: VaultDatabase, userId: string): z.infer<typeof accountSchema> | null {
  const row = queryRow(db, sql`SELECT disabled_at AS disabledAt FROM users WHERE id = ${userId}`);
  return row === undefined ? null : accountSchema.parse(row);
}
