import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../../src/main/app/createCore';
import type { ChannelName } from '../../../src/shared/contract/channels';
import type { ChannelInput, ChannelOutput } from '../../../src/shared/contract/contract';
import type { AppErrorData } from '../../../src/shared/kernel/result';

/** Cheap Argon2id for tests only; the app calibrates to about half a second. */
export const TEST_KDF = { memoryCost: 8192, timeCost: 1, parallelism: 1 } as const;

export const SUPERVISOR = { name: 'Sabine Aufsicht', passphrase: 'Aufsicht-Kennwort-2026' };
export const COUNSELLOR = { name: 'Chris Beratung', passphrase: 'Beratung-Kennwort-2026' };

export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
}

export function createClock(start = new Date('2026-11-21T09:00:00Z')): TestClock {
  let current = start.getTime();
  return { now: () => new Date(current), advance: (ms) => void (current += ms) };
}

export interface TestBench {
  root: string;
  configDir: string;
  vaultDir: string;
  clock: TestClock;
  core: Core;
  /** Calls a channel and returns the value, failing the test on an error envelope. */
  call<C extends ChannelName>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Calls a channel that must fail and returns its error. */
  fail<C extends ChannelName>(channel: C, input?: unknown): Promise<AppErrorData>;
  restart(): Core;
  cleanup(): Promise<void>;
}

/** `clockStart`: when the bench's clock begins (default 21 November 2026, 09:00 UTC). */
export function createTestBench(overrides: Partial<CoreOptions> = {}, clockStart?: Date): TestBench {
  const root = mkdtempSync(join(tmpdir(), 'fallbuch-test-'));
  const configDir = join(root, 'config');
  const vaultDir = join(root, 'Tresor');
  const clock = createClock(clockStart);
  const options: CoreOptions = { configDir, defaultVaultDir: vaultDir, kdf: TEST_KDF, now: clock.now, ...overrides };
  const bench: TestBench = {
    root,
    configDir,
    vaultDir,
    clock,
    core: createCore(options),
    async call(channel, input) {
      const result = await bench.core.invoke(channel, input ?? {});
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    async fail(channel, input) {
      const result = await bench.core.invoke(channel, input ?? {});
      if (result.ok) throw new Error(`${channel} succeeded but should have failed`);
      return result.error;
    },
    restart() {
      void bench.core.dispose();
      bench.core = createCore(options);
      return bench.core;
    },
    async cleanup() {
      await bench.core.dispose();
      rmSync(root, { recursive: true, force: true });
    },
  };
  return bench;
}

export async function setUpVault(bench: TestBench): Promise<ChannelOutput<'vault:setup'>> {
  return bench.call('vault:setup', { vaultDir: bench.vaultDir, supervisor: SUPERVISOR, counsellor: COUNSELLOR });
}

/** A second, independent connection with explicit SQLCipher-4 settings and the raw data key. */
export async function openRawDatabase(bench: TestBench, recoveryKey: string, readonly = true) {
  const Database = (await import('better-sqlite3-multiple-ciphers')).default;
  const { readKeySlotFile, findRecoverySlot, openRecoverySlot } = await import('../../../src/main/vault/keyslots');
  const { parseRecoveryKey } = await import('../../../src/main/vault/recoveryKey');
  const slots = readKeySlotFile(join(bench.vaultDir, 'keyslots.json'));
  const slot = slots && findRecoverySlot(slots);
  const key = slots && slot && openRecoverySlot(slots.vaultId, slot, parseRecoveryKey(recoveryKey));
  if (!key) throw new Error('the recovery key did not open the recovery slot');
  const db = new Database(join(bench.vaultDir, 'fallbuch.db'), { readonly });
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
  return db;
}
