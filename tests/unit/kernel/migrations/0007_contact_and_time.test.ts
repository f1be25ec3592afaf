import { afterEach, expect, test } from 'vitest';
import type { VaultDatabase } from '../../../../src/main/kernel/db/database';
import { readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

const insertCase = (database: VaultDatabase, id: string, code: string) =>
  database
    .prepare(
      `INSERT INTO cases (id, code, family_name, given_names, gender, languages, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at)
       VALUES (?, ?, 'محمدی', 'احمد', 'male', '["Dari"]', 'kim', 'selfReferral', '2026-02-01', 'intake', 'u1', 7, 'now', 'now')`,
    )
    .run(id, code);

test('0007 from version 6: contact columns and the time of day, empty for existing rows; the document name is searchable, contact data is not', () => {
  const database = vaultBefore(7).database;
  expect(readSchemaVersion(database)).toBe(6);
  database.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Chris', 'counsellor', '2026-01-01')`).run();
  insertCase(database, 'c1', 'LEV-2026-0001');
  database
    .prepare(
      `INSERT INTO journal_entries (id, case_id, occurred_on, duration_minutes, kind, interpreter, topics, participants, note, author_id, created_at, updated_at)
      VALUES ('j1', 'c1', '2026-03-01', 30, 'phone', 0, '[]', '[]', 'Termin bestätigt', 'u1', 'now', 'now')`,
    )
    .run();
  const indexBefore = database.prepare(`SELECT body FROM search_index WHERE source = 'case'`).pluck().get();

  migrateTo(database, 7);
  expect(readSchemaVersion(database)).toBe(7);
  expect(
    database.prepare(`SELECT phone, email, postal_address, document_family_name, document_given_names FROM cases WHERE id = 'c1'`).get(),
  ).toEqual({ phone: null, email: null, postal_address: null, document_family_name: null, document_given_names: null });
  expect(database.prepare(`SELECT occurred_time FROM journal_entries WHERE id = 'j1'`).pluck().get()).toBeNull();
  // An existing case's index row is unchanged (it has no document name yet).
  expect(database.prepare(`SELECT body FROM search_index WHERE source = 'case'`).pluck().get()).toBe(indexBefore);

  database
    .prepare(
      `UPDATE cases SET document_family_name = 'Mohammadi', document_given_names = 'Ahmad', phone = '0214 12345',
         email = 'ahmad@example.org', postal_address = 'Hauptstraße 1, 51373 Leverkusen' WHERE id = 'c1'`,
    )
    .run();
  const matches = (query: string): unknown[] =>
    database.prepare(`SELECT source_id FROM search_index WHERE search_index MATCH ? ORDER BY source_id`).pluck().all(query);
  expect(matches('mohammadi')).toEqual(['c1']);
  expect(matches('"محمدی"')).toEqual(['c1']);
  for (const contactWord of ['12345', 'example', 'hauptstrasse', 'leverkusen']) expect(matches(`"${contactWord}"`)).toEqual([]);
  insertCase(database, 'c2', 'LEV-2026-0002');
  database.prepare(`UPDATE cases SET document_given_names = 'Farid' WHERE id = 'c2'`).run();
  expect(matches('farid')).toEqual(['c2']);
  database.prepare(`UPDATE journal_entries SET occurred_time = '14:30' WHERE id = 'j1'`).run();
  expect(database.prepare(`SELECT occurred_time FROM journal_entries WHERE id = 'j1'`).pluck().get()).toBe('14:30');
});
