import { z } from 'zod';
import type { Migration } from './types';

/** The trigger statements that find a source row's full-text entries by scanning the whole index. */
const SCANNING_DELETES: readonly [RegExp, string][] = [
  [
    /DELETE FROM search_index WHERE source = '([a-z]+)' AND source_id = old\.id;/g,
    `DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = '$1' AND c2 = old.id);`,
  ],
  [
    /DELETE FROM search_index WHERE case_id = old\.id;/g,
    'DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c0 = old.id);',
  ],
];

const triggerSchema = z.object({ name: z.string(), sql: z.string() });

/**
 * Issue 18: an Art. 17 erasure took seconds at 50,000 cases because every delete trigger of the
 * full-text index (`… WHERE source = 'journal' AND source_id = old.id`) scanned the whole index:
 * its columns other than `body` are UNINDEXED, so FTS5 can only look rows up by rowid. An erasure
 * ran five such scans (two journal entries, a document, the case, the final sweep), each ~180 ms.
 *
 * FTS5 keeps each row's column values in its content table `search_index_content` (id = rowid,
 * c0 = case_id, c1 = source, c2 = source_id, c3 = body), an ordinary table whose layout is part of
 * FTS5's stable file format. Two indexes on it let the triggers find a source row's entries
 * directly, and the deletes then go by rowid — FTS5's 'secure-delete' still removes their content
 * from the index pages, as before. The triggers are rewritten in place: only their DELETE statement
 * changes, the words each trigger indexes stay byte for byte what the vault had.
 *
 * Later triggers that delete from the index should use the same form. Should `search_index` ever be
 * recreated with other columns, the content table's columns (c0 …) and these indexes change with it.
 */
export const migration0018: Migration = {
  version: 18,
  name: 'search_row_lookup',
  up(db) {
    db.exec(`
      CREATE INDEX search_index_content_source ON search_index_content (c1, c2);
      CREATE INDEX search_index_content_case ON search_index_content (c0);
    `);
    const triggers = z
      .array(triggerSchema)
      .parse(db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%DELETE FROM search_index%'`).all());
    for (const trigger of triggers) {
      const rewritten = SCANNING_DELETES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), trigger.sql);
      // A form not known here stays as it is: still right, only slow (the migration test lists them all).
      if (rewritten === trigger.sql || !/^[a-z_][a-z0-9_]*$/.test(trigger.name)) continue;
      db.exec(`DROP TRIGGER ${trigger.name}`);
      db.exec(rewritten);
    }
  },
};
