import type { Migration } from './types';

/**
 * The access log becomes tamper-evident (issue 4, ARCHITECTURE.md §5):
 * - `audit_log` gets the MAC of each entry and the break-the-glass flag, plus indexes for the
 *   supervisor's log view (user, case code, action, break-the-glass — each with the time, so a
 *   filter plus a period is one index range and the view can read newest-first from the index);
 * - `audit_chain` holds the chain state: only the key for the next entry, never an earlier one, and
 *   `k0_check` = HMAC(K_0, "fallbuch-k0-check|" ‖ vault id), which proves a supervisor's K_0 without
 *   revealing it (the supervisor role rests on being able to open a seal that passes this check);
 * - `audit_key_seals` holds K_0 sealed to each supervisor's X25519 key and to the recovery key;
 * - `supervisor_keys` lists supervisors' public keys (current and retired, for old checkpoints);
 * - `audit_retention` records where archived entries were removed, with the signed checkpoint;
 * - the delete trigger lets only a retention run (which opens `audit_purge_gate` inside its own
 *   transaction) remove a prefix of the log; every other delete still aborts.
 * - `users.must_change_passphrase` for initial and reset passphrases.
 *
 * Vaults from schema 2 keep their entries; they have no MAC yet. Their chain starts at the first
 * unlock by a supervisor (whose passphrase is needed to create the key pairs): the entries logged
 * before are folded into a legacy digest that the first chained MAC covers (see chain.ts).
 */
export const migration0003: Migration = {
  version: 3,
  name: 'audit_chain',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN break_glass INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE audit_log ADD COLUMN mac TEXT;
      CREATE INDEX audit_log_user ON audit_log (user_id, at);
      CREATE INDEX audit_log_object ON audit_log (object, at);
      CREATE INDEX audit_log_action ON audit_log (action, at);
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE INDEX audit_log_break_glass ON audit_log (at) WHERE break_glass = 1;

      ALTER TABLE users ADD COLUMN must_change_passphrase INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE audit_chain (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        start_seq INTEGER NOT NULL,
        legacy_digest TEXT NOT NULL,
        last_seq INTEGER NOT NULL,
        last_mac TEXT NOT NULL,
        next_key TEXT NOT NULL,
        k0_check TEXT NOT NULL,
        started_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_key_seals (
        recipient TEXT PRIMARY KEY,
        ephemeral_public TEXT NOT NULL,
        iv TEXT NOT NULL,
        ciphertext TEXT NOT NULL,
        tag TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE supervisor_keys (
        ed25519_public TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        x25519_public TEXT NOT NULL,
        created_at TEXT NOT NULL,
        retired_at TEXT
      ) STRICT;
      CREATE INDEX supervisor_keys_user ON supervisor_keys (user_id);

      CREATE TABLE audit_retention (
        upto_seq INTEGER PRIMARY KEY,
        upto_mac TEXT NOT NULL,
        removed INTEGER NOT NULL,
        at TEXT NOT NULL,
        checkpoint TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_purge_gate (upto INTEGER NOT NULL) STRICT;

      DROP TRIGGER audit_log_no_delete;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      WHEN NOT EXISTS (SELECT 1 FROM audit_purge_gate WHERE OLD.seq <= upto)
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
