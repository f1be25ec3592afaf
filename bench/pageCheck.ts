import { cpuUsage } from 'node:process';
import type { VaultDatabase } from '../src/main/kernel/db/database';
import { checkPages } from '../src/main/vault/pageCheck';
import { median, percentile, round, type BenchResult } from './stats';

/**
 * The unlock's page check (`checkPages`) on the seeded vault, on one thread and with the helper
 * thread, alternating run by run: `median_ms` is the app's (two threads where there are two cores),
 * `one_thread_median_ms` the check as it was before; CPU is the whole process's (both threads).
 */
export async function measurePageCheck(
  db: VaultDatabase,
  options: { file: string; dataKey: Buffer; cases: number; entries: number; runs: number },
): Promise<BenchResult & { one_thread_median_ms: number }> {
  const samples = { one: [] as number[], two: [] as number[], twoCpu: [] as number[], helperTables: [] as number[] };
  for (let run = 0; run < options.runs; run += 1) {
    for (const threads of run % 2 === 0 ? ['one', 'two'] : ['two', 'one']) {
      const cpuBefore = cpuUsage();
      const started = performance.now();
      const result = await checkPages(db, {
        file: options.file,
        dataKey: options.dataKey,
        mode: 'wal',
        ...(threads === 'one' ? { helperMinPages: Number.POSITIVE_INFINITY } : {}),
      });
      const wall = performance.now() - started;
      if (!result.passed) throw new Error('the seeded vault failed its page check');
      const cpu = cpuUsage(cpuBefore);
      if (threads === 'one') samples.one.push(wall);
      else {
        samples.two.push(wall);
        samples.twoCpu.push((cpu.user + cpu.system) / 1000);
        samples.helperTables.push(result.passedByHelper);
      }
    }
  }
  return {
    name: 'vault.page_check',
    cases: options.cases,
    entries: options.entries,
    median_ms: median(samples.two),
    p99_ms: percentile(samples.two, 99),
    one_thread_median_ms: median(samples.one),
    cpu_median_ms: median(samples.twoCpu),
    two_threads_share: round(median(samples.two) / Math.max(median(samples.one), 0.001)),
    pages: Number(db.pragma('page_count', { simple: true })),
    helper_tables_median: median(samples.helperTables),
    runs: options.runs,
  };
}
