import type { Migration } from './types';

/**
 * Issue 16: `journal_entries_case` (case_id, occurred_on) is the start of `stats_journal_period`
 * (case_id, occurred_on, kind; migration 0005), which serves every query that used it in the same
 * order: a case's journal, its anonymised history, its last contact, the cascade when a case is
 * erased. Every journal entry was written to both: 14.6 pages per entry, 13.2 without it (WAL frames,
 * 2,000 cases × 40 entries). At 50,000 cases × 40 entries it held ~30,000 pages (5 % of the file) that
 * every unlock's page check read and decrypted. The freed pages are zeroed ('secure_delete') and
 * reused by later writes.
 */
export const migration0019: Migration = {
  version: 19,
  name: 'journal_index_once',
  up(db) {
    db.exec('DROP INDEX IF EXISTS journal_entries_case');
  },
};
