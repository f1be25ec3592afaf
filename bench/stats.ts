/** Figures for `bench/results.json`: medians and 99th percentiles of repeated runs. */
export function median(samples: number[]): number {
  return percentile(samples, 50);
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[index] ?? Number.NaN);
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

export async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export interface BenchResult {
  name: string;
  cases?: number;
  entries?: number;
  median_ms: number;
  p99_ms: number;
  plain_median_ms?: number;
  ratio?: number;
  [extra: string]: unknown;
}
