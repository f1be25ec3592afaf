import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, expect, test } from 'vitest';
import { migrate } from '../../src/main/db/migrations';
import { insertCase, insertJournalEntry, RANKED_MATCHES_LIMIT, searchIndex } from '../../src/main/cases/caseRepository';
import { caseFields, journalInput } from './helpers/caseFixtures';

let db: Database.Database | undefined;
afterEach(() => db?.close());

function notebook(notes: readonly string[]): Database.Database {
  const opened = new Database(':memory:');
  migrate(opened);
  opened.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Beratung', 'counsellor', '2026-01-01')`).run();
  insertCase(opened, { id: 'c1', code: 'FB-2026-0001', fields: caseFields(), counsellorId: 'u1', recordKey: 1, at: '2026-11-01T09:00:00Z' });
  opened.transaction(() => {
    notes.forEach((note, index) => insertJournalEntry(opened, { id: `j${index}`, caseId: 'c1', authorId: 'u1', at: '2026-11-01T09:00:00Z', input: journalInput({ note }) }));
  })();
  return opened;
}

test('few matches are ranked by relevance', () => {
  db = notebook(['Termin beim Jobcenter.', 'Termin, Termin, Termin: Ausländerbehörde, Termin verlegt.', 'Kein Bezug.']);
  expect(searchIndex(db, 'termin').map((hit) => hit.sourceId)).toEqual(['j1', 'j0']);
});

test('beyond the ranking limit the newest matches come first, still limited', () => {
  const notes = Array.from({ length: RANKED_MATCHES_LIMIT + 5 }, (_, index) => (index === 3 ? 'Termin Termin Termin Termin' : `Termin Nummer ${index}`));
  db = notebook(notes);
  const hits = searchIndex(db, 'Termin', 5);
  expect(hits.map((hit) => hit.sourceId)).toEqual([4, 3, 2, 1, 0].map((offset) => `j${RANKED_MATCHES_LIMIT + offset}`));
  expect(hits[0]?.snippet).toContain('\u0002Termin\u0003');
});
