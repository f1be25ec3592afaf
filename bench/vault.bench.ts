import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { openEncryptedDatabase, type VaultDatabase } from '../src/main/kernel/db/database';
import { migrate } from '../src/main/kernel/db/migrations';
import { calibrateArgon2 } from '../src/main/vault/kdf';
import { createKeySlotFileBody, createUserSlot, openUserSlot } from '../src/main/vault/keyslots';
import { median, percentile, round, time, timeAsync, type BenchResult } from './stats';

const PASSPHRASE = 'Benchmark-Kennwort-2026';

/** A table shaped like a case list row, filled with synthetic values (no real data anywhere). */
function fillSyntheticCases(db: VaultDatabase | Database.Database, count: number): void {
  db.exec(`CREATE TABLE IF NOT EXISTS bench_cases (
    id INTEGER PRIMARY KEY, code TEXT NOT NULL, family_name TEXT, given_name TEXT, birth_date TEXT,
    phase TEXT, status TEXT, status_until TEXT, counsellor TEXT, note TEXT)`);
  const insert = db.prepare(
    'INSERT INTO bench_cases (code, family_name, given_name, birth_date, phase, status, status_until, counsellor, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (let index = 0; index < count; index += 1) {
      insert.run(
        `BEN-2026-${String(index).padStart(5, '0')}`,
        `Nachname${index % 997}`,
        `Vorname${index % 313}`,
        `200${index % 8}-0${(index % 9) + 1}-1${index % 9}`,
        ['Intake', 'Clearing', 'Hilfeplanung', 'Umsetzung'][index % 4] ?? 'Intake',
        ['Duldung', 'Gestattung', '§25a', '§60c'][index % 4] ?? 'Duldung',
        `2027-0${(index % 9) + 1}-01`,
        `Beratung ${index % 5}`,
        'Notiz '.repeat(20),
      );
    }
  })();
  db.exec('CREATE INDEX IF NOT EXISTS bench_cases_code ON bench_cases (code)');
}

function firstQuery(db: VaultDatabase | Database.Database): void {
  db.prepare('SELECT count(*) FROM users').get();
  db.prepare('SELECT id, code, family_name, status FROM bench_cases ORDER BY code LIMIT 50').all();
}

export async function benchVault(options: { quick: boolean }): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'fallbuch-bench-'));
  try {
    const calibrationStarted = performance.now();
    const parameters = await calibrateArgon2();
    const calibrationMs = performance.now() - calibrationStarted;

    const dataKey = randomBytes(32);
    const body = createKeySlotFileBody(parameters);
    const slot = await createUserSlot(
      body.vaultId,
      { userId: 'bench', name: 'Bench', role: 'counsellor' },
      PASSPHRASE,
      dataKey,
      parameters,
    );

    const runs = options.quick ? 5 : 15;
    for (const cases of options.quick ? [0, 5000] : [0, 5000, 50000]) {
      const file = join(folder, `vault-${cases}.db`);
      const plainFile = join(folder, `plain-${cases}.db`);
      const created = openEncryptedDatabase(file, dataKey, { create: true });
      migrate(created);
      fillSyntheticCases(created, cases);
      created.close();
      const plain = new Database(plainFile);
      plain.pragma('journal_mode = WAL');
      migrate(plain);
      fillSyntheticCases(plain, cases);
      plain.close();

      const kdf: number[] = [];
      const open: number[] = [];
      const unlock: number[] = [];
      const plainOpen: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        let key: Buffer | null = null;
        const kdfMs = await timeAsync(async () => {
          key = await openUserSlot(body.vaultId, slot, PASSPHRASE);
        });
        if (!key) throw new Error('benchmark slot did not open');
        const unwrapped: Buffer = key;
        const openMs = time(() => {
          const db = openEncryptedDatabase(file, unwrapped, { create: false });
          migrate(db);
          firstQuery(db);
          db.close();
        });
        kdf.push(kdfMs);
        open.push(openMs);
        unlock.push(kdfMs + openMs);
        plainOpen.push(
          time(() => {
            const db = new Database(plainFile);
            db.pragma('journal_mode = WAL');
            db.pragma('synchronous = FULL');
            migrate(db);
            firstQuery(db);
            db.close();
          }),
        );
      }
      const openMedian = median(open);
      const plainMedian = median(plainOpen);
      results.push({
        name: 'vault.open',
        cases,
        median_ms: openMedian,
        p99_ms: percentile(open, 99),
        plain_median_ms: plainMedian,
        ratio: round(openMedian / Math.max(plainMedian, 0.01)),
        target_ms: 100,
      });
      results.push({
        name: 'vault.unlock',
        cases,
        median_ms: median(unlock),
        p99_ms: percentile(unlock, 99),
        kdf_ms: median(kdf),
        open_ms: openMedian,
        argon2: parameters,
        calibration_ms: round(calibrationMs),
      });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return results;
}
