import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openEncryptedDatabase, type VaultDatabase } from '../../../src/main/kernel/db/database';
import { migrate } from '../../../src/main/kernel/db/migrations';
import { advanceKey, k0CheckOf, legacyDigest, macOf, nextKey } from '../../../src/main/session/log/chain';
import { verifyChain, type RetentionBase } from '../../../src/main/audit/verify';
import { checkInParallel } from '../../../src/main/audit/parallelVerify';
import { readChainState } from '../../../src/main/session/log/repository';

/**
 * The verification with worker threads (issue 16) must name exactly what the walk on one thread
 * names: the same log, tampered at random, verified both ways, gives the same report.
 */

const VAULT_ID = '00000000-0000-4000-8000-000000000000';
const ENTRIES = 60;
let folder: string;
let db: VaultDatabase;
const k0 = randomBytes(32);

function fillLog(database: VaultDatabase): void {
  const insert = database.prepare(
    `INSERT INTO audit_log (seq, at, user_id, user_name, role, action, object, reason, details_hash, break_glass, mac, item)
     VALUES (@seq, @at, @userId, @userName, @role, @action, @object, @reason, @detailsHash, @breakGlass, @mac, @item)`,
  );
  let key: Buffer = Buffer.from(k0);
  let previous = legacyDigest(VAULT_ID, []);
  const legacy = previous.toString('hex');
  for (let seq = 1; seq <= ENTRIES; seq += 1) {
    const row = {
      seq,
      at: `2026-11-21T09:${String(seq).padStart(2, '0')}:00.000Z`,
      userId: `user-${seq % 3}`,
      userName: seq % 7 === 0 ? 'Ärztin Ünal' : `Konto ${seq % 3}`,
      role: 'counsellor',
      action: seq % 2 === 0 ? 'case.view' : 'search',
      object: seq % 2 === 0 ? `LEV-2026-${String(seq).padStart(4, '0')}` : null,
      reason: null,
      detailsHash: seq % 3 === 0 ? randomBytes(32).toString('hex') : null,
      breakGlass: 0,
      mac: null,
      item: seq % 13 === 0 ? `document-${String(seq)}` : null,
    };
    const mac = macOf(key, row, previous);
    insert.run({ ...row, mac: mac.toString('hex') });
    previous = mac;
    key = nextKey(key);
  }
  database
    .prepare(
      `INSERT INTO audit_chain (id, start_seq, legacy_digest, last_seq, last_mac, next_key, k0_check, started_at) VALUES (1, 1, ?, ?, ?, ?, ?, ?)`,
    )
    .run(legacy, ENTRIES, previous.toString('hex'), key.toString('hex'), k0CheckOf(k0, VAULT_ID), '2026-11-21T09:00:00.000Z');
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'fallbuch-parallel-verify-'));
  db = openEncryptedDatabase(join(folder, 'fallbuch.db'), randomBytes(32), { create: true });
  migrate(db);
  fillLog(db);
  // An attacker with the data key: the append-only triggers are gone.
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
});
afterAll(() => {
  db.close();
  rmSync(folder, { recursive: true, force: true });
});

type Tamper =
  | { kind: 'field'; seq: number; column: 'at' | 'user_name' | 'action' | 'object' | 'details_hash' | 'break_glass' | 'item' }
  | { kind: 'mac'; seq: number; value: 'upper' | 'garbage' | 'null' | 'other' }
  | { kind: 'delete'; seq: number; count: number }
  | { kind: 'swap'; seq: number; other: number }
  | { kind: 'truncate'; count: number };

const seqArb = fc.integer({ min: 1, max: ENTRIES });
const tamperArb: fc.Arbitrary<Tamper> = fc.oneof(
  fc.record({
    kind: fc.constant('field' as const),
    seq: seqArb,
    column: fc.constantFrom(
      'at' as const,
      'user_name' as const,
      'action' as const,
      'object' as const,
      'details_hash' as const,
      'break_glass' as const,
      'item' as const,
    ),
  }),
  fc.record({
    kind: fc.constant('mac' as const),
    seq: seqArb,
    value: fc.constantFrom('upper' as const, 'garbage' as const, 'null' as const, 'other' as const),
  }),
  fc.record({ kind: fc.constant('delete' as const), seq: seqArb, count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('swap' as const), seq: seqArb, other: seqArb }),
  fc.record({ kind: fc.constant('truncate' as const), count: fc.integer({ min: 1, max: 5 }) }),
);

function apply(database: VaultDatabase, tamper: Tamper): void {
  switch (tamper.kind) {
    case 'field':
      if (tamper.column === 'break_glass')
        database.prepare(`UPDATE audit_log SET break_glass = 1 - break_glass WHERE seq = ?`).run(tamper.seq);
      else database.prepare(`UPDATE audit_log SET ${tamper.column} = coalesce(${tamper.column}, '') || 'x' WHERE seq = ?`).run(tamper.seq);
      break;
    case 'mac': {
      const value = { upper: 'upper(mac)', garbage: `'zz' || substr(mac, 3)`, null: 'NULL', other: `'${'ab'.repeat(32)}'` }[tamper.value];
      database.prepare(`UPDATE audit_log SET mac = ${value} WHERE seq = ?`).run(tamper.seq);
      break;
    }
    case 'delete':
      database.prepare(`DELETE FROM audit_log WHERE seq >= ? AND seq < ?`).run(tamper.seq, tamper.seq + tamper.count);
      break;
    case 'swap':
      database.prepare('UPDATE audit_log SET seq = -1 WHERE seq = ?').run(tamper.seq);
      database.prepare('UPDATE audit_log SET seq = ? WHERE seq = ?').run(tamper.seq, tamper.other);
      database.prepare('UPDATE audit_log SET seq = ? WHERE seq = -1').run(tamper.other);
      break;
    case 'truncate':
      database.prepare(`DELETE FROM audit_log WHERE seq > ?`).run(ENTRIES - tamper.count);
      break;
  }
}

const sequential = { minEntries: Number.POSITIVE_INFINITY };

test('an intact log: the workers confirm every entry, the report is the one-thread report', async () => {
  const parallel = await verifyChain(db, VAULT_ID, k0, null, [7, 59], { minEntries: 0, batchRows: 8, workers: 2 });
  expect(parallel.findings).toEqual([]);
  expect(parallel).toEqual(await verifyChain(db, VAULT_ID, k0, null, [7, 59], sequential));
  expect(parallel.macAt.get(59)).toMatch(/^[0-9a-f]{64}$/);
});

// One worker derives the keys itself (carried from batch to batch); several get them from the reading thread.
test.each([1, 2])('%i worker(s) themselves confirm every entry of an intact log (no fallback to the one-thread walk)', async (workers) => {
  const start = { expected: 1, key: k0, previous: legacyDigest(VAULT_ID, []) };
  const checked = await checkInParallel(db, start, new Set([3]), { batchRows: 7, workers });
  expect(checked).toMatchObject({ fromSeq: null, entries: ENTRIES, firstSeq: 1, lastSeq: ENTRIES, expected: ENTRIES + 1 });
  expect(checked.macAt.get(3)).toMatch(/^[0-9a-f]{64}$/);
  // The key after the last entry is where the chain state says the next entry's key is.
  expect(checked.key.toString('hex')).toBe(readChainState(db)?.nextKey);
  // One changed entry: the walk resumes at the start of its batch (entries 15-21 with 7 per batch).
  db.exec('SAVEPOINT tamper');
  try {
    db.prepare(`UPDATE audit_log SET action = 'x' WHERE seq = 17`).run();
    const resumed = await checkInParallel(db, start, new Set(), { batchRows: 7, workers });
    expect(resumed).toMatchObject({ fromSeq: 15, entries: 14, lastSeq: 14 });
    // The walk resumes with K_15, from the worker that checked entries 8-14.
    expect(resumed.key).toEqual(advanceKey(k0, 14));
  } finally {
    db.exec('ROLLBACK TO tamper; RELEASE tamper');
  }
});

test('any tampering: the report with worker threads equals the one-thread report, finding by finding', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(tamperArb, { minLength: 1, maxLength: 3 }),
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: 1, max: 3 }),
      fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
      seqArb,
      async (tampers, batchRows, workers, baseSeq, watched) => {
        db.exec('SAVEPOINT tamper');
        try {
          const baseMac =
            baseSeq === null ? undefined : (db.prepare('SELECT mac FROM audit_log WHERE seq = ?').pluck().get(baseSeq) as string | null);
          const base: RetentionBase | null =
            baseSeq !== null && typeof baseMac === 'string' ? { uptoSeq: baseSeq, uptoMac: baseMac } : null;
          for (const tamper of tampers) apply(db, tamper);
          const oneThread = await verifyChain(db, VAULT_ID, k0, base, [watched], sequential);
          const withWorkers = await verifyChain(db, VAULT_ID, k0, base, [watched], { minEntries: 0, batchRows, workers });
          expect(withWorkers).toEqual(oneThread);
        } finally {
          db.exec('ROLLBACK TO tamper; RELEASE tamper');
        }
      },
    ),
    { numRuns: 50 },
  );
});
