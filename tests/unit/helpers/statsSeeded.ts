import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCases } from '../../../bench/synthetic';
import { openEncryptedDatabase } from '../../../src/main/kernel/db/database';
import { migrate } from '../../../src/main/kernel/db/migrations';
import { loadPopulation } from '../../../src/main/stats/repository';
import { FIELDS_OF_ACTION, STRUCTURAL_NOTE_KINDS } from '../../../src/shared/kernel/vocabulary';
import type { StatPopulation } from '../../../src/shared/stats/population';

/**
 * A realistic caseload for the report and the utility figures: the benchmark's synthetic KIM-like
 * cases (bench/synthetic.ts) in a real encrypted vault, with referral starts and structural notes
 * added, loaded for a year the way the core loads it.
 */
export function seededPopulation(count: number, year: number, seed = 20261121): StatPopulation {
  const folder = mkdtempSync(join(tmpdir(), 'fallbuch-stats-seeded-'));
  const db = openEncryptedDatabase(join(folder, 'seeded.db'), randomBytes(32), { create: true });
  try {
    migrate(db);
    db.prepare(`INSERT INTO users (id, name, role, created_at) VALUES ('seed', 'Seed', 'counsellor', 'now')`).run();
    seedCases(db, { count, counsellorIds: ['seed'], seed, entriesPerCase: 3, today: `${year + 1}-02-15` });
    // Offers begin one to ten weeks after the referral (the synthetic cases have no start dates).
    db.prepare(
      `UPDATE referrals SET started_on = date(referred_on, '+' || (7 + (rowid * 17) % 63) || ' days') WHERE result IN ('accepted', 'completed')`,
    ).run();
    const insertNote = db.prepare(
      `INSERT INTO structural_notes (id, field, kind, observed_on, text, created_at) VALUES (?, ?, ?, ?, 'Hinweis', 'now')`,
    );
    for (let index = 0; index < Math.round(count / 8); index += 1)
      insertNote.run(
        `note-${index}`,
        FIELDS_OF_ACTION[index % 7]!,
        STRUCTURAL_NOTE_KINDS[index % 3]!,
        `${year}-${String(1 + (index % 12)).padStart(2, '0')}-10`,
      );
    const { persons, notes, partners } = loadPopulation(
      db,
      { yearStart: `${year}-01-01`, start: `${year}-01-01`, end: `${year}-12-31` },
      'countAll',
    );
    return { persons, notes, partners };
  } finally {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
