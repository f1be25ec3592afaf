import { afterEach, expect, test } from 'vitest';
import { readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

test('0015 from the previous version: referrals keep everything and claim nothing about a release; new ones store the choice', () => {
  const database = vaultBefore(15).database;
  const before = readSchemaVersion(database);
  expect(before).toBeLessThan(15);
  database.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Chris', 'counsellor', '2026-01-01')`).run();
  database
    .prepare(
      `INSERT INTO cases (id, code, family_name, given_names, gender, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at)
       VALUES ('c1', 'LEV-2026-0001', 'X', 'Y', 'female', 'kim', 'selfReferral', '2026-02-01', 'intake', 'u1', 7, 'now', 'now')`,
    )
    .run();
  database.prepare(`INSERT INTO partners (id, name, created_at) VALUES ('p1', 'JMD', 'now')`).run();
  database
    .prepare(
      `INSERT INTO referrals (id, case_id, partner_id, offer_kind, referred_on, result, note, updated_at)
       VALUES ('r1', 'c1', 'p1', 'languageCourse', '2026-03-01', 'accepted', 'B1-Kurs', 'now')`,
    )
    .run();

  migrateTo(database, 15);
  expect(readSchemaVersion(database)).toBe(15);
  expect(database.prepare(`SELECT id, result, note, without_release AS withoutRelease FROM referrals`).all()).toEqual([
    { id: 'r1', result: 'accepted', note: 'B1-Kurs', withoutRelease: null },
  ]);
  const insert = database.prepare(
    `INSERT INTO referrals (id, case_id, partner_id, offer_kind, referred_on, result, note, updated_at, without_release)
     VALUES (?, 'c1', 'p1', 'languageCourse', '2026-04-01', 'open', '', 'now', ?)`,
  );
  insert.run('r2', 1);
  insert.run('r3', 0);
  expect(() => insert.run('r4', 2)).toThrow();
  expect(database.prepare(`SELECT without_release FROM referrals ORDER BY id`).pluck().all()).toEqual([null, 1, 0]);
});
