import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createCore, type Core } from '../src/main/app/createCore';
import { openEncryptedDatabase } from '../src/main/kernel/db/database';
import { findRecoverySlot, openRecoverySlot, readKeySlotFile } from '../src/main/vault/keyslots';
import { parseRecoveryKey } from '../src/main/vault/recoveryKey';
import { median, percentile, timeAsync, type BenchResult } from './stats';

/**
 * backup.create / backup.restore at 5,000 and 50,000 cases, erase.person at 50,000 (--quick:
 * backups at 5,000 only). A real core on a synthetic vault (cheap test KDF: the Argon2id cost is
 * measured by vault.unlock, not here); each case has two journal entries so the FTS index is full.
 */
const KDF = { memoryCost: 8192, timeCost: 1, parallelism: 1 } as const;
const SUPERVISOR = { name: 'Bench Aufsicht', passphrase: 'Bench-Aufsicht-2026' };
const COUNSELLOR = { name: 'Bench Beratung', passphrase: 'Bench-Beratung-2026' };

async function call(core: Core, channel: string, input: unknown): Promise<unknown> {
  const result = await core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}

function fill(vaultDir: string, recoveryKey: string, cases: number): string[] {
  const slots = readKeySlotFile(join(vaultDir, 'keyslots.json'));
  const slot = slots && findRecoverySlot(slots);
  const key = slots && slot && openRecoverySlot(slots.vaultId, slot, parseRecoveryKey(recoveryKey));
  if (!key) throw new Error('no key');
  const db = openEncryptedDatabase(join(vaultDir, 'fallbuch.db'), key, { create: false });
  const counsellor = db.prepare(`SELECT id FROM users WHERE role = 'counsellor'`).pluck().get() as string;
  const insertCase =
    db.prepare(`INSERT INTO cases (id, code, family_name, given_names, gender, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at)
    VALUES (?, ?, ?, ?, 'female', 'kim', 'selfReferral', '2026-02-01', 'intake', ?, ?, '2026-02-01T09:00:00Z', '2026-02-01T09:00:00Z')`);
  const insertJournal = db.prepare(
    `INSERT INTO journal_entries (id, case_id, occurred_on, kind, note, created_at, updated_at) VALUES (?, ?, '2026-03-01', 'inPerson', ?, 'now', 'now')`,
  );
  const ids: string[] = [];
  db.transaction(() => {
    for (let index = 0; index < cases; index += 1) {
      const id = randomUUID();
      ids.push(id);
      insertCase.run(
        id,
        `BEN-2026-${String(index).padStart(5, '0')}`,
        `Nachname${index % 997}`,
        `Vorname${index % 313}`,
        counsellor,
        index,
      );
      for (let entry = 0; entry < 2; entry += 1)
        insertJournal.run(randomUUID(), id, `Gespräch ${index} über Sprachkurs und Ausbildung `.repeat(6));
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  key.fill(0);
  return ids;
}

export async function benchLifecycle(options: { quick: boolean }): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const runs = options.quick ? 3 : 5;
  for (const cases of options.quick ? [5000] : [5000, 50000]) {
    const root = mkdtempSync(join(tmpdir(), 'fallbuch-bench-lifecycle-'));
    const target = join(root, 'Sicherungen');
    mkdirSync(target);
    let lastBackup: string | null = null;
    const core = createCore({
      configDir: join(root, 'config'),
      defaultVaultDir: join(root, 'Tresor'),
      kdf: KDF,
      idleCheckIntervalMs: 3_600_000,
      ports: { chooseFolder: async () => target, chooseOpenFiles: async () => (lastBackup ? [lastBackup] : null) },
    });
    try {
      const { recoveryKey } = (await call(core, 'vault:setup', {
        vaultDir: join(root, 'Tresor'),
        supervisor: SUPERVISOR,
        counsellor: COUNSELLOR,
      })) as { recoveryKey: string };
      await call(core, 'vault:lock', {});
      const ids = fill(join(root, 'Tresor'), recoveryKey, cases);
      await call(core, 'vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
      const create: number[] = [];
      const restore: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        create.push(
          await timeAsync(async () => {
            const created = (await call(core, 'backup:create', {})) as { fileName: string };
            lastBackup = join(target, created.fileName);
          }),
        );
        restore.push(await timeAsync(() => call(core, 'backup:restore', { file: lastBackup, passphrase: SUPERVISOR.passphrase })));
        rmSync(lastBackup ?? '', { force: true });
      }
      results.push({ name: 'backup.create', cases, median_ms: median(create), p99_ms: percentile(create, 99) });
      results.push({ name: 'backup.restore', cases, median_ms: median(restore), p99_ms: percentile(restore, 99) });
      if (cases === 50000) {
        await call(core, 'vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
        const erase: number[] = [];
        for (let run = 0; run < 3; run += 1) {
          const caseId = ids[run * 1000] ?? '';
          erase.push(
            await timeAsync(() =>
              call(core, 'erasure:erase', {
                caseId,
                confirmCode: `BEN-2026-${String(run * 1000).padStart(5, '0')}`,
                reason: 'dataSubjectRequest',
                includeOpenDeadlines: true,
              }),
            ),
          );
        }
        results.push({ name: 'erase.person', cases, median_ms: median(erase), p99_ms: percentile(erase, 99) });
      }
    } finally {
      await core.dispose();
      rmSync(root, { recursive: true, force: true });
    }
  }
  return results;
}
