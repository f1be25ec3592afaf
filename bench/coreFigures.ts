import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { median, percentile, round, type BenchResult } from './stats';

/**
 * Figures of the whole core on a vault the cases bench has seeded (issue 16): its resident memory
 * after an unlock and the two lists, and the statistics preview and export through the channels.
 */

type Invoke = (channel: string, payload: unknown) => Promise<unknown>;

const MIB = 1024 * 1024;

/** V8's collector, so heapUsed counts what is alive rather than what awaits collection. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
}

function memory(): { rss_mib: number; heap_used_mib: number; external_mib: number; array_buffers_mib: number } {
  collectGarbage();
  const usage = process.memoryUsage();
  return {
    rss_mib: round(usage.rss / MIB),
    heap_used_mib: round(usage.heapUsed / MIB),
    external_mib: round(usage.external / MIB),
    array_buffers_mib: round(usage.arrayBuffers / MIB),
  };
}

/**
 * `core.memory`: `process.memoryUsage()` of the bench process (it is the core's process: the core
 * runs in it as in Electron's main process) after a garbage collection, before the unlock and after
 * unlock + one `cases:list` + one `deadlines:list`. Leaves the vault unlocked.
 */
export async function measureCoreMemory(invoke: Invoke, unlock: () => Promise<unknown>, cases: number): Promise<BenchResult> {
  const before = memory();
  const started = performance.now();
  await unlock();
  const unlockMs = performance.now() - started;
  const rows = ((await invoke('cases:list', {})) as unknown[]).length;
  await invoke('deadlines:list', { scope: 'mine' });
  const after = memory();
  return {
    name: 'core.memory',
    cases,
    // Not a time: the figure is `rss_mib` (and its parts); median/p99 carry the unlock's time.
    median_ms: round(unlockMs),
    p99_ms: round(unlockMs),
    list_rows: rows,
    ...after,
    before_unlock: before,
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
