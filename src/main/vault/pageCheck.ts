import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CIPHER_PRAGMAS, MEMORY_ONLY_PRAGMAS, type VaultDatabase } from '../kernel/db/database';
import type { StorageMode } from './location';
import type { Sql } from '../kernel/sql';
import { countPages, passesTableCheck, tableChecks } from './repository';

/**
 * Below this size (64 MiB) a second thread's start costs about what it saves; the check of a vault
 * this size takes ~0.35 s on one thread.
 */
export const HELPER_MIN_PAGES = 16_384;
/** However fast the main thread was, the helper gets this long to end the table it is on. */
const MIN_HELPER_WAIT_MS = 60_000;
/** In tests (`waitForHelper`): how long the main thread waits for the helper to start or end. */
const START_WAIT_MS = 10_000;

/** The shared words: the next table to take, the helper's status, then one word per table. */
const WORD = { next: 0, status: 1, firstTable: 2 } as const;
/** The helper's status word. */
const HELPER = { starting: 0, working: 1, finished: 2, abandoned: 3 } as const;
/** A table's word: not (yet) passed, passed on the main thread, passed by the helper. */
const TABLE = { unchecked: 0, passedHere: 1, passedByHelper: 2 } as const;

/**
 * The helper thread (issue 16: at 50,000 cases × 40 journal entries the check took 16–20 s of the
 * unlock on one core). It opens its own read-only connection with the data key, which it takes from
 * shared memory and wipes there, and takes tables from the shared counter as the main thread does.
 * It marks only what passed; at the first table that does not pass, or any error, it stops, and the
 * main thread checks that table itself. The code is evaluated from this string (no worker file to
 * build or ship); the SQLite module and its native binding are the main thread's. The binding is
 * context-aware (better-sqlite3 supports worker threads) and already loaded when the helper starts,
 * and the main thread, busy with its own tables, loads no native module meanwhile (`process.dlopen`
 * is not thread-safe).
 */
const HELPER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { shared, key, file, modulePath, nativeBinding, cipherPragmas, memoryPragmas, checks } = workerData;
const state = new Int32Array(shared);
let db;
try {
  if (Atomics.load(state, ${WORD.status}) === ${HELPER.starting}) {
    const Database = require(modulePath);
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    for (const pragma of cipherPragmas) db.pragma(pragma);
    const keyBytes = Buffer.from(new Uint8Array(key));
    new Uint8Array(key).fill(0);
    db.pragma('key = "x\\'' + keyBytes.toString('hex') + '\\'"');
    keyBytes.fill(0);
    for (const pragma of memoryPragmas) db.pragma(pragma);
    if (Atomics.compareExchange(state, ${WORD.status}, ${HELPER.starting}, ${HELPER.working}) === ${HELPER.starting}) {
      // Its first table is taken before it says so: a test that waits for this knows it holds one.
      let index = Atomics.add(state, ${WORD.next}, 1);
      parentPort.postMessage('working');
      while (index < checks.length) {
        if (db.prepare(checks[index]).pluck().get() !== 'ok') break;
        Atomics.store(state, ${WORD.firstTable} + index, ${TABLE.passedByHelper});
        index = Atomics.add(state, ${WORD.next}, 1);
      }
    }
  }
} catch {
  // What this thread did not pass, the main thread checks.
} finally {
  new Uint8Array(key).fill(0);
  try {
    db?.close();
  } finally {
    Atomics.store(state, ${WORD.status}, ${HELPER.finished});
  }
}
`;

export interface PageCheckOptions {
  file: string;
  dataKey: Buffer;
  nativeBinding?: string | undefined;
  /** On a network share (`exclusive`) the main connection holds an exclusive lock: one thread. */
  mode: StorageMode;
  /** From how many pages a second thread helps (default `HELPER_MIN_PAGES`). */
  helperMinPages?: number;
  /**
   * Tests: the main thread takes tables only once the helper has started (both take tables), or has
   * stopped (the helper takes every table up to the first it does not pass).
   */
  waitForHelper?: 'started' | 'stopped';
  /** Tests: the SQLite module the helper loads (default: the main thread's). */
  modulePath?: string;
}

export interface PageCheckResult {
  passed: boolean;
  /** Tables the helper passed (0 when there was none, or it started too late to take any). */
  passedByHelper: number;
}

/**
 * The unlock's page check (`tableChecks`) on two threads where there are two cores and the vault is
 * large: both take the next table from a shared counter, largest first. The answer is the one
 * thread's: every table that the helper has not passed, the main thread checks itself, so a damaged
 * table gives `passed: false` or SQLite's error here, and a helper that cannot start (no worker
 * threads, the module not found) or stops changes only the time. The main thread checks its tables
 * synchronously, as before; then it awaits the helper's end (its thread's `exit`, which comes even
 * when it fails), at most 4× its own time. No blocking wait: `Atomics.wait` may be refused on the
 * main thread of Electron's main process.
 */
export async function checkPages(db: VaultDatabase, options: PageCheckOptions): Promise<PageCheckResult> {
  const checks = tableChecks(db);
  const state = new Int32Array(new SharedArrayBuffer(4 * (WORD.firstTable + checks.length)));
  const useHelper = options.mode === 'wal' && availableParallelism() > 1 && countPages(db) >= (options.helperMinPages ?? HELPER_MIN_PAGES);
  const helper = useHelper ? startHelper(state, checks, options) : null;
  const outcome = (passed: boolean): PageCheckResult => ({
    passed,
    passedByHelper: checks.filter((_, index) => Atomics.load(state, WORD.firstTable + index) === TABLE.passedByHelper).length,
  });
  try {
    if (helper && options.waitForHelper) await within(helper.working, START_WAIT_MS);
    if (helper && options.waitForHelper === 'stopped') await within(helper.ended, START_WAIT_MS);
    const started = performance.now();
    for (;;) {
      const index = Atomics.add(state, WORD.next, 1);
      const check = checks[index];
      if (!check) break;
      if (!passesTableCheck(db, check)) return outcome(false);
      Atomics.store(state, WORD.firstTable + index, TABLE.passedHere);
    }
    // A helper still starting takes no table any more; one that works is awaited.
    if (helper && Atomics.compareExchange(state, WORD.status, HELPER.starting, HELPER.abandoned) !== HELPER.starting) {
      await within(helper.ended, Math.max(MIN_HELPER_WAIT_MS, 4 * (performance.now() - started)));
    }
    const unchecked = checks.filter((_, index) => Atomics.load(state, WORD.firstTable + index) === TABLE.unchecked);
    return outcome(unchecked.every((check) => passesTableCheck(db, check)));
  } finally {
    helper?.stop();
  }
}

interface Helper {
  /** Settles once the helper has taken its first table (it may not have checked it yet), or has ended without. */
  working: Promise<void>;
  /** Settles when the helper's thread has ended (done, failed or stopped). */
  ended: Promise<void>;
  stop: () => void;
}

function startHelper(state: Int32Array, checks: readonly Sql[], options: PageCheckOptions): Helper | null {
  const key = new Uint8Array(new SharedArrayBuffer(options.dataKey.length));
  key.set(options.dataKey);
  try {
    const worker = new Worker(HELPER_SOURCE, {
      eval: true,
      workerData: {
        shared: state.buffer,
        key: key.buffer,
        file: options.file,
        modulePath: options.modulePath ?? sqliteModulePath(),
        nativeBinding: options.nativeBinding,
        cipherPragmas: CIPHER_PRAGMAS,
        memoryPragmas: MEMORY_ONLY_PRAGMAS,
        checks: checks.map((check) => check.text),
      },
    });
    const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    const working = Promise.race([new Promise<void>((resolve) => worker.once('message', () => resolve())), ended]);
    // Its failures end it; the main thread checks what it did not pass.
    worker.on('error', () => undefined);
    return {
      working,
      ended,
      stop: () => {
        key.fill(0);
        void worker.terminate();
      },
    };
  } catch {
    key.fill(0);
    return null;
  }
}

/** `promise`, or nothing after `limitMs` (the timer does not keep the process alive). */
async function within(promise: Promise<void>, limitMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, limitMs);
    timer.unref();
  });
  try {
    await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The SQLite module as the main thread loads it. In the packaged app it lies in app.asar's unpacked
 * twin (electron-builder.yml, asarUnpack), which a worker thread reads without Electron's archive support.
 */
function sqliteModulePath(): string {
  const resolved = require.resolve('better-sqlite3-multiple-ciphers');
  const archive = `.asar${sep}`;
  const unpacked = resolved.replace(archive, `.asar.unpacked${sep}`);
  return resolved.includes(archive) && existsSync(unpacked) ? unpacked : resolved;
}
