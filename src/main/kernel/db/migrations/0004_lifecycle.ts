import type { Migration } from './types';

/**
 * Data-protection lifecycle: consents per case and the correction history (DSGVO Art. 16).
 *
 * `consents.kind` is a CHECK-constrained closed list on purpose (unlike the case vocabularies):
 * the statistics export counts only cases whose `statistics` consent is not withdrawn and must be
 * able to rely on exactly these three values. Data categories are JSON arrays of codes; the
 * special categories of Art. 9 DSGVO live in their own column so an explicit consent for them is
 * visible at a glance and can never be implied by a general category.
 *
 * `field_history` keeps who/when/old/new for every change of a per-person field. It sits inside
 * the encrypted vault like all case data and belongs to the person: it cascades away with the
 * case on erasure (Art. 17), so no old value outlives the person it describes.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'lifecycle',
  up(db) {
    db.exec(`
      CREATE TABLE consents (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('processing', 'release', 'statistics')),
        recipient_partner_id TEXT REFERENCES partners (id) ON DELETE SET NULL,
        recipient_text TEXT,
        purpose TEXT NOT NULL DEFAULT '',
        data_categories TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(data_categories) AND json_type(data_categories) = 'array'),
        special_categories TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(special_categories) AND json_type(special_categories) = 'array'),
        form TEXT NOT NULL CHECK (form IN ('written', 'electronic', 'oral')),
        language TEXT,
        interpreter INTEGER NOT NULL DEFAULT 0 CHECK (interpreter IN (0, 1)),
        given_on TEXT NOT NULL,
        valid_until TEXT,
        withdrawn_on TEXT,
        note TEXT NOT NULL DEFAULT '',
        created_by TEXT REFERENCES users (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (valid_until IS NULL OR valid_until >= given_on),
        CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on),
        CHECK (kind <> 'release' OR recipient_partner_id IS NOT NULL OR coalesce(recipient_text, '') <> '')
      ) STRICT;
      CREATE INDEX consents_case ON consents (case_id, kind);
      CREATE INDEX consents_valid_until ON consents (valid_until) WHERE withdrawn_on IS NULL;

      CREATE TABLE field_history (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        user_id TEXT,
        user_name TEXT,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT
      ) STRICT;
      CREATE INDEX field_history_case ON field_history (case_id, at);
    `);
  },
};
