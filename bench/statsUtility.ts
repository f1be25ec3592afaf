import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEncryptedDatabase } from '../src/main/kernel/db/database';
import { migrate } from '../src/main/kernel/db/migrations';
import { computeStatistics, type ComputeResult } from '../src/main/stats/compute';
import { loadPopulation } from '../src/main/stats/repository';
import { BUILT_IN_PROFILES } from '../src/main/stats/service';
import { OTHER } from '../src/shared/stats/dimensions';
import { informationLossOf } from '../src/shared/stats/document';
import { isActive, statusAtIntake } from '../src/shared/stats/classify';
import type { Period } from '../src/shared/stats/period';
import type { StatPopulation } from '../src/shared/stats/population';
import { FIELDS_OF_ACTION, STRUCTURAL_NOTE_KINDS } from '../src/shared/kernel/vocabulary';
import { seedCases } from './synthetic';
import { round, timeAsync, type BenchResult } from './stats';

/**
 * `stats.utility`: what a recipient still learns at Leverkusen's sizes (issue 13, part 6) — 207
 * persons (Gestattung or Duldung, 18–27) and 1,048 (all refugees 18–27) — with both methods, for a
 * quarter and for the year: the share of published cells (margins included) that are exact, changed
 * by the Cell Key Method or suppressed, the share of categories merged into „Sonstige“, the mean
 * absolute deviation, and per table whether it still carries information.
 */
const YEAR: Period = { year: 2025, quarter: null };
const QUARTER: Period = { year: 2025, quarter: 4 };

/** A KIM-like caseload of `size` persons from the benchmark's synthetic cases; `onlyTolerated`: Gestattung/Duldung at intake only. */
export function caseload(size: number, onlyTolerated: boolean): StatPopulation {
  const folder = mkdtempSync(join(tmpdir(), 'fallbuch-bench-utility-'));
  const db = openEncryptedDatabase(join(folder, 'utility.db'), randomBytes(32), { create: true });
  try {
    migrate(db);
    db.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('bench', 'Bench', 'counsellor', 'now')`).run();
    seedCases(db, {
      // More cases than needed: some of the synthetic cases are closed before the year or taken in after it.
      count: onlyTolerated ? size * 3 : Math.ceil(size * 1.25),
      counsellorIds: ['bench'],
      seed: 207 + size,
      entriesPerCase: 4,
      today: '2026-01-20',
    });
    db.prepare(
      `UPDATE referrals SET started_on = date(referred_on, '+' || (7 + (rowid * 17) % 63) || ' days') WHERE result IN ('accepted', 'completed')`,
    ).run();
    const note = db.prepare(
      `INSERT INTO structural_notes (id, field, kind, observed_on, text, created_at) VALUES (?, ?, ?, ?, 'Hinweis', 'now')`,
    );
    for (let index = 0; index < Math.round(size / 10); index += 1)
      note.run(
        `n${index}`,
        FIELDS_OF_ACTION[index % 10]!,
        STRUCTURAL_NOTE_KINDS[index % 3]!,
        `2025-${String(1 + (index % 12)).padStart(2, '0')}-12`,
      );
    const loaded = loadPopulation(db, { yearStart: '2025-01-01', start: '2025-01-01', end: '2025-12-31' }, 'countAll');
    const tolerated = (status: string) => status === 'gestattung55' || status.startsWith('duldung');
    // Exactly `size` persons in care during the year (the seeds' count of the city's young refugees).
    const year = { start: '2025-01-01', end: '2025-12-31', code: '2025', labelDe: '', labelEn: '' };
    const persons = loaded.persons
      .filter((person) => isActive(person, year) && (!onlyTolerated || tolerated(statusAtIntake(person))))
      .slice(0, size);
    if (persons.length < size) throw new Error(`only ${String(persons.length)} of ${String(size)} persons in care during the year`);
    return { persons, notes: loaded.notes, partners: loaded.partners };
  } finally {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export interface Utility {
  cells: number;
  unchanged: number;
  changed: number;
  suppressed: number;
  merged: number;
  categories: number;
  meanAbsoluteDeviation: number;
  /** Tables with at least half their cells published and not everything in „Sonstige“. */
  informative: string[];
  uninformative: string[];
}

export function utilityOf(result: ComputeResult): Utility {
  // The same figures the preview shows („Informationsverlust durch den Schutz“), over every published position.
  const loss = result.informationLoss;
  let merged = 0;
  let categories = 0;
  const informative: string[] = [];
  const uninformative: string[] = [];
  for (const published of result.published) {
    const own = informationLossOf([published]);
    const table = published.table;
    const rows = table.rows.filter((row) => row.code !== OTHER).length;
    if (table.rowDimension.mergeable) {
      const other = table.rows.find((row) => row.code === OTHER);
      merged += other?.merged.length ?? 0;
      categories += rows + (other?.merged.length ?? 0);
    }
    const allMerged = table.rowDimension.mergeable && rows === 0;
    ((own.cells - own.suppressed) / own.cells >= 0.5 && !allMerged ? informative : uninformative).push(table.meta.id.split('_')[0]!);
  }
  return {
    cells: loss.cells,
    unchanged: loss.cells - loss.changed - loss.suppressed,
    changed: loss.changed,
    suppressed: loss.suppressed,
    merged,
    categories,
    meanAbsoluteDeviation: round(loss.meanAbsoluteDeviation),
    informative,
    uninformative,
  };
}

export async function benchStatsUtility(options: { quick: boolean }): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const [size, tolerated] of [
    [207, true],
    [1048, false],
  ] as const) {
    if (options.quick && size > 207) continue;
    const population = caseload(size, tolerated);
    for (const profile of BUILT_IN_PROFILES) {
      for (const period of [QUARTER, YEAR]) {
        let result: ComputeResult | null = null;
        const ms = await timeAsync(async () => {
          result = await computeStatistics({
            population,
            period,
            profile,
            frozenOrigin: null,
            earlier: { suppressed: new Set(), published: new Map(), methods: new Set() },
            source: 'bench',
            excludedByConsent: 0,
            consentRule: 'countAll',
          });
        });
        const utility = utilityOf(result!);
        results.push({
          name: 'stats.utility',
          cases: population.persons.length,
          method: profile.method,
          period: period.quarter === null ? 'year' : 'quarter',
          median_ms: round(ms),
          p99_ms: round(ms),
          cells: utility.cells,
          unchanged_share: round(utility.unchanged / utility.cells),
          changed_share: round(utility.changed / utility.cells),
          suppressed_share: round(utility.suppressed / utility.cells),
          merged_share: utility.categories === 0 ? 0 : round(utility.merged / utility.categories),
          mean_abs_deviation: utility.meanAbsoluteDeviation,
          informative: utility.informative.join(' '),
          uninformative: utility.uninformative.join(' '),
        });
      }
    }
  }
  return results;
}

// `npx tsx bench/statsUtility.ts [--quick]` prints the figures alone.
if (process.argv[1]?.endsWith('statsUtility.ts')) {
  void benchStatsUtility({ quick: process.argv.includes('--quick') }).then((results) => {
    for (const result of results)
      console.log(
        `${String(result.cases)} ${String(result.method)} ${String(result.period)}: unchanged ${String(result.unchanged_share)} changed ${String(result.changed_share)} suppressed ${String(result.suppressed_share)} merged ${String(result.merged_share)} MAD ${String(result.mean_abs_deviation)} | carry: ${String(result.informative)} | do not: ${String(result.uninformative)}`,
      );
  });
}
