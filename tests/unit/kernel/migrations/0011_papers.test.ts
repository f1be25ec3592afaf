import { afterEach, expect, test } from 'vitest';
import { MIGRATIONS, migrate, readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

test('0011 from version 6: templates, one letterhead row, papers that go with their case', () => {
  const database = vaultBefore(7).database;
  expect(readSchemaVersion(database)).toBe(6);
  database.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Chris', 'counsellor', '2026-01-01')`).run();
  database
    .prepare(
      `INSERT INTO cases (id, code, family_name, given_names, gender, languages, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at)
       VALUES ('c1', 'LEV-2026-0001', 'Haddad', 'Rami', 'male', '[]', 'kim', 'selfReferral', '2026-02-01', 'intake', 'u1', 7, 'now', 'now')`,
    )
    .run();

  // To 11 exactly: later migrations (issue-numbered, landing in any order) have tests of their own.
  migrateTo(database, 11);
  expect(readSchemaVersion(database)).toBe(11);
  // The existing case is untouched; a paper can be recorded for it.
  expect(database.prepare(`SELECT family_name FROM cases WHERE id = 'c1'`).pluck().get()).toBe('Haddad');
  const addPaper = (id: string, recipientKind: string) =>
    database
      .prepare(
        `INSERT INTO papers (id, case_id, template_id, recipient_kind, files, created_by, created_at) VALUES (?, 'c1', 'participation', ?, '[]', 'u1', 'now')`,
      )
      .run(id, recipientKind);
  addPaper('p1', 'partner');
  expect(() => addPaper('p2', 'anyone')).toThrow(/CHECK/);

  // One letterhead row at most, PNG logos only.
  const letterhead = database.prepare(
    `INSERT INTO paper_letterhead (id, organisation, logo_type, updated_at) VALUES (?, 'Stadt', ?, 'now')`,
  );
  letterhead.run(1, 'image/png');
  expect(() => letterhead.run(2, null)).toThrow(/CHECK/);
  expect(() => database.prepare(`UPDATE paper_letterhead SET logo_type = 'image/svg+xml'`).run()).toThrow(/CHECK/);

  database
    .prepare(
      `INSERT INTO paper_templates (id, name, file_name, content, sha256, created_at) VALUES ('t1', 'Bescheinigung', 'b.docx', x'504b', 'ab', 'now')`,
    )
    .run();
  expect(database.prepare(`SELECT placeholders FROM paper_templates`).pluck().get()).toBe('[]');

  // The person's papers go with the person.
  database.prepare(`DELETE FROM cases WHERE id = 'c1'`).run();
  expect(database.prepare(`SELECT count(*) FROM papers`).pluck().get()).toBe(0);
});

test('0011 landing after later migrations: a vault already past version 11 without the papers tables gets them on the next open', () => {
  const database = vaultBefore(1).database;
  // As built before 0011 was on main: every other migration ran, the version is the latest.
  migrate(
    database,
    MIGRATIONS.filter((migration) => migration.version !== 11),
  );
  const tables = () =>
    database.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'paper%' ORDER BY name`).pluck().all();
  expect(tables()).toEqual([]);
  migrate(database);
  expect(tables()).toEqual(['paper_letterhead', 'paper_templates', 'papers']);
  // Every further open finds them and changes nothing.
  migrate(database);
  expect(tables()).toEqual(['paper_letterhead', 'paper_templates', 'papers']);
});
