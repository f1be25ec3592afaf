import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, expect, test } from 'vitest';
import { openEncryptedDatabase, type VaultDatabase } from '../../../src/main/kernel/db/database';
import { migrate } from '../../../src/main/kernel/db/migrations';
import { personTables } from '../../../src/main/privacy/repository';
import {
  HIDDEN,
  NOT_PRINTED,
  OMITTED_TABLES,
  OWN_SECTION_TABLES,
  SECTIONS,
  labelKey,
  valueText,
} from '../../../src/main/privacy/disclosureWords';
import { isMessageKey, translate } from '../../../src/shared/i18n';
import { disclosureBlocks } from '../../../src/main/privacy/disclosure';

let folder: string | undefined;
let db: VaultDatabase | undefined;
afterEach(() => {
  db?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Columns the Auskunft's reads add to a table's own (names joined from another table). */
const JOINED: Record<string, string[]> = {
  cases: ['counsellor'],
  referrals: ['partner'],
  consents: ['recipient_partner'],
  import_batch_cases: ['imported_at'],
};

/**
 * Goes over the schema of a fully migrated vault, so a later migration that adds a column or a
 * person table fails here until the column has words (or is declared plumbing in HIDDEN) and the
 * table a heading — nothing it adds can reach the person's PDF as a database name.
 */
test('every column the Auskunft prints has words in German and English, and every person table a heading', () => {
  folder = mkdtempSync(join(tmpdir(), 'fallbuch-words-'));
  db = openEncryptedDatabase(join(folder, 'fallbuch.db'), randomBytes(32), { create: true });
  migrate(db);
  const vault = db;
  const tables = personTables(vault);
  expect(tables).toContain('deadlines');
  const withoutWords: string[] = [];
  const withoutHeading: string[] = [];
  for (const table of ['cases', ...tables]) {
    if (OMITTED_TABLES.has(table) || OWN_SECTION_TABLES.has(table)) continue;
    if (table !== 'cases' && !(SECTIONS[table] && isMessageKey(SECTIONS[table]))) withoutHeading.push(table);
    const columns = vault.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
    for (const column of [...columns, ...(JOINED[table] ?? [])]) {
      if (HIDDEN.has(column) || NOT_PRINTED.has(column)) continue;
      const key = labelKey(table, column);
      const words = key ? [translate('de', key), translate('en', key)] : [];
      if (words.length === 0 || words.some((text) => text.trim() === '' || text === key)) withoutWords.push(`${table}.${column}`);
    }
  }
  expect({ withoutWords, withoutHeading }).toEqual({ withoutWords: [], withoutHeading: [] });
  // The person's own data is never declared plumbing.
  for (const column of ['family_name', 'birth_date', 'note', 'due_on', 'given_on', 'code']) expect(HIDDEN.has(column)).toBe(false);
});

test('values in words: days as people write them, instants in local time, ja/nein, codes and lists by their words', () => {
  const de = (table: string, column: string, value: unknown) => valueText('de', 'Europe/Berlin', table, column, value);
  const en = (table: string, column: string, value: unknown) => valueText('en', 'Europe/Berlin', table, column, value);
  expect(de('deadlines', 'due_on', '2031-05-15')).toBe('15.05.2031');
  expect(en('deadlines', 'due_on', '2031-05-15')).toBe('15/05/2031');
  expect(de('cases', 'created_at', '2026-11-21T09:00:00.000Z')).toBe('21.11.2026 10:00:00 MEZ');
  expect(de('journal_entries', 'interpreter', 1)).toBe('ja');
  expect(de('assessments', 'has_need', 0)).toBe('nein');
  expect(de('journal_entries', 'duration_minutes', 45)).toBe('45');
  expect(de('journal_entries', 'topics', '["language","work"]')).toBe('Sprache, Arbeit');
  expect(de('consents', 'data_categories', '["identity"]')).toBe('Stammdaten (Name, Geburtsdatum, Geschlecht)');
  expect(de('cases', 'nationalities', '["SY","AF"]')).toBe('Syrien, Afghanistan');
  expect(en('cases', 'country_of_origin', 'SY')).toBe('Syria');
  expect(de('goals', 'status', 'open')).toBe(translate('de', 'vocab.goalStatus.open'));
  expect(de('residence_statuses', 'status', 'duldung60a')).toBe(translate('de', 'vocab.residenceStatus.duldung60a'));
  expect(de('deadlines', 'kind', 'task')).toBe(translate('de', 'vocab.deadlineKind.task'));
  expect(de('import_batch_cases', 'origin', 'merged')).toBe(translate('de', 'disclosure.value.origin.merged'));
  expect(de('papers', 'template_id', 'participation')).toBe('Teilnahmebescheinigung');
  expect(de('papers', 'files', '[{"format":"pdf","fileName":"Bescheinigung.pdf"}]')).toBe('Bescheinigung.pdf');
  expect(de('journal_entries', 'participants', '[]')).toBe('–');
  expect(de('journal_entries', 'note', 'Erstgespräch')).toBe('Erstgespräch');
});

test('the Auskunft is dated by the office calendar: made at 00:30 in Germany, it says that day, not yesterday', () => {
  const blocks = disclosureBlocks(
    {
      format: 'fallbuch-auskunft',
      version: 1,
      createdAt: '2026-12-05T23:30:00.000Z',
      caseCode: 'SCH-2026-0001',
      person: {},
      tables: {},
      accessLog: [],
    },
    'de',
    { controller: '', purposes: [], recipients: [], retention: '', timeZone: 'Europe/Berlin' },
  );
  const text = blocks.map((block) => ('text' in block ? block.text : '')).join('\n');
  expect(text).toContain('Stand 06.12.2026');
  expect(text).toContain('Erstellt mit Fallbuch am 06.12.2026.');
  expect(text).not.toContain('05.12.2026');
});
