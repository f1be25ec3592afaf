import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult } from './stats';

/**
 * `npm run bench:compare [-- earlier.json [later.json]]`: every figure that moved more than 20 %
 * between two bench runs. Defaults: bench/results.previous.json (what `npm run bench` moves aside
 * before it writes) against bench/results.json. Figures are matched by name and size (cases,
 * entries, documents, …); every numeric field is compared, nested ones (per_filter_ms.user) too.
 * Benches on a shared machine are noisy: read a move as a question, not as a verdict.
 */

const THRESHOLD = 0.2;
const SIZE_KEYS = ['cases', 'entries', 'documents', 'runs', 'terms', 'rows', 'method', 'period', 'label'];

interface ResultsFile {
  at?: string;
  quick?: boolean;
  results: BenchResult[];
}

function keyOf(result: BenchResult): string {
  const size = SIZE_KEYS.filter((key) => key !== 'runs' && key !== 'rows' && result[key] !== undefined).map(
    (key) => `${key}=${String(result[key])}`,
  );
  return [result.name, ...size].join(' ');
}

function numbersOf(value: unknown, prefix: string, into: Map<string, number>): void {
  if (typeof value === 'number' && Number.isFinite(value)) into.set(prefix, value);
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (prefix === '' && SIZE_KEYS.includes(key)) continue;
      numbersOf(inner, prefix === '' ? key : `${prefix}.${key}`, into);
    }
  }
}

export interface Move {
  figure: string;
  field: string;
  earlier: number;
  later: number;
  change: number;
}

export function compareResults(earlier: readonly BenchResult[], later: readonly BenchResult[], threshold = THRESHOLD): Move[] {
  const before = new Map(earlier.map((result) => [keyOf(result), result]));
  const moves: Move[] = [];
  for (const result of later) {
    const figure = keyOf(result);
    const previous = before.get(figure);
    if (!previous) continue;
    const old = new Map<string, number>();
    const now = new Map<string, number>();
    numbersOf(previous, '', old);
    numbersOf(result, '', now);
    for (const [field, value] of now) {
      const was = old.get(field);
      if (was === undefined || (was === 0 && value === 0)) continue;
      const change = was === 0 ? Number.POSITIVE_INFINITY : (value - was) / Math.abs(was);
      if (Math.abs(change) > threshold) moves.push({ figure, field, earlier: was, later: value, change });
    }
  }
  return moves;
}

function read(file: string): ResultsFile {
  return JSON.parse(readFileSync(file, 'utf8')) as ResultsFile;
}

function main(): void {
  const [earlierArgument, laterArgument] = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
  const earlierFile = earlierArgument ?? join(__dirname, 'results.previous.json');
  const laterFile = laterArgument ?? join(__dirname, 'results.json');
  for (const file of [earlierFile, laterFile]) {
    if (!existsSync(file)) {
      console.error(`${file} is missing: run \`npm run bench\` twice, or name two results files.`);
      process.exitCode = 1;
      return;
    }
  }
  const earlier = read(earlierFile);
  const later = read(laterFile);
  console.log(`${earlierFile} (${earlier.at ?? '?'}) → ${laterFile} (${later.at ?? '?'})`);
  if (earlier.quick !== later.quick) console.log('note: one of the runs is --quick, the other is not');
  const moves = compareResults(earlier.results, later.results);
  for (const move of moves) {
    const sign = move.change > 0 ? '+' : '';
    const percent = Number.isFinite(move.change) ? `${sign}${String(Math.round(move.change * 100))} %` : 'new';
    console.log(`${move.figure} ${move.field}: ${String(move.earlier)} → ${String(move.later)} (${percent})`);
  }
  console.log(`${String(moves.length)} figures moved more than ${String(THRESHOLD * 100)} %`);
}

if (require.main === module) main();
