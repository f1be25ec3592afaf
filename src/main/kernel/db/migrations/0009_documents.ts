import type { Migration } from './types';

/** Kind code → German and English label, so both UI languages find a document by its kind. */
const KIND_WORDS = (row: string) => `CASE ${row}.kind
    WHEN 'residencePaper' THEN 'Aufenthaltspapier Residence paper'
    WHEN 'notice' THEN 'Bescheid Official notice'
    WHEN 'certificate' THEN 'Zeugnis Nachweis Certificate proof'
    WHEN 'contract' THEN 'Vertrag Contract'
    WHEN 'consentForm' THEN 'Einwilligung Entbindung Schweigepflichtentbindung Consent release'
    WHEN 'correspondence' THEN 'Schriftverkehr Correspondence'
    ELSE 'Sonstiges Other' END`;

const DOCUMENT_BODY = (row: string) => `concat_ws(' ', ${KIND_WORDS(row)}, ${row}.note)`;

/**
 * Documents in the case file (issue 18).
 *
 * - `documents`: one row per file with what the counsellor says about it (kind, date, note, an
 *   optional link to a status entry, consent or journal entry of the same case) and what the core
 *   found (media type, size, SHA-256 of the stored bytes, whether photo metadata was removed). The
 *   file name lives here only, in the encrypted vault; the access log names the document by id.
 * - `document_chunks`: the bytes in 256 KiB rows, so no step ever needs the whole file as one SQL
 *   value and a read can hash while it assembles. No `case_id` on purpose: the per-person tables of
 *   the Auskunft and of erasure are found by that column, and the chunks belong to their document
 *   (ON DELETE CASCADE) rather than being dumped into an Auskunft's JSON.
 * - The note and the kind (both languages) go into the full-text index; the file content does not.
 * - `ensure`: incremental auto-vacuum, so deleting a document or erasing a person frees pages with
 *   `PRAGMA incremental_vacuum` instead of rewriting the whole vault with VACUUM. Switching
 *   `auto_vacuum` on a vault that has tables needs one VACUUM, which cannot run inside the
 *   migration's transaction; `ensure` runs after it, on every open until the switch is done (a crash
 *   in between leaves a vault that is simply switched at the next open; VACUUM itself is atomic).
 */
export const migration0009: Migration = {
  version: 9,
  name: 'documents',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        document_date TEXT,
        note TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        byte_length INTEGER NOT NULL CHECK (byte_length > 0),
        sha256 TEXT NOT NULL,
        chunk_size INTEGER NOT NULL CHECK (chunk_size > 0),
        link_type TEXT CHECK (link_type IN ('status', 'consent', 'journal')),
        link_id TEXT,
        metadata_removed INTEGER NOT NULL DEFAULT 0,
        converted_from TEXT,
        added_by TEXT REFERENCES users (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((link_type IS NULL) = (link_id IS NULL))
      ) STRICT;
      CREATE INDEX documents_case ON documents (case_id, document_date);
      CREATE INDEX documents_kind ON documents (kind, document_date);

      CREATE TABLE document_chunks (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL CHECK (seq >= 0),
        bytes BLOB NOT NULL,
        PRIMARY KEY (document_id, seq)
      ) STRICT;

      CREATE TRIGGER documents_index_insert AFTER INSERT ON documents BEGIN
        INSERT INTO search_index (case_id, source, source_id, body) VALUES (new.case_id, 'document', new.id, ${DOCUMENT_BODY('new')});
      END;
      CREATE TRIGGER documents_index_update AFTER UPDATE OF kind, note ON documents BEGIN
        DELETE FROM search_index WHERE source = 'document' AND source_id = old.id;
        INSERT INTO search_index (case_id, source, source_id, body) VALUES (new.case_id, 'document', new.id, ${DOCUMENT_BODY('new')});
      END;
      CREATE TRIGGER documents_index_delete AFTER DELETE ON documents BEGIN
        DELETE FROM search_index WHERE source = 'document' AND source_id = old.id;
      END;
    `);
  },
  ensure(db) {
    // 2 = INCREMENTAL.
    if (db.pragma('auto_vacuum', { simple: true }) === 2) return;
    db.pragma('auto_vacuum = INCREMENTAL');
    db.exec('VACUUM');
  },
};
