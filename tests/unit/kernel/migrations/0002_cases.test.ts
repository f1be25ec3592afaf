import { afterEach, expect, test } from 'vitest';
import { readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

test('0002 from version 1: existing accounts, settings and log stay; case tables and the index appear', () => {
  const db = vaultBefore(2).database;
  db.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Chris', 'counsellor', '2026-01-01')`).run();
  db.prepare(`INSERT INTO settings (key, value) VALUES ('autoLockMinutes', '9')`).run();
  db.prepare(`INSERT INTO audit_log (at, action) VALUES ('2026-01-01T00:00:00Z', 'vault.setup')`).run();

  migrateTo(db, 2);
  expect(readSchemaVersion(db)).toBe(2);
  expect(db.prepare('SELECT name FROM users').pluck().all()).toEqual(['Chris']);
  expect(db.prepare('SELECT value FROM settings').pluck().get()).toBe('9');
  expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);

  const insertCase =
    db.prepare(`INSERT INTO cases (id, code, family_name, given_names, gender, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at)
    VALUES (?, ?, ?, ?, 'female', 'kim', 'selfReferral', '2026-02-01', 'intake', 'u1', ?, 'now', 'now')`);
  insertCase.run('c1', 'LEV-2026-0001', 'Müller', 'Ayşe', 4294967295);
  expect(() => insertCase.run('c2', 'LEV-2026-0002', 'X', 'Y', 4294967296)).toThrow();
  expect(() => insertCase.run('c3', 'LEV-2026-0001', 'X', 'Y', 1)).toThrow();
  // The index folds diacritics and follows deletions.
  const search = db.prepare(`SELECT case_id FROM search_index WHERE search_index MATCH ?`).pluck();
  expect(search.all('muller')).toEqual(['c1']);
  expect(search.all('ayse')).toEqual(['c1']);
  db.prepare(`DELETE FROM cases WHERE id = 'c1'`).run();
  expect(search.all('muller')).toEqual([]);
  // A status may not end before it begins.
  insertCase.run('c1', 'LEV-2026-0001', 'Müller', 'Ayşe', 7);
  db.prepare(
    `INSERT INTO residence_statuses (id, case_id, status, valid_from, valid_until, created_at) VALUES ('ok', 'c1', 'duldung60a', '2026-04-01', '2026-05-01', 'now')`,
  ).run();
  expect(() =>
    db
      .prepare(
        `INSERT INTO residence_statuses (id, case_id, status, valid_from, valid_until, created_at) VALUES ('s', 'c1', 'duldung60a', '2026-05-01', '2026-04-01', 'now')`,
      )
      .run(),
  ).toThrow();
});
