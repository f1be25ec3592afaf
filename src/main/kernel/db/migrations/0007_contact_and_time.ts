import type { Migration } from './types';

/**
 * A case's words in the full-text index: as in 0006, plus the name as written in the document (Latin
 * transliteration), so "Mohammad" finds a client whose name is stored in Arabic script. Phone,
 * e-mail and postal address are NOT indexed: they are needed for letters only, and a search hit
 * shows a snippet of what matched — contact data must never show outside the case itself.
 */
const CASE_BODY = (row: string) => `concat_ws(' ', ${row}.code, ${row}.given_names, ${row}.family_name,
  ${row}.document_given_names, ${row}.document_family_name,
  CASE WHEN json_valid(${row}.languages) AND json_type(${row}.languages) = 'array'
    THEN (SELECT group_concat(value, ' ') FROM json_each(${row}.languages))
    ELSE ${row}.languages END,
  ${row}.work_experience, ${row}.school_certificate, ${row}.german_certificate)`;

/**
 * Issue 10: how to reach a client (phone, e-mail, postal address — for letters), the name as in the
 * document next to a name in another script, and an optional time of day for a journal entry
 * ('HH:MM', local time of the office). All nullable: existing rows simply have none. The columns
 * sit in `cases` and `journal_entries`, so the Auskunft and erasure, which read and delete every
 * column of a person's rows, cover them without a list to maintain.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'contact_and_time',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN phone TEXT;
      ALTER TABLE cases ADD COLUMN email TEXT;
      ALTER TABLE cases ADD COLUMN postal_address TEXT;
      ALTER TABLE cases ADD COLUMN document_family_name TEXT;
      ALTER TABLE cases ADD COLUMN document_given_names TEXT;
      ALTER TABLE journal_entries ADD COLUMN occurred_time TEXT;

      DROP TRIGGER cases_index_insert;
      DROP TRIGGER cases_index_update;
      CREATE TRIGGER cases_index_insert AFTER INSERT ON cases BEGIN
        INSERT INTO search_index (case_id, source, source_id, body) VALUES (new.id, 'case', new.id, ${CASE_BODY('new')});
      END;
      CREATE TRIGGER cases_index_update AFTER UPDATE ON cases BEGIN
        DELETE FROM search_index WHERE source = 'case' AND source_id = old.id;
        INSERT INTO search_index (case_id, source, source_id, body) VALUES (new.id, 'case', new.id, ${CASE_BODY('new')});
      END;
    `);
    // Existing cases have no document name yet, so their index rows are already what the new
    // trigger would write: nothing to re-index.
  },
};
