import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { FIRST_SCREEN_ROWS } from '../src/shared/cases/contract';
import type { JournalInput } from '../src/shared/journal/domain';
import { appendAccessLog } from '../src/main/session/log/accessLog';
import { findCase, listCases, listStatuses, listTrainingStarts } from '../src/main/cases/repository';
import { searchIndex } from '../src/main/cases/searchRepository';
import { summarizeCases } from '../src/main/cases/summary';
import { listCaseDeadlines, queryDashboard } from '../src/main/deadlines/repository';
import { insertJournalEntry, listJournal } from '../src/main/journal/repository';
import { deadlineBucketBounds } from '../src/shared/deadlines/rules';
import { DASHBOARD_DEFAULT_LIMIT } from '../src/shared/deadlines/domain';
import { createCore, type Core } from '../src/main/app/createCore';
import { openEncryptedDatabase, type VaultDatabase } from '../src/main/kernel/db/database';
import { migrate } from '../src/main/kernel/db/migrations';
import { median, percentile, round, type BenchResult } from './stats';
import { createRandom, openVaultFolder, SEARCH_TERMS, seedCases } from './synthetic';
import { measureCoreMemory, measureStatsThroughCore } from './coreFigures';
import { measurePageCheck } from './pageCheck';

/**
 * The case notebook at 500, 5,000 and 50,000 synthetic cases (ARCHITECTURE.md §3, issue 3):
 * `cases.list`, `cases.open` (detail + journal + status history), `search.fts`, `journal.insert`
 * with its access-log entry and `deadlines.list` (the Fristen dashboard: three capped buckets and
 * every bucket's size, in one query).
 *
 * Each operation runs the way the case service composes it (repository calls and the access-log
 * entry in one transaction) on the encrypted vault and on a plain-SQLite twin with the same schema
 * and identical content, alternating run by run; `ratio` = encrypted / plain median. The same
 * operation through the whole core (dispatcher, zod parsing of input and output, service) on the
 * encrypted vault is reported as `core_median_ms` / `core_p99_ms`.
 */

const TODAY = '2026-11-21';
const NOW = new Date(`${TODAY}T09:00:00Z`);
const ACCOUNTS = {
  supervisor: { name: 'Bench Aufsicht', passphrase: 'Bench-Aufsicht-2026' },
  counsellor: { name: 'Bench Beratung', passphrase: 'Bench-Beratung-2026' },
};
/** Unlocking is measured in vault.bench.ts; here a cheap KDF keeps set-up short. */
const CHEAP_KDF = { memoryCost: 8192, timeCost: 1, parallelism: 1 } as const;
/** Negative: KiB (128 MiB). */
const SEED_CACHE_KIB = -131072;

type Actor = { userId: string; name: string; role: 'counsellor' };

interface Twin {
  label: 'encrypted' | 'plain';
  db: VaultDatabase;
}

function openPlain(file: string): VaultDatabase {
  const db = new Database(file);
  // The vault's PRAGMAs, minus the cipher.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('mmap_size = 0');
  db.pragma('cache_size = -65536');
  return db;
}

/** Copies what set-up wrote (users, settings, meta, access log and its chain state) into the twin. */
function copySetupRows(from: VaultDatabase, to: VaultDatabase): void {
  const tables = from
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'`,
    )
    .pluck()
    .all() as string[];
  to.transaction(() => {
    for (const table of tables) {
      const rows = from.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
      const first = rows[0];
      if (!first) continue;
      const columns = Object.keys(first);
      const insert = to.prepare(
        `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      for (const row of rows) insert.run(...columns.map((column) => row[column]));
    }
  })();
}

const ops = {
  /** The list as the core gives it; with `first`, only its first screen (what the window asks for first). */
  list(db: VaultDatabase, actor: Actor, first?: number): number {
    return db.transaction(() => {
      appendAccessLog(db, { at: NOW, actor, action: 'cases.list' });
      const scope = { counsellorId: actor.userId, openedCodes: [] };
      return summarizeCases(listCases(db, { includeClosed: false, scope, first }), TODAY).length;
    })();
  },
  open(db: VaultDatabase, actor: Actor, caseId: string): number {
    return db.transaction(() => {
      const record = findCase(db, caseId);
      if (!record) throw new Error('benchmark case missing');
      appendAccessLog(db, { at: NOW, actor, action: 'case.view', object: record.code });
      const statuses = listStatuses(db, caseId);
      return (
        statuses.length + listTrainingStarts(db, caseId).length + listCaseDeadlines(db, caseId).length + listJournal(db, caseId).length
      );
    })();
  },
  search(db: VaultDatabase, actor: Actor, text: string): number {
    return db.transaction(() => {
      const hits = searchIndex(db, text, { counsellorId: actor.userId, openedCodes: [] });
      appendAccessLog(db, { at: NOW, actor, action: 'search', details: { hits: hits.length } });
      return hits.length;
    })();
  },
  deadlines(db: VaultDatabase, actor: Actor): number {
    return db.transaction(() => {
      appendAccessLog(db, { at: NOW, actor, action: 'deadlines.list' });
      const limits = { overdue: DASHBOARD_DEFAULT_LIMIT, thisWeek: DASHBOARD_DEFAULT_LIMIT, next30Days: DASHBOARD_DEFAULT_LIMIT };
      return queryDashboard(db, { today: TODAY, ...deadlineBucketBounds(TODAY), counsellorId: actor.userId, openedCodes: [], limits }).items
        .length;
    })();
  },
  insert(db: VaultDatabase, actor: Actor, caseId: string, id: string, input: JournalInput): void {
    db.transaction(() => {
      const record = findCase(db, caseId);
      if (!record) throw new Error('benchmark case missing');
      insertJournalEntry(db, { id, caseId, authorId: actor.userId, at: NOW.toISOString(), input });
      appendAccessLog(db, { at: NOW, actor, action: 'case.journal.add', object: record.code, details: { kind: input.kind } });
    })();
  },
};

function journalEntry(index: number): JournalInput {
  return {
    occurredOn: TODAY,
    durationMinutes: 30,
    kind: 'phone',
    interpreter: false,
    topics: ['residence'],
    participants: [],
    note: `Rückruf wegen der Verlängerung der Duldung, Termin bei der Ausländerbehörde bestätigt (Benchmark ${index}).`,
  };
}

async function invoke(core: Core, channel: string, payload: unknown): Promise<unknown> {
  const result = await core.invoke(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed in the benchmark: ${result.error.code}`);
  return result.value;
}

async function timeCore(runs: number, run: (index: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    await run(index);
    samples.push(performance.now() - started);
  }
  return samples;
}

function timeTwins(
  twins: readonly Twin[],
  runs: number,
  run: (db: VaultDatabase, index: number) => unknown,
): Record<Twin['label'], number[]> {
  const samples: Record<Twin['label'], number[]> = { encrypted: [], plain: [] };
  for (let index = 0; index < runs; index += 1) {
    // Alternate which twin goes first, so neither always profits from a warm cache.
    const order = index % 2 === 0 ? twins : [...twins].reverse();
    for (const twin of order) {
      const started = performance.now();
      run(twin.db, index);
      samples[twin.label].push(performance.now() - started);
    }
  }
  return samples;
}

function result(
  name: string,
  cases: number,
  entries: number,
  twin: Record<Twin['label'], number[]>,
  core: number[],
  extra: Record<string, unknown> = {},
): BenchResult {
  const encryptedMedian = median(twin.encrypted);
  const plainMedian = median(twin.plain);
  return {
    name,
    cases,
    entries,
    median_ms: encryptedMedian,
    p99_ms: percentile(twin.encrypted, 99),
    plain_median_ms: plainMedian,
    plain_p99_ms: percentile(twin.plain, 99),
    ratio: round(encryptedMedian / Math.max(plainMedian, 0.001)),
    core_median_ms: median(core),
    core_p99_ms: percentile(core, 99),
    runs: twin.encrypted.length,
    ...extra,
  };
}

async function benchSize(cases: number, options: { quick: boolean; log: (line: string) => void }): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'fallbuch-bench-cases-'));
  const vaultDir = join(folder, 'Tresor');
  let exportFolder = folder;
  const core = createCore({
    configDir: join(folder, 'config'),
    defaultVaultDir: vaultDir,
    kdf: CHEAP_KDF,
    now: () => NOW,
    idleCheckIntervalMs: 60_000,
    // The statistics export's folder dialog: a fresh folder per export.
    ports: { chooseFolder: () => Promise.resolve(exportFolder) },
  });
  try {
    const setup = (await invoke(core, 'vault:setup', { vaultDir, supervisor: ACCOUNTS.supervisor, counsellor: ACCOUNTS.counsellor })) as {
      recoveryKey: string;
    };
    await invoke(core, 'vault:lock', {});

    // Seed the encrypted vault and its plain twin with the same seed.
    const entriesPerCase = options.quick ? 20 : 40;
    const { db: encrypted, dataKey } = openVaultFolder(vaultDir, setup.recoveryKey);
    const plain = openPlain(join(folder, 'plain.db'));
    migrate(plain);
    copySetupRows(encrypted, plain);
    const counsellorId = encrypted.prepare(`SELECT id FROM users WHERE role = 'counsellor'`).pluck().get() as string;
    // Seeding only: a large page cache spares re-reading (and, encrypted, re-decrypting) FTS pages
    // during bulk inserts. The measurements below use fresh connections with the app's settings.
    encrypted.pragma(`cache_size = ${SEED_CACHE_KIB}`);
    plain.pragma(`cache_size = ${SEED_CACHE_KIB}`);
    const seedStarted = performance.now();
    const seeded = seedCases(encrypted, { count: cases, counsellorIds: [counsellorId], entriesPerCase, today: TODAY });
    const seedEncryptedMs = performance.now() - seedStarted;
    const plainStarted = performance.now();
    seedCases(plain, { count: cases, counsellorIds: [counsellorId], entriesPerCase, today: TODAY });
    const seedPlainMs = performance.now() - plainStarted;
    encrypted.pragma('wal_checkpoint(TRUNCATE)');
    plain.pragma('wal_checkpoint(TRUNCATE)');
    encrypted.close();
    plain.close();
    const plainTwin = openPlain(join(folder, 'plain.db'));
    options.log(
      `  seeded ${cases} cases, ${seeded.journalEntries} journal entries (encrypted ${Math.round(seedEncryptedMs / 1000)} s, plain ${Math.round(seedPlainMs / 1000)} s)`,
    );

    const random = createRandom(cases);
    const openIds = Array.from({ length: 400 }, () => random.pick(seeded.caseIds));
    const listRuns = cases >= 50_000 ? 10 : cases >= 5_000 ? 20 : 40;

    // Through the whole core first (its access-log chain continues from what is stored).
    // Resident memory after unlock + one case list + one deadline list, in a fresh process (vault locked here).
    const memoryFigure = measureCoreMemory({
      configDir: join(folder, 'config'),
      vaultDir,
      account: ACCOUNTS.counsellor.name,
      passphrase: ACCOUNTS.counsellor.passphrase,
      now: NOW,
      kdf: CHEAP_KDF,
      cases,
    });
    options.log(`  core.memory: rss ${memoryFigure.rss_mib as number} MiB, heap ${memoryFigure.heap_used_mib as number} MiB`);
    await invoke(core, 'vault:unlock', { account: ACCOUNTS.counsellor.name, passphrase: ACCOUNTS.counsellor.passphrase });
    await invoke(core, 'cases:list', {});
    const coreList = await timeCore(listRuns, () => invoke(core, 'cases:list', {}));
    const coreFirstScreen = await timeCore(listRuns, () => invoke(core, 'cases:list', { first: FIRST_SCREEN_ROWS }));
    const coreOpen = await timeCore(200, (index) => invoke(core, 'cases:get', { id: openIds[index] }));
    const coreSearch = await timeCore(SEARCH_TERMS.length * 8, (index) =>
      invoke(core, 'search:query', { text: SEARCH_TERMS[index % SEARCH_TERMS.length] }),
    );
    const coreInsert = await timeCore(200, (index) =>
      invoke(core, 'journal:add', { caseId: openIds[200 + index], entry: journalEntry(index) }),
    );
    const coreDeadlines = await timeCore(listRuns, () => invoke(core, 'deadlines:list', { scope: 'mine' }));
    const statsFigures = await measureStatsThroughCore((channel, payload) => invoke(core, channel, payload), {
      cases,
      runs: cases >= 50_000 ? 3 : 5,
      exportRoot: folder,
      setExportFolder: (target) => {
        exportFolder = target;
      },
    });
    await invoke(core, 'vault:lock', {});

    // Encrypted and plain, same operations, alternating.
    const databaseFile = join(vaultDir, 'fallbuch.db');
    const reopened = openEncryptedDatabase(databaseFile, dataKey, { create: false });
    let pageCheck: Awaited<ReturnType<typeof measurePageCheck>>;
    try {
      pageCheck = await measurePageCheck(reopened, {
        file: databaseFile,
        dataKey,
        cases,
        entries: seeded.journalEntries,
        runs: cases >= 50_000 ? 2 : 4,
      });
    } catch (error) {
      reopened.close();
      throw error;
    } finally {
      dataKey.fill(0);
    }
    options.log(`  vault.page_check: ${round(pageCheck.median_ms)} ms (one thread ${round(pageCheck.one_thread_median_ms)} ms)`);
    const twins: Twin[] = [
      { label: 'encrypted', db: reopened },
      { label: 'plain', db: plainTwin },
    ];
    const actor: Actor = { userId: counsellorId, name: ACCOUNTS.counsellor.name, role: 'counsellor' };
    try {
      for (const twin of twins) ops.list(twin.db, actor);
      const list = timeTwins(twins, listRuns, (db) => ops.list(db, actor));
      const firstScreen = timeTwins(twins, listRuns, (db) => ops.list(db, actor, FIRST_SCREEN_ROWS));
      const open = timeTwins(twins, 200, (db, index) => ops.open(db, actor, openIds[index] ?? ''));
      const search = timeTwins(twins, SEARCH_TERMS.length * 8, (db, index) =>
        ops.search(db, actor, SEARCH_TERMS[index % SEARCH_TERMS.length] ?? ''),
      );
      const idRandom = createRandom(cases + 1);
      const insertIds = Array.from({ length: 200 }, () => idRandom.id());
      const deadlines = timeTwins(twins, listRuns, (db) => ops.deadlines(db, actor));
      const insert = timeTwins(twins, 200, (db, index) =>
        ops.insert(db, actor, openIds[index] ?? '', `${insertIds[index] ?? ''}-${db === plainTwin ? 'p' : 'e'}`, journalEntry(index)),
      );
      const entries = seeded.journalEntries;
      return [
        result('cases.list', cases, entries, list, coreList, { rows: ops.list(plainTwin, actor) }),
        result('cases.list.first_screen', cases, entries, firstScreen, coreFirstScreen, {
          rows: ops.list(plainTwin, actor, FIRST_SCREEN_ROWS),
        }),
        result('cases.open', cases, entries, open, coreOpen),
        result('search.fts', cases, entries, search, coreSearch, { terms: SEARCH_TERMS.length }),
        result('journal.insert', cases, entries, insert, coreInsert),
        result('deadlines.list', cases, entries, deadlines, coreDeadlines, { rows: ops.deadlines(plainTwin, actor) }),
        memoryFigure,
        pageCheck,
        ...statsFigures,
      ];
    } finally {
      reopened.close();
      plainTwin.close();
    }
  } finally {
    await core.dispose();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** `sizes` overrides the case counts (e.g. only 50,000, which takes long: about 2 million notes per database). */
export async function benchCases(options: {
  quick: boolean;
  sizes?: readonly number[];
  log?: (line: string) => void;
}): Promise<BenchResult[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const results: BenchResult[] = [];
  for (const cases of options.sizes ?? (options.quick ? [500, 5_000] : [500, 5_000, 50_000])) {
    log(`cases bench: ${cases} cases …`);
    const figures = await benchSize(cases, { quick: options.quick, log });
    for (const figure of figures) {
      const twins =
        figure.plain_median_ms !== undefined
          ? ` (plain ${String(figure.plain_median_ms)} ms, core ${String(figure.core_median_ms)} ms)`
          : '';
      log(`  ${figure.name}${figure.label !== undefined ? ` ${String(figure.label)}` : ''}: ${figure.median_ms} ms${twins}`);
    }
    results.push(...figures);
  }
  return results;
}
