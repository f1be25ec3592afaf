import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, expect, test } from 'vitest';
import { migrate } from '../../../src/main/kernel/db/migrations';
import { insertCase } from '../../../src/main/cases/repository';
import { RANKED_MATCHES_LIMIT, searchIndex } from '../../../src/main/cases/searchRepository';
import { insertJournalEntry } from '../../../src/main/journal/repository';
import { caseFields, journalInput } from '../helpers/caseFixtures';

const OWN = { counsellorId: 'u1', openedCodes: [] };

let db: Database.Database | undefined;
afterEach(() => db?.close());

function notebook(notes: readonly string[]): Database.Database {
  const opened = new Database(':memory:');
  migrate(opened);
  opened.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('u1', 'Beratung', 'counsellor', '2026-01-01')`).run();
  insertCase(opened, {
    id: 'c1',
    code: 'FB-2026-0001',
    fields: caseFields(),
    counsellorId: 'u1',
    recordKey: 1,
    at: '2026-11-01T09:00:00Z',
  });
  opened.transaction(() => {
    notes.forEach((note, index) =>
      insertJournalEntry(opened, {
        id: `j${index}`,
        caseId: 'c1',
        authorId: 'u1',
        at: '2026-11-01T09:00:00Z',
        input: journalInput({ note }),
      }),
    );
  })();
  return opened;
}

test('few matches are ranked by relevance', () => {
  db = notebook(['Termin beim Jobcenter.', 'Termin, Termin, Termin: Ausländerbehörde, Termin verlegt.', 'Kein Bezug.']);
  expect(searchIndex(db, 'termin', OWN).map((hit) => hit.sourceId)).toEqual(['j1', 'j0']);
});

test('beyond the ranking limit the newest matches come first, still limited', () => {
  const notes = Array.from({ length: RANKED_MATCHES_LIMIT + 5 }, (_, index) =>
    index === 3 ? 'Termin Termin Termin Termin' : `Termin Nummer ${index}`,
  );
  db = notebook(notes);
  const hits = searchIndex(db, 'Termin', OWN, 5);
  expect(hits.map((hit) => hit.sourceId)).toEqual([4, 3, 2, 1, 0].map((offset) => `j${RANKED_MATCHES_LIMIT + offset}`));
  expect(hits[0]?.snippet).toContain('\u0002Termin\u0003');
});

/** u1's case c1 with one long note; colleague u2's case c2 with many short, better-ranked and newer ones. */
function sharedNotebook(colleagueNotes: number): Database.Database {
  const opened = new Database(':memory:');
  migrate(opened);
  const user = opened.prepare(`INSERT INTO users (id, name, role, created_at) VALUES (?, ?, 'counsellor', '2026-01-01')`);
  user.run('u1', 'Beratung');
  user.run('u2', 'Kollegin');
  insertCase(opened, {
    id: 'c1',
    code: 'FB-2026-0001',
    fields: caseFields(),
    counsellorId: 'u1',
    recordKey: 1,
    at: '2026-11-01T09:00:00Z',
  });
  insertCase(opened, {
    id: 'c2',
    code: 'FB-2026-0002',
    fields: caseFields(),
    counsellorId: 'u2',
    recordKey: 2,
    at: '2026-11-01T09:00:00Z',
  });
  opened.transaction(() => {
    insertJournalEntry(opened, {
      id: 'own',
      caseId: 'c1',
      authorId: 'u1',
      at: '2026-11-01T09:00:00Z',
      input: journalInput({
        note: 'Lange Notiz über Schule, Sprachkurs, Wohnung, Jobcenter und zuletzt den Termin bei der Ausländerbehörde im Dezember.',
      }),
    });
    for (let index = 0; index < colleagueNotes; index += 1) {
      insertJournalEntry(opened, {
        id: `k${index}`,
        caseId: 'c2',
        authorId: 'u2',
        at: '2026-11-01T09:00:00Z',
        input: journalInput({ note: 'Termin Termin' }),
      });
    }
  })();
  return opened;
}

test.each([
  ['ranked', 60],
  ['newest first', RANKED_MATCHES_LIMIT + 10],
])("a colleague's many hits do not crowd out one's own (%s)", (_mode, colleagueNotes) => {
  db = sharedNotebook(colleagueNotes);
  expect(searchIndex(db, 'Termin', OWN, 5).map((hit) => hit.sourceId)).toEqual(['own']);
  // A case opened with a reason in this session is searched too, within the same limit.
  const opened = searchIndex(db, 'Termin', { ...OWN, openedCodes: ['FB-2026-0002'] }, 5);
  expect(opened).toHaveLength(5);
  expect(new Set(opened.map((hit) => hit.caseCode))).toEqual(new Set(['FB-2026-0002']));
  // The colleague's own view: their cases only.
  expect(searchIndex(db, 'Termin', { counsellorId: 'u2', openedCodes: [] }, 500).every((hit) => hit.caseCode === 'FB-2026-0002')).toBe(
    true,
  );
});
