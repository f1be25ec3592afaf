import type { VaultDatabase } from '../database';
import type { Migration } from './types';

/**
 * Papers (issue 12): the supervisor's own DOCX templates (kept encrypted in the vault, never as
 * files), the office letterhead (one row, logo included), and a record of every paper and
 * anonymised vignette written from a case: template, recipient kind and the SHA-256 of each file,
 * the same facts the access-log entry's details hash covers. Papers hang on the case (`case_id`),
 * so the Auskunft lists them and erasure and retention remove them with the person.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'papers',
  up(db) {
    createPaperTables(db);
  },
  /**
   * Migrations are numbered per issue and land in any order: a vault made while 0015–0017 were
   * already on main but 0011 was not is past version 11 without these tables. Created here once
   * (cheap check on every open, then nothing).
   */
  ensure(db) {
    const present = db.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'papers'`).pluck().get();
    if (present === 0) db.transaction(() => createPaperTables(db))();
  },
};

function createPaperTables(db: VaultDatabase): void {
  db.exec(`
      CREATE TABLE paper_templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        file_name TEXT NOT NULL,
        content BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        placeholders TEXT NOT NULL DEFAULT '[]',
        created_by TEXT REFERENCES users (id),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE paper_letterhead (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        organisation TEXT NOT NULL DEFAULT '',
        address_lines TEXT NOT NULL DEFAULT '[]',
        contact TEXT NOT NULL DEFAULT '',
        signature_block TEXT NOT NULL DEFAULT '',
        logo BLOB,
        logo_type TEXT CHECK (logo_type IS NULL OR logo_type = 'image/png'),
        updated_by TEXT REFERENCES users (id),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE papers (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        template_id TEXT NOT NULL,
        recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('client', 'partner', 'other', 'none')),
        files TEXT NOT NULL DEFAULT '[]',
        created_by TEXT REFERENCES users (id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX papers_case ON papers (case_id, created_at);
    `);
}
