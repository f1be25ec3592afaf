import type { Migration } from './types';

/**
 * Import of a caseload from a list (issue 11). A batch keeps who imported when, the file's kind and
 * SHA-256 and the counts — never the file's name or any value of it. Each case the batch created or
 * merged into is linked to it (with what the import added, and a fingerprint of the case as the
 * import left it, so an undo can tell changed cases apart); the link carries `case_id`, so erasure
 * and the Auskunft take it with the person. Saved mapping profiles hold header words and value
 * choices of a list's shape, no rows.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'import',
  up(db) {
    db.exec(`
      CREATE TABLE import_batches (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        file_kind TEXT NOT NULL CHECK (file_kind IN ('xlsx', 'csv')),
        file_sha256 TEXT NOT NULL,
        rows_total INTEGER NOT NULL,
        created_count INTEGER NOT NULL,
        merged_count INTEGER NOT NULL,
        skipped_count INTEGER NOT NULL,
        error_count INTEGER NOT NULL,
        undone_at TEXT
      ) STRICT;
      CREATE INDEX import_batches_user ON import_batches (user_id, created_at);

      CREATE TABLE import_batch_cases (
        batch_id TEXT NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        origin TEXT NOT NULL CHECK (origin IN ('created', 'merged')),
        source_row INTEGER NOT NULL,
        merged_fields TEXT NOT NULL DEFAULT '[]',
        status_id TEXT,
        journal_id TEXT,
        fingerprint TEXT NOT NULL,
        PRIMARY KEY (batch_id, case_id)
      ) STRICT;
      CREATE INDEX import_batch_cases_case ON import_batch_cases (case_id);

      CREATE TABLE import_profiles (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        mapping TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
