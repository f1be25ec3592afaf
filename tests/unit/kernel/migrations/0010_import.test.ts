import { afterEach, expect, test } from 'vitest';
import { readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

test('0010 from the version before: batches, the case link (gone with its case or its batch) and profiles', () => {
  const database = vaultBefore(10).database;
  expect(readSchemaVersion(database)).toBe(9);
  database.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Chris', 'counsellor', '2026-01-01')`).run();
  const insertCase = database.prepare(
    `INSERT INTO cases (id, code, family_name, given_names, gender, languages, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at)
     VALUES (?, ?, 'Haddad', 'Rami', 'male', '[]', 'kim', 'selfReferral', '2026-02-01', 'intake', 'u1', 7, 'now', 'now')`,
  );
  insertCase.run('c1', 'LEV-2026-0001');

  migrateTo(database, 10);
  expect(readSchemaVersion(database)).toBe(10);
  const tables = database
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'import_%' ORDER BY name`)
    .pluck()
    .all();
  expect(tables).toEqual(['import_batch_cases', 'import_batches', 'import_profiles']);
  insertCase.run('c2', 'LEV-2026-0002');
  database
    .prepare(
      `INSERT INTO import_batches (id, user_id, created_at, file_kind, file_sha256, rows_total, created_count, merged_count, skipped_count, error_count)
       VALUES ('b1', 'u1', 'now', 'csv', ?, 2, 2, 0, 0, 0)`,
    )
    .run('0'.repeat(64));
  const link = database.prepare(
    `INSERT INTO import_batch_cases (batch_id, case_id, origin, source_row, fingerprint) VALUES ('b1', ?, 'created', ?, 'x')`,
  );
  link.run('c1', 2);
  link.run('c2', 3);
  expect(() =>
    database
      .prepare(
        `INSERT INTO import_batches (id, user_id, created_at, file_kind, file_sha256, rows_total, created_count, merged_count, skipped_count, error_count) VALUES ('b2', 'u1', 'now', 'xls', '', 0, 0, 0, 0, 0)`,
      )
      .run(),
  ).toThrow(/CHECK/);
  database.prepare(`DELETE FROM cases WHERE id = 'c1'`).run();
  expect(database.prepare(`SELECT case_id FROM import_batch_cases`).pluck().all()).toEqual(['c2']);
  database.prepare(`DELETE FROM import_batches WHERE id = 'b1'`).run();
  expect(database.prepare(`SELECT count(*) FROM import_batch_cases`).pluck().get()).toBe(0);
  database
    .prepare(`INSERT INTO import_profiles (id, name, mapping, created_at, updated_at) VALUES ('p1', 'Nord', '{}', 'now', 'now')`)
    .run();
  expect(() =>
    database
      .prepare(`INSERT INTO import_profiles (id, name, mapping, created_at, updated_at) VALUES ('p2', 'Nord', '{}', 'now', 'now')`)
      .run(),
  ).toThrow(/UNIQUE/);
});
