import type { Migration } from './types';

/** A case's words in the full-text index; languages as plain words, not their JSON array. */
const CASE_BODY = (row: string) => `concat_ws(' ', ${row}.code, ${row}.given_names, ${row}.family_name,
  CASE WHEN json_valid(${row}.languages) AND json_type(${row}.languages) = 'array'
    THEN (SELECT group_concat(value, ' ') FROM json_each(${row}.languages))
    ELSE ${row}.languages END,
  ${row}.work_experience, ${row}.school_certificate, ${row}.german_certificate)`;

/**
 * The case triggers of 0002 put the raw JSON of `languages` into the search index, so snippets
 * showed `["Arabisch"]`. This recreates both triggers with the languages as plain words and
 * re-indexes every case's row (journal rows are untouched). The index has 'secure-delete' on, so
 * the old entries' content is removed from its pages as well. Rows are re-inserted in the order
 * they were last changed, which keeps newest-first listing of case hits as it was.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'search_languages',
  up(db) {
    db.exec(`
      DROP TRIGGER cases_index_insert;
      DROP TRIGGER cases_index_update;
      CREATE TRIGGER cases_index_insert AFTER INSERT ON cases BEGIN
        INSERT INTO search_index (case_id, source, source_id, body) VALUES (new.id, 'case', new.id, ${CASE_BODY('new')});
      END;
      CREATE TRIGGER cases_index_update AFTER UPDATE ON cases BEGIN
        DELETE FROM search_index WHERE source = 'case' AND source_id = old.id;
        INSERT INTO search_index (case_id, source, source_id, body) VALUES (new.id, 'case', new.id, ${CASE_BODY('new')});
      END;

      DELETE FROM search_index WHERE source = 'case';
      INSERT INTO search_index (case_id, source, source_id, body)
        SELECT c.id, 'case', c.id, ${CASE_BODY('c')} FROM cases c ORDER BY c.updated_at, c.rowid;
    `);
  },
};
