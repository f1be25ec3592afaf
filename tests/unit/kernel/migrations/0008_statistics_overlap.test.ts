import { afterEach, expect, test } from 'vitest';
import { readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

test('0008 from the previous version: referrals and exports stay; referral start, revision (Korrekturlieferung), published tables and frozen merges appear', () => {
  const database = vaultBefore(8).database;
  database.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Chris', 'counsellor', '2026-01-01')`).run();
  database
    .prepare(
      `INSERT INTO cases (id, code, family_name, given_names, gender, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at)
    VALUES ('c1', 'LEV-2026-0001', 'X', 'Y', 'female', 'kim', 'selfReferral', '2026-02-01', 'intake', 'u1', 7, 'now', 'now')`,
    )
    .run();
  database
    .prepare(
      `INSERT INTO referrals (id, case_id, offer_kind, referred_on, result, updated_at) VALUES ('r1', 'c1', 'languageCourse', '2026-02-03', 'accepted', 'now')`,
    )
    .run();
  database
    .prepare(
      `INSERT INTO stats_exports (id, at, catalogue_version, period_code, profile_id, recipient, method, k, files, user_id)
    VALUES ('e1', 'now', '2026.1', '2026-Q1', 'buendnis', 'Bündnis', 'ckm', 3, '[]', 'u1')`,
    )
    .run();

  migrateTo(database, 8);
  expect(readSchemaVersion(database)).toBe(8);
  // Earlier rows keep their data; the new columns start empty / as "first delivery".
  expect(database.prepare('SELECT referred_on, started_on FROM referrals').get()).toEqual({ referred_on: '2026-02-03', started_on: null });
  expect(database.prepare('SELECT revision FROM stats_exports').pluck().get()).toBe(0);
  database.prepare(`UPDATE referrals SET started_on = '2026-02-20' WHERE id = 'r1'`).run();
  database.prepare(`UPDATE stats_exports SET revision = 2`).run();
  expect(() => database.prepare(`UPDATE stats_exports SET revision = -1`).run()).toThrow();

  const table = database.prepare('INSERT INTO stats_published_tables (export_id, table_id, body) VALUES (?, ?, ?)');
  table.run('e1', 'T02_genderAge', '{"population":"4:1:2","positions":[]}');
  // The body is a JSON object; one row per export and table; it goes with its export.
  expect(() => table.run('e1', 'T05_workPermission', '[]')).toThrow();
  expect(() => table.run('e1', 'T02_genderAge', '{}')).toThrow();
  database.prepare(`DELETE FROM stats_exports WHERE id = 'e1'`).run();
  expect(database.prepare('SELECT count(*) FROM stats_published_tables').pluck().get()).toBe(0);

  const freeze = database.prepare(`INSERT INTO stats_frozen_merges (year, table_id, merged, frozen_at) VALUES (2026, ?, ?, 'now')`);
  freeze.run('T06_origin', '["ER","GN"]');
  expect(() => freeze.run('T06_origin', '["ER"]')).toThrow();
  expect(() => freeze.run('T07_accessRoute', '{}')).toThrow();
});
