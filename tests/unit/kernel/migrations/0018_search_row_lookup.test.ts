import { afterEach, expect, test } from 'vitest';
import type { VaultDatabase } from '../../../../src/main/kernel/db/database';
import { readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { migrateTo, removeMigrationVaults, vaultBefore } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

function vaultAtPrevious(): VaultDatabase {
  const database = vaultBefore(18).database;
  expect(readSchemaVersion(database)).toBe(17);
  database.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Chris', 'counsellor', '2026-01-01')`).run();
  for (const [id, family] of [
    ['c1', 'Haidari'],
    ['c2', 'Okafor'],
  ]) {
    database
      .prepare(
        `INSERT INTO cases (id, code, family_name, given_names, gender, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at)
         VALUES (?, ?, ?, 'Amina', 'female', 'kim', 'selfReferral', '2026-02-01', 'intake', 'u1', 7, 'now', 'now')`,
      )
      .run(id, `LEV-2026-${id}`, family);
    database
      .prepare(
        `INSERT INTO journal_entries (id, case_id, occurred_on, kind, note, created_at, updated_at) VALUES (?, ?, '2026-03-01', 'phone', ?, 'now', 'now')`,
      )
      .run(`j-${id}`, id, `Termin ${family}journal`);
    database
      .prepare(
        `INSERT INTO documents (id, case_id, kind, note, file_name, media_type, byte_length, sha256, chunk_size, created_at, updated_at)
         VALUES (?, ?, 'notice', ?, 'a.pdf', 'application/pdf', 1, 'x', 262144, 'now', 'now')`,
      )
      .run(`d-${id}`, id, `${family}note`);
  }
  return database;
}

function matches(database: VaultDatabase, query: string): unknown[] {
  return database.prepare(`SELECT source || ':' || source_id FROM search_index WHERE search_index MATCH ? ORDER BY 1`).pluck().all(query);
}

/** Every full-text row as (case, source, id), through the virtual table: what the index holds. */
function indexRows(database: VaultDatabase): unknown[] {
  return database.prepare(`SELECT case_id || ' ' || source || ' ' || source_id FROM search_index ORDER BY 1`).pluck().all();
}

test('0018 from the previous version: the index triggers find their rows by lookup; what they index and delete is unchanged', () => {
  const database = vaultAtPrevious();
  const triggersBefore = database.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).pluck().all();
  const rowsBefore = indexRows(database);
  expect(rowsBefore).toHaveLength(6);

  migrateTo(database, 18);
  expect(readSchemaVersion(database)).toBe(18);
  // Same triggers, same rows; every trigger's delete now goes by rowid through the content table.
  expect(database.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).pluck().all()).toEqual(triggersBefore);
  expect(indexRows(database)).toEqual(rowsBefore);
  const deletes = database
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%DELETE FROM search_index%'`)
    .all() as { name: string; sql: string }[];
  expect(deletes.map((trigger) => trigger.name).sort()).toEqual([
    'cases_index_delete',
    'cases_index_update',
    'documents_index_delete',
    'documents_index_update',
    'journal_index_delete',
    'journal_index_update',
  ]);
  for (const trigger of deletes) {
    expect(trigger.sql).toMatch(/DELETE FROM search_index WHERE rowid IN \(SELECT id FROM search_index_content WHERE c[0-2] = /);
    expect(trigger.sql).not.toMatch(/WHERE (source|case_id) = /);
  }
  // The lookups use the new indexes (no scan of the index).
  const plan = (query: string) =>
    (database.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
  expect(plan(`DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = 'journal' AND c2 = 'x')`)).toMatch(
    /search_index_content_source/,
  );
  expect(plan(`DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c0 = 'x')`)).toMatch(
    /search_index_content_case/,
  );

  // Updates re-index, deletes remove: for one case, the other keeps every entry.
  database.prepare(`UPDATE journal_entries SET note = 'Anruf Neujournal' WHERE id = 'j-c1'`).run();
  database.prepare(`UPDATE documents SET note = 'Neunote' WHERE id = 'd-c1'`).run();
  database.prepare(`UPDATE cases SET family_name = 'Haidary' WHERE id = 'c1'`).run();
  expect(matches(database, 'haidarijournal')).toEqual([]);
  expect(matches(database, 'neujournal')).toEqual(['journal:j-c1']);
  expect(matches(database, 'haidarinote')).toEqual([]);
  expect(matches(database, 'neunote')).toEqual(['document:d-c1']);
  expect(matches(database, 'haidari')).toEqual([]);
  expect(matches(database, 'haidary')).toEqual(['case:c1']);
  expect(indexRows(database)).toEqual(rowsBefore);

  database.prepare(`DELETE FROM documents WHERE id = 'd-c1'`).run();
  expect(matches(database, 'neunote')).toEqual([]);
  database.prepare(`DELETE FROM cases WHERE id = 'c1'`).run();
  expect(indexRows(database)).toEqual(['c2 case c2', 'c2 document d-c2', 'c2 journal j-c2']);
  expect(matches(database, 'okaforjournal')).toEqual(['journal:j-c2']);
  expect(database.prepare(`INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)`).run().changes).toBe(1);
  expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
});

test('0018 keeps the full-text secure-delete: a deleted entry is gone from the index pages, not only from the results', () => {
  const database = vaultAtPrevious();
  migrateTo(database, 18);
  const marker = 'zqxsecuremarker';
  database.prepare(`UPDATE journal_entries SET note = ? WHERE id = 'j-c1'`).run(`Gespräch ${marker}`);
  const inPages = () =>
    (database.prepare(`SELECT block FROM search_index_data`).pluck().all() as Buffer[]).some((block) => block.includes(marker));
  database.prepare(`INSERT INTO search_index (search_index) VALUES ('optimize')`).run();
  expect(inPages()).toBe(true);
  database.prepare(`DELETE FROM journal_entries WHERE id = 'j-c1'`).run();
  expect(matches(database, marker)).toEqual([]);
  expect(inPages()).toBe(false);
});
