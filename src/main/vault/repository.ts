import { z } from 'zod';
import type { Role } from '@shared/kernel/roles';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, queryColumn, queryRow, queryValue, sql, sqlIdentifier, type Sql } from '../kernel/sql';

/** The vault's own rows: its id, creation time and purpose (`meta`), and the accounts as unlock sees them. */

/** A real vault, or a training vault with synthetic cases only (issue 10). Fixed at set-up, never changed. */
export type VaultPurpose = 'real' | 'training';

export function insertVaultMeta(db: VaultDatabase, vaultId: string, createdAt: string, purpose: VaultPurpose = 'real'): void {
  execute(db, sql`INSERT INTO meta (key, value) VALUES ('vault_id', ${vaultId}), ('created_at', ${createdAt})`);
  if (purpose === 'training') execute(db, sql`INSERT INTO meta (key, value) VALUES ('purpose', 'training')`);
}

/** The encrypted database's word on it is authoritative (the key-slot file only repeats it for the unlock screen). */
export function readVaultPurpose(db: VaultDatabase): VaultPurpose {
  return queryValue(db, sql`SELECT value FROM meta WHERE key = 'purpose'`) === 'training' ? 'training' : 'real';
}

export function readVaultId(db: VaultDatabase): string | null {
  const value = queryValue(db, sql`SELECT value FROM meta WHERE key = 'vault_id'`);
  return typeof value === 'string' ? value : null;
}

/** When the vault was set up (ISO time); null for a vault that never recorded it. */
export function readVaultCreatedAt(db: VaultDatabase): string | null {
  const value = queryValue(db, sql`SELECT value FROM meta WHERE key = 'created_at'`);
  return typeof value === 'string' ? value : null;
}

export function insertUser(db: VaultDatabase, user: { userId: string; name: string; role: Role }, at: string): void {
  execute(db, sql`INSERT INTO users (id, name, role, created_at) VALUES (${user.userId}, ${user.name}, ${user.role}, ${at})`);
}

const unlockingUserSchema = z.object({ role: z.string(), disabledAt: z.string().nullable(), mustChange: z.number() });
export type UnlockingUser = z.infer<typeof unlockingUserSchema>;

export function findUnlockingUser(db: VaultDatabase, userId: string): UnlockingUser | null {
  const row = queryRow(
    db,
    sql`SELECT role, disabled_at AS disabledAt, must_change_passphrase AS mustChange FROM users WHERE id = ${userId}`,
  );
  return row === undefined ? null : unlockingUserSchema.parse(row);
}

export function clearMustChangePassphrase(db: VaultDatabase, userId: string): void {
  execute(db, sql`UPDATE users SET must_change_passphrase = 0 WHERE id = ${userId}`);
}

/**
 * The stored bytes of documents: checked when they are read (each page's HMAC, then the document's
 * SHA-256), not at unlock — with 2 GB of documents a check of every page took 21 s at each unlock.
 */
const CHECKED_ON_READ: readonly string[] = ['document_chunks'];

/** The tables that hold most of a grown vault's pages, checked first so that two threads end together. */
const LARGEST_FIRST: readonly string[] = ['journal_entries', 'search_index_content', 'search_index_data', 'deadlines', 'assessments'];

/**
 * The page check of the unlock, one statement per table: read together they read every page of the
 * case data, the log and the schema (each one's HMAC is verified on the way) without the index
 * cross-checks of integrity_check, which would cost seconds on large vaults at every unlock.
 * `quick_check(table)` checks a table with its indexes; all tables but the documents' bytes. The
 * schema first, then the largest tables, then the rest by name.
 */
export function tableChecks(db: VaultDatabase): Sql[] {
  const tables = queryColumn(
    db,
    sql`SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`,
  ).map(String);
  const allowed = tables.concat('sqlite_schema');
  const checked = tables.filter((table) => !CHECKED_ON_READ.includes(table));
  const ordered = [
    'sqlite_schema',
    ...LARGEST_FIRST.filter((table) => checked.includes(table)),
    ...checked.filter((table) => !LARGEST_FIRST.includes(table)),
  ];
  return ordered.map((table) => sql`PRAGMA quick_check(${sqlIdentifier(table, allowed)})`);
}

/** One table's check (see `tableChecks`); SQLite's errors (a page that does not decrypt) are thrown. */
export function passesTableCheck(db: VaultDatabase, check: Sql): boolean {
  return queryValue(db, check) === 'ok';
}

/** The vault's size in pages (reads the header only). */
export function countPages(db: VaultDatabase): number {
  return Number(queryValue(db, sql`PRAGMA page_count`));
}
