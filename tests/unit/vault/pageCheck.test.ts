import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { caseFields } from '../helpers/caseFixtures';
import { dataKeyOf, flipBytes } from '../helpers/pageScan';
import { createTestBench, setUpVault, type TestBench } from '../helpers/testCore';
import { openEncryptedDatabase, type VaultDatabase } from '../../../src/main/kernel/db/database';
import { checkPages, type PageCheckOptions } from '../../../src/main/vault/pageCheck';
import { tableChecks } from '../../../src/main/vault/repository';

/**
 * The unlock's page check on two threads (issue 16): the main thread and a helper take tables from
 * one counter; whatever the helper did not pass, the main thread checks, so the answer is always
 * the one-thread answer.
 */
const benches: TestBench[] = [];
const opened: VaultDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const bench of benches.splice(0)) await bench.cleanup();
});

const PAGE = 4096;
/** Every size gets a helper, and the main thread starts once the helper works. */
const TWO_THREADS = { helperMinPages: 0, waitForHelper: 'started' } as const;
/** The helper takes every table up to the first it does not pass; the main thread the rest. */
const HELPER_FIRST = { helperMinPages: 0, waitForHelper: 'stopped' } as const;
const ONE_THREAD = { helperMinPages: Number.POSITIVE_INFINITY } as const;
const FAILING_HELPER_MODULE = join(__dirname, 'fixtures', 'sqliteFailingOnCases.cjs');

async function lockedVault(): Promise<{ file: string; dataKey: Buffer }> {
  const bench = createTestBench();
  benches.push(bench);
  const { recoveryKey } = await setUpVault(bench);
  for (let index = 0; index < 30; index += 1) {
    await bench.call('cases:create', { fields: caseFields({ familyName: `Seitenprüfung-${index}` }) });
  }
  await bench.call('vault:lock');
  return { file: join(bench.vaultDir, 'fallbuch.db'), dataKey: dataKeyOf(bench.vaultDir, recoveryKey) };
}

function check(vault: { file: string; dataKey: Buffer }, options: Partial<PageCheckOptions>) {
  const db = openEncryptedDatabase(vault.file, vault.dataKey, { create: false });
  opened.push(db);
  return checkPages(db, { file: vault.file, dataKey: vault.dataKey, mode: 'wal', ...options });
}

/** The answer as the unlock sees it: passed, not passed, or SQLite's error code. */
async function answerOf(run: () => Promise<{ passed: boolean }>): Promise<string> {
  try {
    return (await run()).passed ? 'passed' : 'not passed';
  } catch (error) {
    return error instanceof Error && 'code' in error ? String(error.code) : String(error);
  }
}

/** Flips bytes in the middle of the root page of `table` (the file's page numbers start at 1). */
function damageTable(vault: { file: string; dataKey: Buffer }, table: string): void {
  const db = openEncryptedDatabase(vault.file, vault.dataKey, { create: false });
  const rootPage = db.prepare(`SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = ?`).pluck().get(table);
  if (typeof rootPage !== 'number') throw new Error(`no table ${table}`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  flipBytes(vault.file, (rootPage - 1) * PAGE + 1000, 64);
}

test('an intact vault passes on two threads, the helper passing tables too, and the caller keeps its key', async () => {
  const vault = await lockedVault();
  const key = Buffer.from(vault.dataKey);
  const db = openEncryptedDatabase(vault.file, vault.dataKey, { create: false });
  opened.push(db);
  const tables = tableChecks(db).length;
  expect(tables).toBeGreaterThan(30);

  const twoThreads = await check(vault, TWO_THREADS);
  expect(twoThreads.passed).toBe(true);
  expect(twoThreads.passedByHelper).toBeGreaterThan(0);
  expect(twoThreads.passedByHelper).toBeLessThanOrEqual(tables);
  expect(vault.dataKey.equals(key)).toBe(true);

  expect(await check(vault, ONE_THREAD)).toEqual({ passed: true, passedByHelper: 0 });
  // Below the size that pays for a second thread, and on a network share, one thread checks.
  expect((await check(vault, {})).passedByHelper).toBe(0);
  expect((await check(vault, { ...TWO_THREADS, mode: 'exclusive' })).passedByHelper).toBe(0);
});

test.each(['cases', 'journal_entries', 'users', 'audit_log', 'audit_chain'])(
  'a damaged page in %s: the same answer on two threads as on one',
  async (table) => {
    const vault = await lockedVault();
    damageTable(vault, table);
    const oneThread = await answerOf(() => check(vault, ONE_THREAD));
    expect(oneThread).not.toBe('passed');
    // The helper meets the damage (and stops there), so the main thread must check that table.
    expect(await answerOf(() => check(vault, HELPER_FIRST))).toBe(oneThread);
    // Which thread takes the damaged table depends on timing; the answer must not.
    for (let run = 0; run < 4; run += 1) expect(await answerOf(() => check(vault, TWO_THREADS))).toBe(oneThread);
  },
);

test('a table the helper could not pass is checked by the main thread, and so are the rest', async () => {
  const vault = await lockedVault();
  const db = openEncryptedDatabase(vault.file, vault.dataKey, { create: false });
  opened.push(db);
  const order = tableChecks(db).map((check) => check.text);
  const casesAt = order.indexOf('PRAGMA quick_check("cases")');
  expect(casesAt).toBeGreaterThan(0);

  // The helper passes the tables before `cases`, fails there and stops; the main thread checks `cases` and the rest.
  expect(await check(vault, { ...HELPER_FIRST, modulePath: FAILING_HELPER_MODULE })).toEqual({ passed: true, passedByHelper: casesAt });
  expect((await check(vault, { ...TWO_THREADS, modulePath: FAILING_HELPER_MODULE })).passed).toBe(true);
  // With a page of `cases` damaged, the main thread's check of it gives the one-thread answer.
  damageTable(vault, 'cases');
  expect(await answerOf(() => check(vault, { ...HELPER_FIRST, modulePath: FAILING_HELPER_MODULE }))).toBe(
    await answerOf(() => check(vault, ONE_THREAD)),
  );
});

test('a helper that cannot start changes nothing but the time', async () => {
  const vault = await lockedVault();
  const result = await check(vault, { ...TWO_THREADS, modulePath: join(__dirname, 'fixtures', 'no-such-module.cjs') });
  expect(result).toEqual({ passed: true, passedByHelper: 0 });
  damageTable(vault, 'cases');
  expect(await answerOf(() => check(vault, { ...TWO_THREADS, modulePath: join(__dirname, 'fixtures', 'no-such-module.cjs') }))).toBe(
    await answerOf(() => check(vault, ONE_THREAD)),
  );
});

test('the helper reads with its own read-only connection: the file is unchanged by the check', async () => {
  const vault = await lockedVault();
  const before = readFileSync(vault.file);
  await check(vault, TWO_THREADS);
  for (const db of opened.splice(0)) db.close();
  expect(readFileSync(vault.file).equals(before)).toBe(true);
});
