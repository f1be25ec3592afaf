import { afterEach, expect, test } from 'vitest';
import type { VaultDatabase } from '../../../../src/main/kernel/db/database';
import { readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

const insertCase = (database: VaultDatabase, id: string, code: string, languages: string) =>
  database
    .prepare(
      `INSERT INTO cases (id, code, family_name, given_names, gender, languages, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at)
       VALUES (?, ?, 'Haidari', 'Amina', 'female', ?, 'kim', 'selfReferral', '2026-02-01', 'intake', 'u1', 7, 'now', 'now')`,
    )
    .run(id, code, languages);

test('0006 from version 5: the languages are indexed as plain words, for existing, new and changed cases; journal rows stay', () => {
  const database = vaultBefore(6).database;
  expect(readSchemaVersion(database)).toBe(5);
  database.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Chris', 'counsellor', '2026-01-01')`).run();
  insertCase(database, 'c1', 'LEV-2026-0001', '["Arabisch","Dari"]');
  insertCase(database, 'c2', 'LEV-2026-0002', '[]');
  database
    .prepare(
      `INSERT INTO journal_entries (id, case_id, occurred_on, duration_minutes, kind, interpreter, topics, participants, note, author_id, created_at, updated_at)
      VALUES ('j1', 'c1', '2026-03-01', 30, 'phone', 0, '["work"]', '[]', 'Termin ["kein JSON"] bestätigt', 'u1', 'now', 'now')`,
    )
    .run();
  const bodyOf = (id: string): unknown =>
    database.prepare(`SELECT body FROM search_index WHERE source = 'case' AND source_id = ?`).pluck().get(id);
  // Before: the raw JSON array is what the index holds (and what a snippet shows).
  expect(bodyOf('c1')).toBe('LEV-2026-0001 Amina Haidari ["Arabisch","Dari"]');

  // To 6 exactly: later migrations (issue-numbered, landing in any order) have tests of their own.
  migrateTo(database, 6);
  expect(readSchemaVersion(database)).toBe(6);
  expect(bodyOf('c1')).toBe('LEV-2026-0001 Amina Haidari Arabisch Dari');
  expect(bodyOf('c2')).toBe('LEV-2026-0002 Amina Haidari');
  expect(database.prepare(`SELECT count(*) FROM search_index WHERE source = 'case'`).pluck().get()).toBe(2);
  expect(database.prepare(`SELECT body FROM search_index WHERE source = 'journal'`).pluck().all()).toEqual([
    'Termin ["kein JSON"] bestätigt',
  ]);
  const matches = (query: string): unknown[] =>
    database.prepare(`SELECT source_id FROM search_index WHERE search_index MATCH ? ORDER BY source_id`).pluck().all(query);
  expect(matches('dari')).toEqual(['c1']);
  expect(matches('haidari')).toEqual(['c1', 'c2']);

  // The recreated triggers: a new case and a changed one are indexed as plain words too.
  insertCase(database, 'c3', 'LEV-2026-0003', '["Tigrinya"]');
  expect(bodyOf('c3')).toBe('LEV-2026-0003 Amina Haidari Tigrinya');
  database.prepare(`UPDATE cases SET languages = '["Paschtu","Englisch"]' WHERE id = 'c2'`).run();
  expect(bodyOf('c2')).toBe('LEV-2026-0002 Amina Haidari Paschtu Englisch');
  database.prepare(`DELETE FROM journal_entries WHERE case_id = 'c1'`).run();
  database.prepare(`DELETE FROM cases WHERE id = 'c1'`).run();
  expect(matches('dari')).toEqual([]);
  expect(database.prepare(`SELECT count(*) FROM search_index`).pluck().get()).toBe(2);
});
