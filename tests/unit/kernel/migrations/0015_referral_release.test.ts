import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, expect, test } from 'vitest';
import { openEncryptedDatabase, type VaultDatabase } from '../../../../src/main/kernel/db/database';
import { MIGRATIONS, migrate, readSchemaVersion } from '../../../../src/main/kernel/db/migrations';

let folder: string;
let db: VaultDatabase | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
  rmSync(folder, { recursive: true, force: true });
});

test('0015 from the previous version: referrals keep everything and claim nothing about a release; new ones store the choice', () => {
  folder = mkdtempSync(join(tmpdir(), 'fallbuch-migration-'));
  const database = openEncryptedDatabase(join(folder, 'fallbuch.db'), randomBytes(32), { create: true });
  db = database;
  migrate(
    database,
    MIGRATIONS.filter((migration) => migration.version < 15),
  );
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

  migrate(
    database,
    MIGRATIONS.filter((migration) => migration.version <= 15),
  );
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
