import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { median, percentile, round, type BenchResult } from './stats';

/**
 * Figures of the whole core on a vault the cases bench has seeded (issue 16): its resident memory
 * after an unlock and the two lists, and the statistics preview and export through the channels.
 */

type Invoke = (channel: string, payload: unknown) => Promise<unknown>;

/**
 * `core.memory`: `process.memoryUsage()` of a fresh Node process holding only a core (as Electron's
 * main process does) after unlock + one `cases:list` + one `deadlines:list` and a garbage collection
 * (coreMemory.child.ts). A fresh process, because the bench's own has seeded two vaults with large
 * page caches and glibc keeps much of what was freed. The vault must be locked in the bench's core.
 */
export function measureCoreMemory(request: {
  configDir: string;
  vaultDir: string;
  account: string;
  passphrase: string;
  now: Date;
  kdf: { memoryCost: number; timeCost: number; parallelism: number };
  cases: number;
}): BenchResult {
  const { cases, now, ...rest } = request;
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(__dirname, 'coreMemory.child.ts'), JSON.stringify({ ...rest, now: now.toISOString() })],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const measured = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as {
    before: Record<string, number>;
    after: Record<string, number>;
    unlockMs: number;
    rows: number;
  };
  return {
    name: 'core.memory',
    cases,
    // Not a time: the figures are `rss_mib` and its parts; median/p99 carry the child's unlock time.
    median_ms: round(measured.unlockMs),
    p99_ms: round(measured.unlockMs),
    list_rows: measured.rows,
    ...measured.after,
    before_unlock: measured.before,
  };
}

/**
 * `stats.preview` / `stats.export.core`: the yearly report 2025 for both built-in recipients through
 * the channels (log entries, consent rule, quality check, disclosure control, files written to a
 * folder the fake dialog names). The export repeats the preview's computation, as in the app.
 */
export async function measureStatsThroughCore(
  invoke: Invoke,
  options: { cases: number; runs: number; exportRoot: string; setExportFolder: (folder: string) => void },
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const period = { year: 2025, quarter: null };
  for (const profileId of ['buendnis', 'ministerium']) {
    const previews: number[] = [];
    const exports: number[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      const previewStarted = performance.now();
      const preview = (await invoke('stats:preview', { period, profileId })) as { previewHash: string };
      previews.push(performance.now() - previewStarted);
      options.setExportFolder(mkdtempSync(join(options.exportRoot, 'stats-')));
      const exportStarted = performance.now();
      const written = (await invoke('stats:export', { period, profileId, previewHash: preview.previewHash, csvLayout: 'sections' })) as {
        status: string;
      };
      exports.push(performance.now() - exportStarted);
      if (written.status !== 'written') throw new Error(`stats:export did not write (${written.status})`);
    }
    // `label` (not `profile`): bench:compare matches figures by name and size keys, label among them.
    const common = { cases: options.cases, label: profileId, runs: options.runs };
    results.push(
      { name: 'stats.preview', median_ms: median(previews), p99_ms: percentile(previews, 99), ...common },
      { name: 'stats.export.core', median_ms: median(exports), p99_ms: percentile(exports, 99), ...common },
    );
  }
  return results;
}
