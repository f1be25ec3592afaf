import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import type { AuditFilter } from '../src/shared/audit/domain';
import { openEncryptedDatabase, type VaultDatabase } from '../src/main/kernel/db/database';
import { migrate } from '../src/main/kernel/db/migrations';
import { appendAccessLog } from '../src/main/session/log/accessLog';
import { k0CheckOf, legacyDigest, macOf, nextKey, startChain } from '../src/main/session/log/chain';
import type { AuditRow } from '../src/main/session/log/repository';
import { countEntries, listEntries, listFacets } from '../src/main/audit/repository';
import { verifyChain } from '../src/main/audit/verify';
import { median, percentile, round, time, timeAsync, type BenchResult } from './stats';

/**
 * The access log (issue 4): appending per case view (synchronous=FULL, one transaction each, as
 * in the app), verifying the whole chain, and the log view's filter change (count + first window).
 * Entries are synthetic: 20 accounts, 5,000 case codes, a year of timestamps.
 */

const VAULT_ID = '00000000-0000-4000-8000-000000000000';
const ACTIONS = [
  'case.view',
  'case.view',
  'case.view',
  'cases.list',
  'case.update',
  'case.journal.add',
  'search',
  'vault.unlock',
  'vault.lock',
  'deadlines.list',
];

function syntheticRow(seq: number, startMs: number, spanMs: number, total: number): Omit<AuditRow, 'mac'> {
  const user = seq % 20;
  const action = ACTIONS[seq % ACTIONS.length] ?? 'case.view';
  const isCase = action.startsWith('case.');
  const breakGlass = seq % 211 === 0 ? 1 : 0;
  return {
    seq,
    at: new Date(startMs + Math.floor((spanMs * seq) / total)).toISOString(),
    userId: `user-${user}`,
    userName: `Konto ${user}`,
    role: user === 0 ? 'supervisor' : 'counsellor',
    action,
    object: isCase ? `BEN-2026-${String((seq * 7919) % 5000).padStart(4, '0')}` : null,
    reason: breakGlass ? 'substitution' : null,
    detailsHash: seq % 3 === 0 ? randomBytes(32).toString('hex') : null,
    breakGlass,
    // Some case entries name a document (schema 16): both encodings are measured.
    item: isCase && seq % 50 === 0 ? randomBytes(16).toString('hex') : null,
  };
}

/** A chained log of `count` entries written in bulk (same MACs as appendAccessLog would produce). */
function fillChainedLog(db: VaultDatabase, count: number, k0: Buffer): void {
  const insert = db.prepare(
    `INSERT INTO audit_log (seq, at, user_id, user_name, role, action, object, reason, details_hash, break_glass, mac, item)
     VALUES (@seq, @at, @userId, @userName, @role, @action, @object, @reason, @detailsHash, @breakGlass, @mac, @item)`,
  );
  const startMs = Date.parse('2025-11-21T08:00:00Z');
  const spanMs = 365 * 24 * 3600 * 1000;
  let key: Buffer = Buffer.from(k0);
  let previous = legacyDigest(VAULT_ID, []);
  const legacy = previous.toString('hex');
  const chunk = 50_000;
  for (let from = 1; from <= count; from += chunk) {
    db.transaction(() => {
      for (let seq = from; seq < Math.min(from + chunk, count + 1); seq += 1) {
        const row = { ...syntheticRow(seq, startMs, spanMs, count), mac: null };
        const mac = macOf(key, row, previous);
        insert.run({ ...row, mac: mac.toString('hex') });
        previous = mac;
        key = nextKey(key);
      }
    })();
  }
  db.prepare(
    `INSERT INTO audit_chain (id, start_seq, legacy_digest, last_seq, last_mac, next_key, k0_check, started_at) VALUES (1, 1, ?, ?, ?, ?, ?, ?)`,
  ).run(legacy, count, previous.toString('hex'), key.toString('hex'), k0CheckOf(k0, VAULT_ID), new Date(startMs).toISOString());
}

function benchAppend(folder: string, runs: number): BenchResult {
  const db = openEncryptedDatabase(join(folder, 'append.db'), randomBytes(32), { create: true });
  migrate(db);
  startChain(db, VAULT_ID, randomBytes(32), new Date());
  // The same append (MAC, next key, chain state) on plain SQLite with the vault's PRAGMAs: against a
  // bare INSERT the ratio would also count the chain's own work, not only the cipher's.
  const plain = new Database(join(folder, 'append-plain.db'));
  plain.pragma('journal_mode = WAL');
  plain.pragma('synchronous = FULL');
  plain.pragma('foreign_keys = ON');
  plain.pragma('secure_delete = ON');
  plain.pragma('temp_store = MEMORY');
  plain.pragma('cache_size = -65536');
  migrate(plain);
  startChain(plain, VAULT_ID, randomBytes(32), new Date());
  const actor = { userId: 'user-1', name: 'Konto 1', role: 'counsellor' as const };
  const samples: number[] = [];
  const plainSamples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const object = `BEN-2026-${String(run % 5000).padStart(4, '0')}`;
    samples.push(time(() => appendAccessLog(db, { at: new Date(), actor, action: 'case.view', object })));
    plainSamples.push(time(() => appendAccessLog(plain, { at: new Date(), actor, action: 'case.view', object })));
  }
  db.close();
  plain.close();
  const medianMs = median(samples);
  const plainMedian = median(plainSamples);
  return {
    name: 'audit.append',
    entries: runs,
    median_ms: medianMs,
    p99_ms: percentile(samples, 99),
    per_s: round(1000 / Math.max(medianMs, 0.001)),
    plain_median_ms: plainMedian,
    ratio: round(medianMs / Math.max(plainMedian, 0.001)),
  };
}

/** How often the stand-in polls ask (the screen asks every 200 ms; more often shows the longest stall). */
const POLL_EVERY_MS = 10;

/**
 * The job path (issue 16): the same check with progress, while a stand-in for the screen's polls
 * runs on the same thread. The longest gap between two answered polls is how long the core was
 * unable to answer anything (before issue 16: the whole check).
 */
async function benchVerifyJob(db: VaultDatabase, k0: Buffer) {
  let running = true;
  let checked = 0;
  let polls = 0;
  let maxGapMs = 0;
  const seen = new Set<number>();
  const poller = (async () => {
    let last = performance.now();
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
      const now = performance.now();
      maxGapMs = Math.max(maxGapMs, now - last);
      last = now;
      polls += 1;
      seen.add(checked);
    }
  })();
  const started = performance.now();
  const report = await verifyChain(db, VAULT_ID, k0, null, [], { progress: (value) => void (checked = value) });
  const wallMs = performance.now() - started;
  running = false;
  await poller;
  return { wallMs, maxGapMs, polls, progressSeen: seen.size, intact: report.findings.length === 0 };
}

const FILTERS: { label: string; filter: AuditFilter }[] = [
  { label: 'none', filter: {} },
  { label: 'user', filter: { userId: 'user-7' } },
  { label: 'caseCode', filter: { caseCode: 'BEN-2026-0042' } },
  { label: 'action', filter: { action: 'case.update' } },
  { label: 'period', filter: { from: '2026-03-01', to: '2026-03-31' } },
  { label: 'breakGlass', filter: { breakGlassOnly: true } },
  { label: 'user+period', filter: { userId: 'user-3', from: '2026-06-01', to: '2026-06-30' } },
];

export async function benchAudit(options: { quick: boolean }): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'fallbuch-bench-audit-'));
  try {
    results.push(benchAppend(folder, options.quick ? 100 : 500));

    const entries = options.quick ? 100_000 : 1_000_000;
    const dataKey = randomBytes(32);
    const k0 = randomBytes(32);
    const file = join(folder, 'log.db');
    const created = openEncryptedDatabase(file, dataKey, { create: true });
    migrate(created);
    const fillMs = time(() => fillChainedLog(created, entries, k0));
    created.close();

    const db = openEncryptedDatabase(file, dataKey, { create: false });
    const verifyRuns = options.quick ? 1 : 3;
    const verifySamples: number[] = [];
    let intact = true;
    const cpuBefore = process.cpuUsage();
    for (let run = 0; run < verifyRuns; run += 1) {
      verifySamples.push(
        await timeAsync(async () => {
          intact = (await verifyChain(db, VAULT_ID, k0, null)).findings.length === 0;
        }),
      );
    }
    const cpu = process.cpuUsage(cpuBefore);
    // CPU time per run next to wall time: on a shared, oversubscribed machine the wall time says more about the neighbours.
    results.push({
      name: 'audit.verify',
      entries,
      median_ms: median(verifySamples),
      p99_ms: percentile(verifySamples, 99),
      cpu_ms: round((cpu.user + cpu.system) / 1000 / verifyRuns),
      target_ms: 3_000,
      intact,
      fill_ms: round(fillMs),
    });

    const job = await benchVerifyJob(db, k0);
    results.push({
      name: 'audit.verify.job',
      entries,
      median_ms: round(job.wallMs),
      p99_ms: round(job.wallMs),
      max_poll_gap_ms: round(job.maxGapMs),
      poll_every_ms: POLL_EVERY_MS,
      polls: job.polls,
      progress_values_seen: job.progressSeen,
      intact: job.intact,
    });

    // A filter change in the view: the total for the scrollbar and the first window of 100 rows.
    const perFilter: Record<string, number> = {};
    const all: number[] = [];
    for (const { label, filter } of FILTERS) {
      const samples: number[] = [];
      for (let run = 0; run < (options.quick ? 3 : 7); run += 1) {
        samples.push(
          time(() => {
            countEntries(db, filter);
            listEntries(db, filter, 0, 100);
          }),
        );
      }
      perFilter[label] = median(samples);
      all.push(...samples);
    }
    const deepScroll = time(() => listEntries(db, {}, Math.floor(entries / 2), 100));
    const facets = time(() => listFacets(db));
    db.close();
    results.push({
      name: 'audit.filter',
      entries,
      median_ms: median(all),
      p99_ms: percentile(all, 99),
      target_ms: 200,
      per_filter_ms: perFilter,
      window_at_middle_ms: round(deepScroll),
      facets_ms: round(facets),
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return results;
}
