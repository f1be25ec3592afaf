import { afterEach, expect, test } from 'vitest';
import { readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

test('0005 from the previous version: cases stay; statistics profiles, settings, frozen lists and export history appear', () => {
  const database = vaultBefore(5).database;
  database.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Chris', 'counsellor', '2026-01-01')`).run();
  database
    .prepare(
      `INSERT INTO cases (id, code, family_name, given_names, gender, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at)
    VALUES ('c1', 'LEV-2026-0001', 'X', 'Y', 'female', 'kim', 'selfReferral', '2026-02-01', 'intake', 'u1', 7, 'now', 'now')`,
    )
    .run();

  migrateTo(database, 5);
  expect(readSchemaVersion(database)).toBe(5);
  expect(database.prepare('SELECT code FROM cases').pluck().all()).toEqual(['LEV-2026-0001']);

  const profile = database.prepare(
    `INSERT INTO stats_profiles (id, name, method, k, tables, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'now', 'now')`,
  );
  profile.run('p1', 'Jugendamt', 'suppression', 5, '["T02_genderAge"]');
  // Only the two methods, k of at least 3, tables as a JSON array.
  expect(() => profile.run('p2', 'x', 'noise', 3, '[]')).toThrow();
  expect(() => profile.run('p3', 'x', 'ckm', 2, '[]')).toThrow();
  expect(() => profile.run('p4', 'x', 'ckm', 3, '{}')).toThrow();

  database
    .prepare(
      `INSERT INTO stats_exports (id, at, catalogue_version, period_code, profile_id, recipient, method, k, files, user_id)
    VALUES ('e1', 'now', '2026.1', '2026-Q3', 'ministerium', 'Ministerium', 'suppression', 3, '[]', 'u1')`,
    )
    .run();
  const cell = database.prepare('INSERT INTO stats_export_cells (export_id, fingerprint, suppressed, value) VALUES (?, ?, ?, ?)');
  cell.run('e1', '4:1:2', 1, null);
  cell.run('e1', '12:3:4', 0, 12);
  // A suppressed cell has no stored value, a published one has.
  expect(() => cell.run('e1', '5:1:1', 1, 5)).toThrow();
  expect(() => cell.run('e1', '6:1:1', 0, null)).toThrow();
  database.prepare(`DELETE FROM stats_exports WHERE id = 'e1'`).run();
  expect(database.prepare('SELECT count(*) FROM stats_export_cells').pluck().get()).toBe(0);

  const freeze = database.prepare(
    `INSERT INTO stats_category_lists (catalogue_version, year, dimension, categories, frozen_at) VALUES ('2026.1', 2026, 'origin', ?, 'now')`,
  );
  freeze.run('["SY","_other"]');
  expect(() => freeze.run('["AF"]')).toThrow();
});
