import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openEncryptedDatabase, type VaultDatabase } from '../src/main/kernel/db/database';
import { migrate } from '../src/main/kernel/db/migrations';
import { computeStatistics } from '../src/main/stats/compute';
import { BUILT_IN_PROFILES } from '../src/main/stats/service';
import { loadPopulation } from '../src/main/stats/repository';
import { fileBaseName, renderFiles, writeAll } from '../src/main/stats/statsFiles';
import {
  ACCESS_ROUTES,
  BENEFITS,
  CLOSURE_REASONS,
  FIELDS_OF_ACTION,
  GENDERS,
  RESIDENCE_STATUSES,
  WHEREABOUTS,
} from '../src/shared/kernel/vocabulary';
import { median, percentile, time, timeAsync, type BenchResult } from './stats';

/**
 * `stats.export`: the whole export (load from the encrypted vault, every table of the catalogue,
 * disclosure control, JSON + CSV + PDF written to a folder) for the yearly report, with both
 * methods, on synthetic vaults of 500, 5,000 and 50,000 cases with 40 journal entries per case
 * (200,000 at 5,000 cases). Target (issue 5): ≤ 500 ms at 5,000 cases.
 * The same through the channels (`stats.preview`, `stats.export.core`: log entries, consent rule,
 * quality check, files) runs in the cases bench on its seeded 5,000- and 50,000-case vaults
 * (coreFigures.ts), so the 50,000-case vault is seeded once.
 */
const COUNTRIES = ['SY', 'AF', 'IQ', 'ER', 'GN', 'TR', 'SO', 'UA', 'IR', 'NG', 'SN', 'GM', 'PK', 'RU', 'XK'];
const JOURNAL_PER_CASE = 40;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export function fill(db: VaultDatabase, cases: number): void {
  const next = random(cases);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const date = (year: number) =>
    `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  db.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('bench', 'Bench', 'counsellor', 'now')`).run();
  const insertCase =
    db.prepare(`INSERT INTO cases (id, code, family_name, given_names, birth_date, gender, country_of_origin, benefits, programme, access_route, intake_date, phase, counsellor_id, record_key, closed_on, created_at, updated_at)
    VALUES (?, ?, 'Synthetisch', 'Person', ?, ?, ?, ?, 'kim', ?, ?, 'implementation', 'bench', ?, ?, 'now', 'now')`);
  const insertStatus = db.prepare(
    `INSERT INTO residence_statuses (id, case_id, status, valid_from, work_permission, created_at) VALUES (?, ?, ?, ?, 'employmentWithApproval', 'now')`,
  );
  const insertJournal = db.prepare(
    `INSERT INTO journal_entries (id, case_id, occurred_on, duration_minutes, kind, topics, note, created_at, updated_at) VALUES (?, ?, ?, 30, 'inPerson', '["work"]', 'Synthetische Notiz', 'now', 'now')`,
  );
  const insertClosure = db.prepare(
    `INSERT INTO closures (id, case_id, closed_on, reason, whereabouts, created_at) VALUES (?, ?, ?, ?, ?, 'now')`,
  );
  const insertGoal = db.prepare(
    `INSERT INTO goals (id, case_id, field, wording, agreed_on, status, updated_at) VALUES (?, ?, ?, 'Ziel', ?, ?, ?)`,
  );
  const insertNeed = db.prepare(`INSERT OR IGNORE INTO assessments (case_id, field, has_need, updated_at) VALUES (?, ?, 1, 'now')`);
  const insertReferral = db.prepare(
    `INSERT INTO referrals (id, case_id, offer_kind, referred_on, result, updated_at) VALUES (?, ?, 'languageCourse', ?, 'accepted', 'now')`,
  );
  const insertNote = db.prepare(
    `INSERT INTO structural_notes (id, field, kind, observed_on, text, created_at) VALUES (?, ?, 'waitingTime', ?, 'Hinweis', 'now')`,
  );
  db.transaction(() => {
    for (let index = 0; index < cases; index += 1) {
      const id = `case-${index}`;
      const intake = date(2024 + Math.floor(next() * 2));
      const closed = next() < 0.3 ? date(2025) : null;
      insertCase.run(
        id,
        `BEN-${index}`,
        date(1998 + Math.floor(next() * 10)),
        pick(GENDERS),
        pick(COUNTRIES),
        pick(BENEFITS),
        pick(ACCESS_ROUTES),
        intake,
        Math.floor(next() * 2 ** 32),
        closed && closed >= intake ? closed : null,
      );
      insertStatus.run(`s1-${index}`, id, pick(RESIDENCE_STATUSES), intake);
      if (next() < 0.3) insertStatus.run(`s2-${index}`, id, pick(RESIDENCE_STATUSES), date(2025));
      for (let entry = 0; entry < JOURNAL_PER_CASE; entry += 1) insertJournal.run(`j-${index}-${entry}`, id, date(2025));
      if (closed && closed >= intake) insertClosure.run(`c-${index}`, id, closed, pick(CLOSURE_REASONS), pick(WHEREABOUTS));
      insertGoal.run(`g-${index}`, id, pick(FIELDS_OF_ACTION), date(2025), next() < 0.4 ? 'achieved' : 'open', `${date(2025)}T10:00:00Z`);
      insertNeed.run(id, pick(FIELDS_OF_ACTION));
      if (next() < 0.5) insertReferral.run(`r-${index}`, id, date(2025));
      if (index % 20 === 0) insertNote.run(`n-${index}`, pick(FIELDS_OF_ACTION), date(2025));
    }
  })();
}

export async function benchStats(options: { quick: boolean }): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'fallbuch-bench-stats-'));
  try {
    for (const cases of options.quick ? [500, 5000] : [500, 5000, 50000]) {
      const db = openEncryptedDatabase(join(folder, `stats-${cases}.db`), randomBytes(32), { create: true });
      migrate(db);
      const fillMs = time(() => fill(db, cases));
      const runs = options.quick || cases > 5000 ? 3 : 9;
      for (const profile of BUILT_IN_PROFILES) {
        const samples: number[] = [];
        for (let run = 0; run < runs; run += 1) {
          const target = mkdtempSync(join(folder, 'out-'));
          samples.push(
            await timeAsync(async () => {
              const population = loadPopulation(
                db,
                { yearStart: '2025-01-01', start: '2025-01-01', end: '2025-12-31' },
                'excludeWithdrawn',
              );
              const result = await computeStatistics({
                population,
                period: { year: 2025, quarter: null },
                profile,
                frozenOrigin: null,
                earlier: { suppressed: new Set(), published: new Map(), methods: new Set() },
                source: 'bench',
                excludedByConsent: population.excluded,
                consentRule: 'excludeWithdrawn',
              });
              writeAll(target, await renderFiles(result.document, fileBaseName('2025', profile.name), 'sections'));
            }),
          );
        }
        results.push({
          name: 'stats.export',
          cases,
          journal_entries: cases * JOURNAL_PER_CASE,
          method: profile.method,
          median_ms: median(samples),
          p99_ms: percentile(samples, 99),
          fill_ms: Math.round(fillMs),
        });
      }
      db.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return results;
}

// `npx tsx bench/stats.bench.ts [--quick]` runs this benchmark alone.
if (process.argv[1]?.endsWith('stats.bench.ts')) {
  void benchStats({ quick: process.argv.includes('--quick') }).then((results) => {
    for (const result of results)
      console.log(
        `${result.name} cases=${String(result.cases)} ${String(result.method)}: median ${result.median_ms} ms, p99 ${result.p99_ms} ms`,
      );
  });
}
