import type { Migration } from './types';

/**
 * Anonymised statistics: recipient profiles, the statistics settings, the frozen category lists of
 * a catalogue year, and the history of written exports. For exports with cell suppression the
 * history keeps, per published or suppressed quantity, a fingerprint of its contributor set (two
 * 32-bit sums of one-way tags of the case ids — no case id, code or name) and the exact value that
 * was published, so that later exports of the same period suppress consistently and the LP audit
 * knows what the recipient already has. All of it stays inside the encrypted vault. One covering
 * index lets the contact bands be counted without reading the journal's note pages.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'statistics',
  up(db) {
    db.exec(`
      CREATE TABLE stats_profiles (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('ckm', 'suppression')),
        k INTEGER NOT NULL CHECK (k >= 3),
        tables TEXT NOT NULL CHECK (json_valid(tables) AND json_type(tables) = 'array'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE stats_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE stats_category_lists (
        catalogue_version TEXT NOT NULL,
        year INTEGER NOT NULL,
        dimension TEXT NOT NULL,
        categories TEXT NOT NULL CHECK (json_valid(categories) AND json_type(categories) = 'array'),
        frozen_at TEXT NOT NULL,
        PRIMARY KEY (catalogue_version, year, dimension)
      ) STRICT;

      CREATE TABLE stats_exports (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        catalogue_version TEXT NOT NULL,
        period_code TEXT NOT NULL,
        profile_id TEXT,
        recipient TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('ckm', 'suppression', 'combined')),
        k INTEGER NOT NULL,
        files TEXT NOT NULL CHECK (json_valid(files) AND json_type(files) = 'array'),
        user_id TEXT
      ) STRICT;
      CREATE INDEX stats_exports_period ON stats_exports (catalogue_version, period_code);

      -- Contacts per person in a period: one pass over this covering index in case order, without
      -- reading the journal pages (with their notes) and without a temporary B-tree for GROUP BY.
      CREATE INDEX stats_journal_period ON journal_entries (case_id, occurred_on, kind);

      CREATE TABLE stats_export_cells (
        export_id TEXT NOT NULL REFERENCES stats_exports (id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        suppressed INTEGER NOT NULL CHECK (suppressed IN (0, 1)),
        value INTEGER,
        PRIMARY KEY (export_id, fingerprint),
        CHECK ((suppressed = 1 AND value IS NULL) OR (suppressed = 0 AND value IS NOT NULL))
      ) STRICT;
    `);
  },
};
