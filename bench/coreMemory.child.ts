import { createCore } from '../src/main/app/createCore';

/**
 * `core.memory`'s fresh process (started by coreFigures.ts with the vault locked in the bench):
 * a core on the seeded vault, unlocked, one `cases:list`, one `deadlines:list`, then
 * `process.memoryUsage()` after a garbage collection — what the core's process holds, without the
 * bench's seeding history. Prints one JSON line. Arguments: a JSON object (see `Request`).
 */
interface Request {
  configDir: string;
  vaultDir: string;
  account: string;
  passphrase: string;
  now: string;
  kdf: { memoryCost: number; timeCost: number; parallelism: number };
}

const MIB = 1024 * 1024;

function memory(): Record<string, number> {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  const mib = (bytes: number) => Math.round((bytes / MIB) * 100) / 100;
  return {
    rss_mib: mib(usage.rss),
    heap_used_mib: mib(usage.heapUsed),
    external_mib: mib(usage.external),
    array_buffers_mib: mib(usage.arrayBuffers),
  };
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as Request;
  const now = new Date(request.now);
  const core = createCore({
    configDir: request.configDir,
    defaultVaultDir: request.vaultDir,
    kdf: request.kdf,
    now: () => now,
    idleCheckIntervalMs: 60_000,
  });
  const call = async (channel: string, payload: unknown): Promise<unknown> => {
    const result = await core.invoke(channel, payload);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
    return result.value;
  };
  const before = memory();
  const started = performance.now();
  await call('vault:unlock', { account: request.account, passphrase: request.passphrase });
  const unlockMs = performance.now() - started;
  const rows = ((await call('cases:list', {})) as unknown[]).length;
  await call('deadlines:list', { scope: 'mine' });
  const after = memory();
  await call('vault:lock', {});
  await core.dispose();
  process.stdout.write(`${JSON.stringify({ before, after, unlockMs, rows })}\n`);
}

void main();
