import { join } from 'node:path';
import { DATABASE_FILE_NAME, openEncryptedDatabase, type VaultDatabase } from '../src/main/kernel/db/database';
import { KEYSLOT_FILE_NAME, findRecoverySlot, openRecoverySlot, readKeySlotFile } from '../src/main/vault/keyslots';
import { parseRecoveryKey } from '../src/main/vault/recoveryKey';
import { seedCases, type SeedOptions, type SeedResult } from '../src/main/training';

/**
 * Synthetic case files for benchmarks and E2E/renderer seeding. The generator itself lives with the
 * app (src/main/training, where training vaults use it); this file adds what only benches and tests
 * need: search terms and seeding a vault folder that a core has set up and locked.
 */
export { createRandom, seedCases, type Random, type SeedOptions, type SeedResult } from '../src/main/training';

/** Realistic things counsellors search for: names, authorities, statuses, prefixes. */
export const SEARCH_TERMS = [
  'Duldung',
  'Ausbildung',
  'Haidari',
  'Integrationskurs',
  'Jobcenter Termin',
  'Passbeschaffung',
  'Wohnung',
  'Diallo',
  'Ausländer',
  'Praktikum Handwerk',
  'Kovalenko',
  'Fiktion',
  'Schuldner',
  'Yılmaz',
  'Berufskolleg',
] as const;

/**
 * Opens a vault folder's database with the recovery key (as a data-protection officer would with
 * SQLCipher tools), for seeding a vault that a core has set up and then locked — E2E and renderer
 * benches use it: `seedVaultFolder(vaultDir, recoveryKey, { count: 5000 })`. The caller closes `db`
 * and should wipe `dataKey` when done.
 */
export function openVaultFolder(vaultDir: string, recoveryKey: string): { db: VaultDatabase; dataKey: Buffer } {
  const slots = readKeySlotFile(join(vaultDir, KEYSLOT_FILE_NAME));
  const slot = slots && findRecoverySlot(slots);
  const dataKey = slots && slot ? openRecoverySlot(slots.vaultId, slot, parseRecoveryKey(recoveryKey)) : null;
  if (!dataKey) throw new Error('the recovery key does not open this vault');
  return { db: openEncryptedDatabase(join(vaultDir, DATABASE_FILE_NAME), dataKey, { create: false }), dataKey };
}

/** Seeds a locked vault folder with `count` synthetic cases assigned to its counsellor account(s). */
export function seedVaultFolder(
  vaultDir: string,
  recoveryKey: string,
  options: Omit<SeedOptions, 'counsellorIds'> & { counsellorIds?: readonly string[] },
): SeedResult {
  const { db, dataKey } = openVaultFolder(vaultDir, recoveryKey);
  // A large page cache for the bulk insert only (this connection is closed afterwards).
  db.pragma('cache_size = -131072');
  try {
    const counsellorIds =
      options.counsellorIds ??
      (db.prepare(`SELECT id FROM users WHERE role = 'counsellor' AND disabled_at IS NULL ORDER BY created_at`).pluck().all() as string[]);
    if (counsellorIds.length === 0) throw new Error('the vault has no counsellor account');
    return seedCases(db, { ...options, counsellorIds });
  } finally {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    dataKey.fill(0);
  }
}
