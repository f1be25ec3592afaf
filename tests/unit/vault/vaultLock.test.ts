import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openEncryptedDatabase } from '../../../src/main/kernel/db/database';
import { COUNSELLOR, SUPERVISOR, createTestBench, setUpVault, type TestBench } from '../helpers/testCore';
import { dataKeyOf } from '../helpers/pageScan';
import { NODE_MODULES, bundleChildScript } from '../helpers/childProcess';

/**
 * One vault, two processes: the second one (another workstation on a shared folder, another
 * Fallbuch on the same terminal server) is refused with VAULT_IN_USE and changes nothing; when the
 * first one locks — or dies — the lock is gone and the other side gets in.
 */
let bench: TestBench;
let childScript: string;
let dataKey: Buffer;
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(async () => {
  bench = createTestBench();
  const { recoveryKey } = await setUpVault(bench);
  await bench.call('vault:lock');
  dataKey = dataKeyOf(bench.vaultDir, recoveryKey);
  childScript = await bundleChildScript('lockChild', bench.root);
}, 60_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await bench?.cleanup();
});

/** Starts the second process; resolves with the first line it prints (`unlocked` or an error code). */
function secondProcess(account: string, passphrase: string): Promise<{ child: ChildProcessWithoutNullStreams; answer: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, bench.configDir, bench.vaultDir, account, passphrase], {
      env: { ...process.env, NODE_PATH: NODE_MODULES },
    });
    children.push(child);
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const newline = buffer.indexOf('\n');
      if (newline >= 0) resolve({ child, answer: buffer.slice(0, newline) });
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!buffer.includes('\n')) reject(new Error(`second process exited with ${String(code)} before answering`));
    });
  });
}

function exited(child: ChildProcessWithoutNullStreams): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.on('exit', () => resolve());
  });
}

test('while this process has the vault open, a second process is refused and the file stays intact', async () => {
  await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
  const { child, answer } = await secondProcess(COUNSELLOR.name, COUNSELLOR.passphrase);
  expect(answer).toBe('VAULT_IN_USE');
  child.stdin.end();
  await exited(child);
  // The refusal was not a failed attempt, and this session goes on undisturbed.
  expect((await bench.call('vault:status')).failedAttempts).toBe(0);
  expect((await bench.call('audit:verify')).intact).toBe(true);
  await bench.call('vault:lock');
});

test('while the second process has it open, this one is refused; once that process is killed the lock is gone', async () => {
  const { child, answer } = await secondProcess(COUNSELLOR.name, COUNSELLOR.passphrase);
  expect(answer).toBe('unlocked');
  const databaseBefore = readFileSync(join(bench.vaultDir, 'fallbuch.db'));
  const refused = await bench.fail('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
  expect(refused).toEqual({ code: 'VAULT_IN_USE', message: 'error.VAULT_IN_USE' });
  expect(readFileSync(join(bench.vaultDir, 'fallbuch.db')).equals(databaseBefore)).toBe(true);
  expect((await bench.call('vault:status')).failedAttempts).toBe(0);

  // A crash (no clean lock) must not leave the vault blocked: the operating system drops the lock.
  child.kill('SIGKILL');
  await exited(child);
  await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
  await bench.call('vault:lock');
  const db = openEncryptedDatabase(join(bench.vaultDir, 'fallbuch.db'), Buffer.from(dataKey), { create: false });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();
});

test('in one process too: a second core on the same vault is refused until the first locks', async () => {
  await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
  const other = createTestBench({ configDir: bench.configDir, defaultVaultDir: bench.vaultDir });
  try {
    expect((await other.fail('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase })).code).toBe('VAULT_IN_USE');
    await bench.call('vault:lock');
    await other.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
  } finally {
    await other.cleanup();
  }
});
