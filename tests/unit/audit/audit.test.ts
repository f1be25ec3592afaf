import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { caseFields, createAuditBench, type AuditBench } from '../helpers/auditBench';
import { openRawDatabase } from '../helpers/testCore';

let bench: AuditBench;
afterEach(async () => bench?.cleanup());

/** Some ordinary work as the counsellor, so the log has a few dozen entries. */
async function someWork(): Promise<void> {
  const { id } = await bench.call('cases:create', { fields: caseFields() });
  for (let index = 0; index < 5; index += 1) await bench.call('cases:get', { id });
  await bench.call('cases:list', {});
  await bench.call('search:query', { text: 'Müller' });
}

type Raw = Awaited<ReturnType<typeof openRawDatabase>>;

/** An attacker with the data key: a second connection, triggers dropped. */
async function tamper(work: (raw: Raw) => void): Promise<void> {
  const raw = await openRawDatabase(bench, bench.recoveryKey, false);
  raw.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  work(raw);
  raw.close();
}

async function lastSeq(): Promise<number> {
  const raw = await openRawDatabase(bench, bench.recoveryKey);
  const value = raw.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
  raw.close();
  return value;
}

async function verifiedAsSupervisor() {
  await bench.asSupervisor();
  return bench.call('audit:verify');
}

describe('the MAC chain', () => {
  test('a fresh vault verifies: every entry from set-up on is chained', async () => {
    bench = await createAuditBench();
    await someWork();
    const report = await verifiedAsSupervisor();
    expect(report).toMatchObject({ intact: true, findings: [], firstSeq: 1, archivedUpTo: null });
    const raw = await openRawDatabase(bench, bench.recoveryKey);
    const rows = raw.prepare('SELECT seq, action, mac FROM audit_log ORDER BY seq').all() as {
      seq: number;
      action: string;
      mac: string | null;
    }[];
    const chain = raw.prepare('SELECT last_seq AS lastSeq, next_key AS nextKey FROM audit_chain').get() as {
      lastSeq: number;
      nextKey: string;
    };
    const seals = raw.prepare('SELECT recipient FROM audit_key_seals ORDER BY recipient').pluck().all() as string[];
    raw.close();
    expect(rows[0]).toMatchObject({ seq: 1, action: 'vault.setup' });
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.mac ?? ''))).toBe(true);
    // The report counts what was there when it ran (the verify entry itself comes after).
    expect(report.entries).toBe(rows.length - 1);
    expect(chain.lastSeq).toBe(rows.length);
    // K_0 is sealed to the supervisor and the recovery key; nothing stores it in the clear.
    expect(seals).toEqual(['recovery', expect.stringMatching(/^user:/)]);
  });

  test('counsellors cannot verify or read the log', async () => {
    bench = await createAuditBench();
    for (const channel of ['audit:verify', 'audit:list', 'audit:facets', 'audit:saveCheckpoint', 'audit:export'] as const) {
      expect((await bench.fail(channel, {})).code).toBe('FORBIDDEN');
    }
  });
});

describe('tamper suite (a raw connection with the data key)', () => {
  test('a changed field of an old entry is named by its number', async () => {
    bench = await createAuditBench();
    await someWork();
    await bench.call('vault:lock');
    await tamper((raw) => raw.prepare(`UPDATE audit_log SET object = 'FB-2026-0099' WHERE seq = 6`).run());
    const report = await verifiedAsSupervisor();
    expect(report.intact).toBe(false);
    expect(report.findings).toEqual([{ kind: 'changed', fromSeq: 6, toSeq: 6, otherSeq: null }]);
  });

  test('a replaced MAC column of one entry is that entry, not its successor', async () => {
    bench = await createAuditBench();
    await someWork();
    await bench.call('vault:lock');
    await tamper((raw) => raw.prepare('UPDATE audit_log SET mac = ? WHERE seq = 4').run(randomBytes(32).toString('hex')));
    expect((await verifiedAsSupervisor()).findings).toEqual([{ kind: 'changed', fromSeq: 4, toSeq: 4, otherSeq: null }]);
  });

  test('a deleted entry in the middle', async () => {
    bench = await createAuditBench();
    await someWork();
    await bench.call('vault:lock');
    await tamper((raw) => raw.prepare('DELETE FROM audit_log WHERE seq = 7').run());
    expect((await verifiedAsSupervisor()).findings).toEqual([{ kind: 'removed', fromSeq: 7, toSeq: 7, otherSeq: null }]);
  });

  test('the last entries cut off: the end while the supervisor is signed in, a gap once more is logged', async () => {
    bench = await createAuditBench();
    await someWork();
    await bench.asSupervisor();
    const last = await lastSeq();
    await tamper((raw) => raw.prepare('DELETE FROM audit_log WHERE seq > ?').run(last - 3));
    const report = await bench.call('audit:verify');
    expect(report.findings).toEqual([{ kind: 'truncated', fromSeq: last - 2, toSeq: last, otherSeq: null }]);
    // After more entries (this verification, a new sign-in) the missing ones are a gap at the same place.
    await bench.call('vault:lock');
    expect((await verifiedAsSupervisor()).findings).toEqual([{ kind: 'removed', fromSeq: last - 2, toSeq: last, otherSeq: null }]);
  });

  test('two entries swapped are named as out of place, with where they belong', async () => {
    bench = await createAuditBench();
    await someWork();
    await bench.call('vault:lock');
    await tamper((raw) => {
      raw.prepare('UPDATE audit_log SET seq = -1 WHERE seq = 5').run();
      raw.prepare('UPDATE audit_log SET seq = 5 WHERE seq = 8').run();
      raw.prepare('UPDATE audit_log SET seq = 8 WHERE seq = -1').run();
    });
    expect((await verifiedAsSupervisor()).findings).toEqual([
      { kind: 'reordered', fromSeq: 5, toSeq: 5, otherSeq: 8 },
      { kind: 'reordered', fromSeq: 8, toSeq: 8, otherSeq: 5 },
    ]);
  });

  test('two neighbours swapped', async () => {
    bench = await createAuditBench();
    await someWork();
    await bench.call('vault:lock');
    await tamper((raw) => {
      raw.prepare('UPDATE audit_log SET seq = -1 WHERE seq = 9').run();
      raw.prepare('UPDATE audit_log SET seq = 9 WHERE seq = 10').run();
      raw.prepare('UPDATE audit_log SET seq = 10 WHERE seq = -1').run();
    });
    expect((await verifiedAsSupervisor()).findings).toEqual([
      { kind: 'reordered', fromSeq: 9, toSeq: 9, otherSeq: 10 },
      { kind: 'reordered', fromSeq: 10, toSeq: 10, otherSeq: 9 },
    ]);
  });

  test('a replaced current key', async () => {
    bench = await createAuditBench();
    await someWork();
    await bench.asSupervisor();
    const last = await lastSeq();
    await tamper((raw) => raw.prepare('UPDATE audit_chain SET next_key = ?').run(randomBytes(32).toString('hex')));
    expect((await bench.call('audit:verify')).findings).toEqual([
      { kind: 'keyReplaced', fromSeq: last + 1, toSeq: last + 1, otherSeq: null },
    ]);
    // Entries written with the forged key fail from the replacement on: still one finding at that place.
    await bench.call('vault:lock');
    const later = await verifiedAsSupervisor();
    expect(later.findings).toHaveLength(1);
    expect(later.findings[0]).toMatchObject({ kind: 'keyReplaced', fromSeq: last + 1 });
  });

  test('triggers dropped and a whole range rewritten', async () => {
    bench = await createAuditBench();
    await someWork();
    await bench.call('vault:lock');
    await tamper((raw) => {
      const rows = raw.prepare('SELECT * FROM audit_log WHERE seq BETWEEN 3 AND 8 ORDER BY seq').all() as Record<string, unknown>[];
      raw.prepare('DELETE FROM audit_log WHERE seq BETWEEN 3 AND 8').run();
      const insert = raw.prepare(
        'INSERT INTO audit_log (seq, at, user_id, user_name, role, action, object, reason, details_hash, break_glass, mac) VALUES (@seq, @at, @user_id, @user_name, @role, @action, @object, @reason, @details_hash, @break_glass, @mac)',
      );
      for (const row of rows) insert.run({ ...row, action: 'settings.update', object: null });
    });
    expect((await verifiedAsSupervisor()).findings).toEqual([{ kind: 'changed', fromSeq: 3, toSeq: 8, otherSeq: null }]);
  });

  test('any single-character change in any stored field of any entry is detected', async () => {
    bench = await createAuditBench();
    await someWork();
    await bench.asSupervisor();
    const raw = await openRawDatabase(bench, bench.recoveryKey, false);
    raw.exec('DROP TRIGGER audit_log_no_update');
    const count = raw.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    const columns = [
      'at',
      'user_id',
      'user_name',
      'role',
      'action',
      'object',
      'reason',
      'details_hash',
      'mac',
      'break_glass',
      'seq',
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: count }),
        fc.constantFrom(...columns),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (seq, column, position, flip) => {
          const before = raw.prepare(`SELECT ${column} AS value FROM audit_log WHERE seq = ?`).get(seq) as {
            value: string | number | null;
          };
          let changed: string | number | null;
          if (column === 'seq') changed = -seq;
          else if (column === 'break_glass') changed = before.value === 1 ? 0 : 1;
          else if (before.value === null) changed = String.fromCharCode(32 + (flip % 95));
          else {
            const bytes = Buffer.from(String(before.value), 'latin1');
            const index = position % bytes.length;
            bytes[index] = (bytes[index] ?? 0) ^ flip;
            changed = bytes.toString('latin1');
          }
          raw.prepare(`UPDATE audit_log SET ${column} = ? WHERE seq = ?`).run(changed, seq);
          try {
            const report = await bench.call('audit:verify');
            expect(report.intact, `${column} of entry ${seq}`).toBe(false);
            expect(report.findings.some((finding) => finding.fromSeq <= seq && seq <= finding.toSeq)).toBe(true);
          } finally {
            raw.prepare(`UPDATE audit_log SET ${column} = ? WHERE seq = ?`).run(before.value, column === 'seq' ? -seq : seq);
          }
        },
      ),
      { numRuns: 60, seed: 20261121 },
    );
    raw.close();
    expect((await bench.call('audit:verify')).intact).toBe(true);
  });
});

describe('checkpoints', () => {
  test('an older copy of the whole vault put back is caught against a saved checkpoint', async () => {
    bench = await createAuditBench();
    await someWork();
    await bench.call('vault:lock');
    const copy = join(bench.root, 'old-copy');
    cpSync(bench.vaultDir, copy, { recursive: true });
    await bench.asCounsellor();
    await someWork();
    await bench.call('vault:lock');
    await bench.asSupervisor();
    bench.saveAs.push(join(bench.out, 'kontrollpunkt.json'));
    const saved = await bench.call('audit:saveCheckpoint');
    expect(saved).toMatchObject({ saved: true, fileName: 'kontrollpunkt.json' });
    const checkpoint = JSON.parse(bench.read('kontrollpunkt.json')) as { seq: number; signature: string };
    await bench.call('vault:lock');
    // Put the old copy back: the vault itself is consistent, so plain verification passes …
    for (const file of readdirSync(bench.vaultDir)) rmSync(join(bench.vaultDir, file), { force: true });
    cpSync(copy, bench.vaultDir, { recursive: true });
    const plain = await verifiedAsSupervisor();
    expect(plain.intact).toBe(true);
    // … but against the checkpoint the missing history shows.
    bench.openFiles.push([join(bench.out, 'kontrollpunkt.json')]);
    const { report } = await bench.call('audit:verifyCheckpoint');
    expect(report?.intact).toBe(false);
    expect(report?.checkpoint).toMatchObject({ seq: checkpoint.seq, supervisorName: 'Sabine Aufsicht', isKnownSigner: true });
    const rolledBack = report?.findings.find((finding) => finding.kind === 'rolledBack');
    expect(rolledBack?.toSeq).toBe(checkpoint.seq);
  });

  test('the current vault against its own checkpoint passes', async () => {
    bench = await createAuditBench();
    await bench.asSupervisor();
    bench.saveAs.push(join(bench.out, 'cp.json'));
    await bench.call('audit:saveCheckpoint');
    bench.openFiles.push([join(bench.out, 'cp.json')]);
    const { report } = await bench.call('audit:verifyCheckpoint');
    expect(report).toMatchObject({ intact: true, findings: [] });
  });

  test('a corrupted checkpoint or one of another vault gets a clear message and nothing is written', async () => {
    bench = await createAuditBench();
    await bench.asSupervisor();
    bench.saveAs.push(join(bench.out, 'cp.json'));
    await bench.call('audit:saveCheckpoint');
    const good = JSON.parse(bench.read('cp.json')) as Record<string, unknown>;
    const variants: [string, string, string][] = [
      ['seq.json', JSON.stringify({ ...good, seq: Number(good.seq) + 1 }), 'CHECKPOINT_INVALID'],
      ['garbage.json', 'not json at all', 'CHECKPOINT_INVALID'],
      ['shape.json', JSON.stringify({ format: 'something else' }), 'CHECKPOINT_INVALID'],
      [
        'byte.json',
        bench.read('cp.json').replace(/"mac": "(.)/, (_match, first: string) => `"mac": "${first === 'a' ? 'b' : 'a'}`),
        'CHECKPOINT_INVALID',
      ],
    ];
    for (const [name, text] of variants) writeFileSync(join(bench.out, name), text);

    // Another vault's checkpoint: a second bench signs one.
    const other = await createAuditBench();
    await other.asSupervisor();
    other.saveAs.push(join(bench.out, 'other.json'));
    await other.call('audit:saveCheckpoint');
    await other.cleanup();
    variants.push(['other.json', '', 'CHECKPOINT_OTHER_VAULT']);

    const raw = await openRawDatabase(bench, bench.recoveryKey);
    const count = () => raw.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const before = count();
    for (const [name, , code] of variants) {
      bench.openFiles.push([join(bench.out, name)]);
      expect((await bench.fail('audit:verifyCheckpoint', {})).code, name).toBe(code);
    }
    expect(count()).toBe(before);
    raw.close();
    // Cancelling the dialog is not an error.
    expect(await bench.call('audit:verifyCheckpoint')).toEqual({ report: null });
  });
});
