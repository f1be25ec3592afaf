import type { Migration } from './types';

/**
 * The case notebook: case files with their residence-status history, deadlines (derived and own),
 * journal, assessment, goals, referrals with a partner directory, closures and anonymous structural
 * notes, plus the full-text index.
 *
 * Closed vocabularies are validated by zod at the repository boundary, not by CHECK constraints:
 * a list may grow in a later version, and an old migration must never have to change for it.
 * `record_key` is the per-person random uint32 of the Cell Key Method (statistics issue): created
 * once with the case, never exported, never regenerated.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'cases',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        family_name TEXT NOT NULL,
        given_names TEXT NOT NULL,
        birth_date TEXT,
        gender TEXT NOT NULL,
        nationalities TEXT NOT NULL DEFAULT '[]',
        country_of_origin TEXT,
        languages TEXT NOT NULL DEFAULT '[]',
        interpreter_needed INTEGER NOT NULL DEFAULT 0,
        entry_date TEXT,
        housing TEXT,
        benefits TEXT,
        school_years INTEGER,
        school_certificate TEXT,
        school_country TEXT,
        german_level TEXT,
        german_certificate TEXT,
        work_experience TEXT,
        programme TEXT NOT NULL,
        access_route TEXT NOT NULL,
        intake_date TEXT NOT NULL,
        phase TEXT NOT NULL,
        counsellor_id TEXT NOT NULL REFERENCES users (id),
        special_category_notes TEXT,
        record_key INTEGER NOT NULL CHECK (record_key BETWEEN 0 AND 4294967295),
        closed_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX cases_counsellor ON cases (counsellor_id);
      CREATE INDEX cases_closed ON cases (closed_on);

      CREATE TABLE case_code_counters (
        prefix TEXT NOT NULL,
        year INTEGER NOT NULL,
        last_number INTEGER NOT NULL,
        PRIMARY KEY (prefix, year)
      ) STRICT;

      CREATE TABLE residence_statuses (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        valid_from TEXT,
        valid_until TEXT,
        work_permission TEXT,
        residence_obligation TEXT,
        identity_clarified TEXT,
        document_seen_on TEXT,
        created_at TEXT NOT NULL,
        CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
      ) STRICT;
      CREATE INDEX residence_statuses_case ON residence_statuses (case_id, valid_from);

      CREATE TABLE training_starts (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        starts_on TEXT NOT NULL,
        description TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX training_starts_case ON training_starts (case_id);

      CREATE TABLE deadlines (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        source_key TEXT,
        title TEXT,
        due_on TEXT NOT NULL,
        remind_from TEXT NOT NULL,
        opens_on TEXT,
        state TEXT NOT NULL DEFAULT 'open',
        resolved_on TEXT,
        resolution_reason TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (case_id, source_key)
      ) STRICT;
      CREATE INDEX deadlines_due ON deadlines (state, due_on);

      CREATE TABLE journal_entries (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        occurred_on TEXT NOT NULL,
        duration_minutes INTEGER,
        kind TEXT NOT NULL,
        interpreter INTEGER NOT NULL DEFAULT 0,
        topics TEXT NOT NULL DEFAULT '[]',
        participants TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT '',
        author_id TEXT REFERENCES users (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX journal_entries_case ON journal_entries (case_id, occurred_on);

      CREATE TABLE assessments (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        resources TEXT NOT NULL DEFAULT '',
        needs TEXT NOT NULL DEFAULT '',
        has_need INTEGER NOT NULL DEFAULT 0,
        priority TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, field)
      ) STRICT;

      CREATE TABLE goals (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        wording TEXT NOT NULL,
        agreed_on TEXT,
        target_date TEXT,
        status TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX goals_case ON goals (case_id);

      CREATE TABLE partners (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        offers TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        is_active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE referrals (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        partner_id TEXT REFERENCES partners (id),
        offer_kind TEXT NOT NULL,
        referred_on TEXT NOT NULL,
        result TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX referrals_case ON referrals (case_id);

      CREATE TABLE closures (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        closed_on TEXT NOT NULL,
        reason TEXT NOT NULL,
        whereabouts TEXT NOT NULL,
        status_at_closure TEXT,
        aftercare_until TEXT,
        reopened_on TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX closures_case ON closures (case_id);

      CREATE TABLE structural_notes (
        id TEXT PRIMARY KEY,
        field TEXT NOT NULL,
        kind TEXT NOT NULL,
        observed_on TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      -- Full-text index over case fields and journal notes. Diacritics are folded (Müller = muller),
      -- 'secure-delete' removes the content of deleted rows from the index pages too.
      CREATE VIRTUAL TABLE search_index USING fts5 (
        case_id UNINDEXED,
        source UNINDEXED,
        source_id UNINDEXED,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);

      CREATE TRIGGER cases_index_insert AFTER INSERT ON cases BEGIN
        INSERT INTO search_index (case_id, source, source_id, body)
        VALUES (new.id, 'case', new.id, concat_ws(' ', new.code, new.given_names, new.family_name, new.languages, new.work_experience, new.school_certificate, new.german_certificate));
      END;
      CREATE TRIGGER cases_index_update AFTER UPDATE ON cases BEGIN
        DELETE FROM search_index WHERE source = 'case' AND source_id = old.id;
        INSERT INTO search_index (case_id, source, source_id, body)
        VALUES (new.id, 'case', new.id, concat_ws(' ', new.code, new.given_names, new.family_name, new.languages, new.work_experience, new.school_certificate, new.german_certificate));
      END;
      CREATE TRIGGER cases_index_delete AFTER DELETE ON cases BEGIN
        DELETE FROM search_index WHERE case_id = old.id;
      END;

      CREATE TRIGGER journal_index_insert AFTER INSERT ON journal_entries BEGIN
        INSERT INTO search_index (case_id, source, source_id, body) VALUES (new.case_id, 'journal', new.id, new.note);
      END;
      CREATE TRIGGER journal_index_update AFTER UPDATE OF note ON journal_entries BEGIN
        DELETE FROM search_index WHERE source = 'journal' AND source_id = old.id;
        INSERT INTO search_index (case_id, source, source_id, body) VALUES (new.case_id, 'journal', new.id, new.note);
      END;
      CREATE TRIGGER journal_index_delete AFTER DELETE ON journal_entries BEGIN
        DELETE FROM search_index WHERE source = 'journal' AND source_id = old.id;
      END;
    `);
  },
};
