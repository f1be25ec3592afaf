import { statSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { readSchemaVersion } from '../../../../src/main/kernel/db/migrations';
import { migration0009 } from '../../../../src/main/kernel/db/migrations/0009_documents';
import { migrateTo, removeMigrationVaults, vaultBefore, type MigrationVault } from '../../helpers/migrationVault';

afterEach(removeMigrationVaults);

function vaultAtPrevious(): MigrationVault {
  const vault = vaultBefore(9);
  const { database } = vault;
  database.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Chris', 'counsellor', '2026-01-01')`).run();
  database
    .prepare(
      `INSERT INTO cases (id, code, family_name, given_names, gender, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at)
       VALUES ('c1', 'LEV-2026-0001', 'Haidari', 'Amina', 'female', 'kim', 'selfReferral', '2026-02-01', 'intake', 'u1', 7, 'now', 'now')`,
    )
    .run();
  database
    .prepare(
      `INSERT INTO journal_entries (id, case_id, occurred_on, kind, note, created_at, updated_at) VALUES ('j1', 'c1', '2026-03-01', 'phone', 'Termin', 'now', 'now')`,
    )
    .run();
  return vault;
}

test('0009 from the previous version: document tables, index triggers, cascade; existing rows stay', () => {
  const { database } = vaultAtPrevious();
  expect(database.pragma('auto_vacuum', { simple: true })).toBe(0);
  migrateTo(database, 9);
  expect(readSchemaVersion(database)).toBe(9);
  database
    .prepare(
      `INSERT INTO documents (id, case_id, kind, document_date, note, file_name, media_type, byte_length, sha256, chunk_size, created_at, updated_at)
       VALUES ('d1', 'c1', 'notice', '2026-03-02', 'Bewilligung Jobcenter', 'Bescheid.pdf', 'application/pdf', 3, 'x', 262144, 'now', 'now')`,
    )
    .run();
  database.prepare(`INSERT INTO document_chunks (document_id, seq, bytes) VALUES ('d1', 0, x'010203')`).run();
  const matches = (query: string): unknown[] =>
    database.prepare(`SELECT source || ':' || source_id FROM search_index WHERE search_index MATCH ? ORDER BY 1`).pluck().all(query);
  expect(matches('bescheid')).toEqual(['document:d1']);
  expect(matches('notice')).toEqual(['document:d1']);
  expect(matches('jobcenter')).toEqual(['document:d1']);
  // The file name is not indexed, nor is the content.
  expect(matches('pdf')).toEqual([]);
  expect(matches('termin')).toEqual(['journal:j1']);
  database.prepare(`UPDATE documents SET kind = 'contract', note = 'Ausbildungsvertrag' WHERE id = 'd1'`).run();
  expect(matches('bescheid')).toEqual([]);
  expect(matches('ausbildungsvertrag')).toEqual(['document:d1']);
  // A link needs both parts.
  expect(() => database.prepare(`UPDATE documents SET link_type = 'status' WHERE id = 'd1'`).run()).toThrow(/CHECK/);
  database.prepare(`DELETE FROM cases WHERE id = 'c1'`).run();
  expect(database.prepare('SELECT count(*) FROM document_chunks').pluck().get()).toBe(0);
  expect(matches('ausbildungsvertrag')).toEqual([]);
});

test('0009 switches the vault to incremental auto-vacuum once, also when a crash came between the migration and the switch', () => {
  const vault = vaultAtPrevious();
  const { database, file } = vault;
  // The crash: the transactional step committed, the VACUUM never ran.
  database.transaction(() => {
    migration0009.up(database);
    database.pragma('user_version = 9');
  })();
  expect(database.pragma('auto_vacuum', { simple: true })).toBe(0);
  database.close();

  const reopened = vault.reopen();
  expect(migrateTo(reopened, 9)).toBe(9);
  expect(reopened.pragma('auto_vacuum', { simple: true })).toBe(2);
  expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(reopened.prepare('SELECT count(*) FROM journal_entries').pluck().get()).toBe(1);

  // Deleted content is given back by incremental_vacuum, without a VACUUM.
  const insert = reopened.prepare(`INSERT INTO document_chunks (document_id, seq, bytes) VALUES ('d1', ?, randomblob(262144))`);
  reopened
    .prepare(
      `INSERT INTO documents (id, case_id, kind, file_name, media_type, byte_length, sha256, chunk_size, created_at, updated_at)
       VALUES ('d1', 'c1', 'other', 'a.pdf', 'application/pdf', 1, 'x', 262144, 'now', 'now')`,
    )
    .run();
  reopened.transaction(() => {
    for (let seq = 0; seq < 16; seq += 1) insert.run(seq);
  })();
  reopened.pragma('wal_checkpoint(TRUNCATE)');
  const grown = statSync(file).size;
  reopened.prepare(`DELETE FROM documents WHERE id = 'd1'`).run();
  expect(reopened.pragma('freelist_count', { simple: true })).toBeGreaterThan(900);
  reopened.pragma('incremental_vacuum');
  reopened.pragma('wal_checkpoint(TRUNCATE)');
  expect(reopened.pragma('freelist_count', { simple: true })).toBe(0);
  expect(statSync(file).size).toBeLessThan(grown - 3_000_000);
  // A second open does not vacuum again (nothing to do).
  expect(migrateTo(reopened, 9)).toBe(9);
});
