import type { Migration } from './types';

/**
 * Statistics, second step (issue 13):
 * - `referrals.started_on`: when the offer actually began, for "median days from referral to start"
 *   in the Bedarfs- und Angebotsanalyse (optional; the case keeps working without it);
 * - `stats_exports.revision`: 0 for a first delivery of a period to a recipient, 1, 2 … for each
 *   explicit Korrekturlieferung of it;
 * - `stats_published_tables`: per written export and table what was published — for every position
 *   (cell, row total, column total, grand total) its category key, the fingerprint of its contributor
 *   set (count and two 32-bit sums of one-way tags of the case ids — no id, code or name) and the
 *   published value (null = suppressed), plus the fingerprint of the table's population. Later exports
 *   of overlapping periods are checked against these (how many persons changed, what a recipient
 *   already knows), not against a recomputation from today's data;
 * - `stats_frozen_merges`: the rows merged into „Sonstige“ per year and table, frozen at the first
 *   export of the year that contains the table, so every later export of the year merges alike.
 * All of it stays inside the encrypted vault.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'statistics_overlap',
  up(db) {
    db.exec(`
      ALTER TABLE referrals ADD COLUMN started_on TEXT;

      ALTER TABLE stats_exports ADD COLUMN revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0);

      CREATE TABLE stats_published_tables (
        export_id TEXT NOT NULL REFERENCES stats_exports (id) ON DELETE CASCADE,
        table_id TEXT NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body) AND json_type(body) = 'object'),
        PRIMARY KEY (export_id, table_id)
      ) STRICT;

      CREATE TABLE stats_frozen_merges (
        year INTEGER NOT NULL,
        table_id TEXT NOT NULL,
        merged TEXT NOT NULL CHECK (json_valid(merged) AND json_type(merged) = 'array'),
        frozen_at TEXT NOT NULL,
        PRIMARY KEY (year, table_id)
      ) STRICT;
    `);
  },
};
