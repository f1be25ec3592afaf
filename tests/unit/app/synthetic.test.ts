import Database from 'better-sqlite3-multiple-ciphers';
import { expect, test } from 'vitest';
import { migrate } from '../../../src/main/kernel/db/migrations';
import { listCases } from '../../../src/main/cases/repository';
import { DULDUNG_LIKE_STATUSES } from '../../../src/shared/kernel/vocabulary';
import { seedCases } from '../../../bench/synthetic';

function seededDatabase(seed: number) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  db.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Beratung', 'counsellor', '2026-01-01')`).run();
  const result = seedCases(db, { count: 120, counsellorIds: ['u1'], seed, entriesPerCase: 10, batchSize: 50 });
  return { db, result };
}

test('the synthetic generator is deterministic and fills every part of a case file plausibly', () => {
  const first = seededDatabase(7);
  const again = seededDatabase(7);
  const other = seededDatabase(8);
  const rows = (db: Database.Database) => db.prepare('SELECT code, family_name, given_names, birth_date FROM cases ORDER BY code').all();
  expect(rows(again.db)).toEqual(rows(first.db));
  expect(rows(other.db)).not.toEqual(rows(first.db));
  expect(first.result.cases).toBe(120);
  expect(first.db.prepare('SELECT count(*) FROM journal_entries').pluck().get()).toBe(first.result.journalEntries);
  expect(first.result.journalEntries).toBeGreaterThan(120 * 7);

  // Duldung and Gestattung dominate the current statuses; notes are searchable German text.
  const current = listCases(first.db, { includeClosed: true, scope: { counsellorId: 'u1', openedCodes: [] } }).map(
    (row) => row.currentStatus,
  );
  const tolerated = current.filter(
    (status) => status === 'gestattung55' || (DULDUNG_LIKE_STATUSES as readonly string[]).includes(status ?? ''),
  );
  expect(tolerated.length / current.length).toBeGreaterThan(0.5);
  expect(first.db.prepare(`SELECT count(*) FROM search_index WHERE search_index MATCH '"Ausländerbehörde"'`).pluck().get()).toBeGreaterThan(
    0,
  );
  for (const table of ['deadlines', 'assessments', 'goals', 'referrals', 'closures', 'partners']) {
    expect(first.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBeGreaterThan(0);
  }
  // Closed cases have no open derived deadline.
  expect(
    first.db
      .prepare(
        `SELECT count(*) FROM deadlines d JOIN cases c ON c.id = d.case_id WHERE c.closed_on IS NOT NULL AND d.state = 'open' AND d.source_key IS NOT NULL`,
      )
      .pluck()
      .get(),
  ).toBe(0);
});
