import type { Migration } from './types';

/**
 * Vault metadata, accounts, settings and the access log (append-only from the first entry; the
 * access-log issue adds the MAC chain in a later migration).
 */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('supervisor', 'counsellor')),
        created_at TEXT NOT NULL,
        disabled_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX users_name ON users (lower(name));

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_id TEXT,
        user_name TEXT,
        role TEXT,
        action TEXT NOT NULL,
        object TEXT,
        reason TEXT,
        details_hash TEXT
      ) STRICT;

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
