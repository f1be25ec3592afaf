import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { benchVault } from './vault.bench';
import { benchStats } from './stats.bench';
import { benchStatsUtility } from './statsUtility';
import { benchLifecycle } from './lifecycle.bench';
import { benchCases } from './cases.bench';
import { benchAudit } from './audit.bench';
import { benchRenderer } from './renderer.bench';
import { benchDocuments } from './documents.bench';
import { benchDocumentViewer } from './documentsViewer.bench';
import { benchImport } from './import.bench';
import type { BenchResult } from './stats';

/**
 * `npm run bench` (everything) or `npm run bench -- --quick` (about a minute); `--only=documents,lifecycle`
 * runs the named parts only. Figures only: nothing here is asserted, and nothing of it runs in `npm test`.
 */
async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  // `--documents=N`: how many ~1 MB documents the large-vault figures carry (default 2,000, none with --quick).
  const documentsArgument = process.argv.find((argument) => argument.startsWith('--documents='));
  const documents = documentsArgument ? Number(documentsArgument.split('=')[1]) : undefined;
  // `--sizes=5000,50000`: the case counts of the cases and renderer parts (defaults there).
  const caseSizes = process.argv
    .find((argument) => argument.startsWith('--sizes='))
    ?.slice('--sizes='.length)
    .split(',')
    .map(Number);
  const parts: Record<string, () => Promise<BenchResult[]>> = {
    vault: () => benchVault({ quick }),
    stats: () => benchStats({ quick }),
    statsUtility: () => benchStatsUtility({ quick }),
    lifecycle: () => benchLifecycle({ quick }),
    cases: () => benchCases({ quick, ...(caseSizes ? { sizes: caseSizes } : {}) }),
    audit: () => benchAudit({ quick }),
    renderer: () => benchRenderer({ quick, ...(caseSizes ? { sizes: caseSizes } : {}) }),
    documents: () => benchDocuments({ quick, ...(documents !== undefined ? { documents } : {}) }),
    documentsViewer: () => benchDocumentViewer({ quick }),
    import: () => benchImport({ quick }),
  };
  const only = process.argv
    .find((argument) => argument.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const unknown = only?.filter((name) => !(name in parts)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown bench part(s): ${unknown.join(', ')}; known: ${Object.keys(parts).join(', ')}`);
  const results: BenchResult[] = [];
  for (const [name, run] of Object.entries(parts)) if (!only || only.includes(name)) results.push(...(await run()));
  const output = {
    node: process.versions.node,
    cpus: availableParallelism(),
    quick,
    ...(only ? { only } : {}),
    at: new Date().toISOString(),
    results,
  };
  mkdirSync(join(__dirname), { recursive: true });
  // The run before stays as results.previous.json: `npm run bench:compare` prints what moved > 20 %.
  const resultsFile = join(__dirname, 'results.json');
  if (existsSync(resultsFile)) copyFileSync(resultsFile, join(__dirname, 'results.previous.json'));
  writeFileSync(resultsFile, `${JSON.stringify(output, null, 2)}\n`);
  for (const result of results) {
    const size = `${result.cases !== undefined ? ` cases=${result.cases}` : ''}${result.documents !== undefined ? ` documents=${String(result.documents)}` : ''}`;
    const extra = result.kdf_ms !== undefined ? ` kdf=${String(result.kdf_ms)}ms open=${String(result.open_ms)}ms` : '';
    const plain = result.ratio !== undefined ? ` plain=${String(result.plain_median_ms)}ms ratio=${String(result.ratio)}` : '';
    const core = result.core_median_ms !== undefined ? ` core=${String(result.core_median_ms)}ms` : '';
    const utility =
      result.unchanged_share !== undefined
        ? ` ${String(result.method)} ${String(result.period)}: unchanged ${String(result.unchanged_share)} changed ${String(result.changed_share)} suppressed ${String(result.suppressed_share)} merged ${String(result.merged_share)} MAD ${String(result.mean_abs_deviation)}`
        : '';
    const memory =
      result.rss_mib !== undefined
        ? ` rss=${String(result.rss_mib)}MiB heapUsed=${String(result.heap_used_mib)}MiB external=${String(result.external_mib)}MiB`
        : '';
    const label = result.label !== undefined ? ` ${String(result.label)}` : '';
    console.log(
      `${result.name}${label}${size}: median ${result.median_ms} ms, p99 ${result.p99_ms} ms${extra}${plain}${core}${utility}${memory}`,
    );
  }
  console.log(`bench/results.json written (${results.length} results)`);
}

void main();
