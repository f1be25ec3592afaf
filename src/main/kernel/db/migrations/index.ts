import { AppError } from '../../errors';
import type { VaultDatabase } from '../database';
import { migration0001 } from './0001_initial';
import { migration0002 } from './0002_cases';
import { migration0003 } from './0003_audit_chain';
import { migration0004 } from './0004_lifecycle';
import { migration0005 } from './0005_statistics';
import { migration0006 } from './0006_search_languages';
import { migration0007 } from './0007_contact_and_time';
import { migration0008 } from './0008_statistics_overlap';
import { migration0009 } from './0009_documents';
import { migration0010 } from './0010_import';
import { migration0011 } from './0011_papers';
import { migration0015 } from './0015_referral_release';
import { migration0016 } from './0016_audit_item';
import { migration0017 } from './0017_list_summaries';
import { migration0018 } from './0018_search_row_lookup';
import { migration0019 } from './0019_journal_index_once';
import { migration0020 } from './0020_cases_by_counsellor_and_code';
import type { Migration } from './types';

/** In order; each file once released is never changed. Numbers are reserved per issue, so gaps are expected. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
  migration0019,
  migration0020,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export function readSchemaVersion(db: VaultDatabase): number {
  const version: unknown = db.pragma('user_version', { simple: true });
  return typeof version === 'number' ? version : 0;
}

/**
 * Brings the vault to the latest schema. Each migration runs in its own transaction together with
 * the `user_version` bump, so a crash leaves the vault at a whole version; the non-transactional
 * `ensure` steps follow. A vault from a newer Fallbuch is refused before anything is touched.
 */
export function migrate(db: VaultDatabase, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.at(-1)?.version ?? 0;
  const found = readSchemaVersion(db);
  if (found > latest) throw new AppError('VAULT_TOO_NEW', { params: { found, supported: latest } });
  for (const migration of migrations) {
    if (migration.version <= found) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  const reached = readSchemaVersion(db);
  // Outside any transaction, after every `up`: see Migration.ensure.
  for (const migration of migrations) if (migration.version <= reached) migration.ensure?.(db);
  return reached;
}
