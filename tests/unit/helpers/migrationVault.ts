import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openEncryptedDatabase, type VaultDatabase } from '../../../src/main/kernel/db/database';
import { MIGRATIONS, migrate } from '../../../src/main/kernel/db/migrations';

/** A real encrypted vault file in a temporary folder of its own, for one migration test. */
export interface MigrationVault {
  /** The open connection (the newest one after `reopen`). */
  database: VaultDatabase;
  file: string;
  /** Opens the file again, as the next start of the app would; the caller closes the old connection first. */
  reopen(): VaultDatabase;
}

const open: { folder: string; vault: MigrationVault }[] = [];

/**
 * A vault at the version before `version`: every migration below it has run (none for 1: an empty
 * file at version 0). Register `afterEach(removeMigrationVaults)` in the test file.
 */
export function vaultBefore(version: number): MigrationVault {
  const folder = mkdtempSync(join(tmpdir(), 'fallbuch-migration-'));
  const file = join(folder, 'fallbuch.db');
  const key = randomBytes(32);
  const vault: MigrationVault = {
    database: openEncryptedDatabase(file, key, { create: true }),
    file,
    reopen() {
      vault.database = openEncryptedDatabase(file, key, { create: false });
      return vault.database;
    },
  };
  open.push({ folder, vault });
  migrate(
    vault.database,
    MIGRATIONS.filter((migration) => migration.version < version),
  );
  return vault;
}

/**
 * Runs the migrations up to `version` exactly: later ones (numbered per issue, landing in any order)
 * are tested from their own previous version. Returns the version reached.
 */
export function migrateTo(database: VaultDatabase, version: number): number {
  return migrate(
    database,
    MIGRATIONS.filter((migration) => migration.version <= version),
  );
}

/** Closes every vault the test opened and removes its folder. */
export function removeMigrationVaults(): void {
  for (const { folder, vault } of open.splice(0)) {
    vault.database.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
