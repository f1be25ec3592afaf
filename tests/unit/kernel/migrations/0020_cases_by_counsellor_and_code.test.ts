import { afterEach, expect, test } from 'vitest';
import type { VaultDatabase } from '../../../../src/main/kernel/db/database';
import { readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { listCases } from '../../../../src/main/cases/listRepository';
import { sql } from '../../../../src/main/kernel/sql';
import { inCaseScope, type CaseScope } from '../../../../src/main/session/repository';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

/** Chris holds four cases (one closed), Dana one; codes are inserted out of order. */
function vaultAtPrevious(): VaultDatabase {
  const database = vaultBefore(20).database;
  expect(readSchemaVersion(database)).toBe(19);
  for (const [id, name] of [
    ['u1', 'Chris'],
    ['u2', 'Dana'],
  ]) {
    database.prepare(`INSERT INTO users (id, name, role, created_at) VALUES (?, ?, 'counsellor', '2026-01-01')`).run(id, name);
  }
  for (const [id, counsellor, closedOn] of [
    ['0042', 'u1', null],
    ['0007', 'u2', null],
    ['0013', 'u1', '2026-05-01'],
    ['0003', 'u1', null],
    ['0029', 'u1', null],
  ]) {
    database
      .prepare(
        `INSERT INTO cases (id, code, family_name, given_names, gender, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at, closed_on)
         VALUES (?, ?, 'Haidari', 'Amina', 'female', 'kim', 'selfReferral', '2026-02-01', 'intake', ?, 7, 'now', 'now', ?)`,
      )
      .run(`case-${id}`, `LEV-2026-${id}`, counsellor, closedOn);
  }
  return database;
}

const codes = (rows: readonly { code: string }[]): string[] => rows.map((row) => row.code);

test('0020: a counsellor’s cases come from (counsellor_id, code) in code order, and the first screen reads no more than it shows', () => {
  const database = vaultAtPrevious();
  const own = { counsellorId: 'u1', openedCodes: [] };
  const before = listCases(database, { includeClosed: true, scope: own });

  expect(migrateTo(database, 20)).toBe(20);
  const indexes = database
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' AND sql IS NOT NULL`)
    .pluck()
    .all();
  expect(indexes).toContain('cases_counsellor_code');
  expect(indexes).not.toContain('cases_counsellor');

  // The same rows as before, in code order; the first screen is the start of the whole list.
  expect(listCases(database, { includeClosed: true, scope: own })).toEqual(before);
  expect(codes(before)).toEqual(['LEV-2026-0003', 'LEV-2026-0013', 'LEV-2026-0029', 'LEV-2026-0042']);
  expect(codes(listCases(database, { includeClosed: false, scope: own, first: 2 }))).toEqual(['LEV-2026-0003', 'LEV-2026-0029']);
  // A colleague's case only once it was opened by its code, in its place in the order.
  const opened = { counsellorId: 'u1', openedCodes: ['LEV-2026-0007'] };
  expect(codes(listCases(database, { includeClosed: false, scope: opened, first: 2 }))).toEqual(['LEV-2026-0003', 'LEV-2026-0007']);

  // The plan of the first screen with the scope the list uses: the index in code order, no sort of
  // all her cases. (With cases opened by code the scope is an OR of two indexes, sorted as before.)
  const plan = (scope: CaseScope): string => {
    const query = sql`SELECT c.code FROM cases c WHERE c.closed_on IS NULL AND ${inCaseScope(scope)} ORDER BY c.code LIMIT 60`;
    return (database.prepare(`EXPLAIN QUERY PLAN ${query.text}`).all(...query.values) as { detail: string }[])
      .map((row) => row.detail)
      .join(' | ');
  };
  expect(plan(own)).toMatch(/USING INDEX cases_counsellor_code \(counsellor_id=\?\)/);
  expect(plan(own)).not.toMatch(/TEMP B-TREE/);
  expect(plan(opened)).toMatch(/TEMP B-TREE FOR ORDER BY/);
});
