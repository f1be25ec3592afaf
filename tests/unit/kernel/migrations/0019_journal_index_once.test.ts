import { afterEach, expect, test } from 'vitest';
import type { VaultDatabase } from '../../../../src/main/kernel/db/database';
import { readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { listJournal } from '../../../../src/main/journal/repository';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

function vaultAtPrevious(): VaultDatabase {
  const database = vaultBefore(19).database;
  expect(readSchemaVersion(database)).toBe(18);
  database.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Chris', 'counsellor', '2026-01-01')`).run();
  for (const id of ['c1', 'c2']) {
    database
      .prepare(
        `INSERT INTO cases (id, code, family_name, given_names, gender, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at)
         VALUES (?, ?, 'Haidari', 'Amina', 'female', 'kim', 'selfReferral', '2026-02-01', 'intake', 'u1', 7, 'now', 'now')`,
      )
      .run(id, `LEV-2026-${id}`);
    for (const [index, on] of ['2026-03-02', '2026-03-01', '2026-03-03'].entries()) {
      database
        .prepare(
          `INSERT INTO journal_entries (id, case_id, occurred_on, kind, note, created_at, updated_at) VALUES (?, ?, ?, 'phone', 'Termin', ?, ?)`,
        )
        .run(`j-${id}-${index}`, id, on, `2026-03-0${index + 1}T10:00:00Z`, `2026-03-0${index + 1}T10:00:00Z`);
    }
  }
  return database;
}

const indexNames = (database: VaultDatabase): unknown[] =>
  database.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'journal_entries' ORDER BY name`).pluck().all();

function plan(database: VaultDatabase, query: string): string {
  return (database.prepare(`EXPLAIN QUERY PLAN ${query}`).all('c1') as { detail: string }[]).map((row) => row.detail).join(' | ');
}

test('0019: the journal is written to one index on (case_id, occurred_on), and every per-case query uses it', () => {
  const database = vaultAtPrevious();
  expect(indexNames(database)).toEqual(['journal_entries_case', 'sqlite_autoindex_journal_entries_1', 'stats_journal_period']);
  const before = listJournal(database, 'c1');

  expect(migrateTo(database, 19)).toBe(19);
  expect(indexNames(database)).toEqual(['sqlite_autoindex_journal_entries_1', 'stats_journal_period']);
  // The entries are all there, in the same order.
  expect(listJournal(database, 'c1')).toEqual(before);
  expect(before.map((entry) => entry.occurredOn)).toEqual(['2026-03-03', '2026-03-02', '2026-03-01']);

  // A case's journal, its anonymised history and its last contact seek the case in the remaining index.
  const perCase = [
    `SELECT id FROM journal_entries WHERE case_id = ? ORDER BY occurred_on DESC`,
    `SELECT occurred_on, note FROM journal_entries WHERE case_id = ? ORDER BY occurred_on, rowid`,
    `SELECT max(occurred_on) FROM journal_entries WHERE case_id = ?`,
  ];
  for (const query of perCase) expect(plan(database, query), query).toMatch(/USING (COVERING )?INDEX stats_journal_period \(case_id=\?/);

  // Erasing a case still reaches its entries (the foreign key's cascade finds them through the index).
  database.prepare(`DELETE FROM cases WHERE id = 'c1'`).run();
  expect(database.prepare(`SELECT case_id, count(*) AS n FROM journal_entries GROUP BY case_id`).all()).toEqual([{ case_id: 'c2', n: 3 }]);
  expect(database.pragma('foreign_key_check')).toEqual([]);
});
