import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openEncryptedDatabase } from '../../../src/main/kernel/db/database';
import { COUNSELLOR, SUPERVISOR, createTestBench, setUpVault, type TestBench } from '../helpers/testCore';
import { dataKeyOf } from '../helpers/pageScan';
import { NODE_MODULES, bundleChildScript } from '../helpers/childProcess';

/**
 * Crash safety: a child process writes through the real core and is killed with SIGKILL at a random
 * moment, 200 times. After every kill the vault must open, pass integrity_check, hold every case and
 * journal entry the child acknowledged (it prints a line only after the commit returned), and its
 * access log must verify: the supervisor signs in through a fresh core and runs audit:verify, the
 * same path (K_0 from the supervisor's seal, the whole chain recomputed) the audit screen uses.
 */
const KILLS = 200;
let bench: TestBench;
let childScript: string;
let dataKey: Buffer;

beforeAll(async () => {
  bench = createTestBench();
  const { recoveryKey } = await setUpVault(bench);
  await bench.core.dispose();
  dataKey = dataKeyOf(bench.vaultDir, recoveryKey);
  // One bundle for all children: starting plain node 200 times is cheap, transpiling 200 times is not.
  childScript = await bundleChildScript('crashChild', bench.root);
}, 60_000);

afterAll(async () => bench?.cleanup());

function runAndKill(killAfterAcks: number, extraDelayMs: number): Promise<{ cases: string[]; journal: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, bench.configDir, bench.vaultDir, COUNSELLOR.name, COUNSELLOR.passphrase], {
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, NODE_PATH: NODE_MODULES },
    });
    let buffer = '';
    let acks = 0;
    let armed = false;
    const cases: string[] = [];
    const journal: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');
        const [kind, id] = line.split(' ');
        if (kind === 'case' && id) cases.push(id);
        if (kind === 'journal' && id) journal.push(id);
        if (kind !== 'ready') acks += 1;
        if (!armed && (kind === 'ready' ? killAfterAcks === 0 : acks >= killAfterAcks)) {
          armed = true;
          setTimeout(() => child.kill('SIGKILL'), extraDelayMs);
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      // Only lines that arrived complete count as acknowledged.
      if (signal === 'SIGKILL') resolve({ cases, journal });
      else reject(new Error(`child exited with ${String(code)} before it was killed`));
    });
  });
}

test(`${KILLS} SIGKILLs while writing: the vault always opens intact, its access log verifies, every acknowledged write is there`, async () => {
  const acknowledgedCases = new Set<string>();
  const acknowledgedJournal = new Set<string>();
  let random = 20261121;
  const next = (limit: number) => {
    random = (random * 1103515245 + 12345) % 2147483648;
    return random % limit;
  };
  let previousLastSeq = 0;
  for (let round = 0; round < KILLS; round += 1) {
    const { cases, journal } = await runAndKill(next(6), next(40));
    for (const id of cases) acknowledgedCases.add(id);
    for (const id of journal) acknowledgedJournal.add(id);
    const db = openEncryptedDatabase(join(bench.vaultDir, 'fallbuch.db'), dataKey, { create: false });
    try {
      expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
      const count = (table: string, ids: Set<string>) =>
        db
          .prepare(`SELECT count(*) FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`)
          .pluck()
          .get(JSON.stringify([...ids]));
      expect(count('cases', acknowledgedCases), `round ${round}`).toBe(acknowledgedCases.size);
      expect(count('journal_entries', acknowledgedJournal), `round ${round}`).toBe(acknowledgedJournal.size);
      // Every journal entry belongs to a case: no half-written pair survives as an orphan.
      expect(
        db.prepare('SELECT count(*) FROM journal_entries j LEFT JOIN cases c ON c.id = j.case_id WHERE c.id IS NULL').pluck().get(),
      ).toBe(0);
    } finally {
      db.close();
    }
    // A torn append would show as a changed, removed or cut-off entry; the check itself is logged too.
    bench.restart();
    await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
    const report = await bench.call('audit:verify');
    expect(report.findings, `round ${round}`).toEqual([]);
    expect(report.intact, `round ${round}`).toBe(true);
    // The log only grows: at least the previous verification's own entry lies behind this report.
    expect(report.lastSeq ?? 0, `round ${round}`).toBeGreaterThan(previousLastSeq);
    previousLastSeq = report.lastSeq ?? 0;
    await bench.core.dispose();
  }
  expect(acknowledgedCases.size).toBeGreaterThan(KILLS / 2);
  // Generous: each round starts a child that derives its key; on a loaded 2-core machine that takes minutes in all.
}, 600_000);
