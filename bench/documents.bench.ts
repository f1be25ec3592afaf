import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFDict } from 'pdf-lib';
import { createCore, type Core } from '../src/main/app/createCore';
import { openEncryptedDatabase } from '../src/main/kernel/db/database';
import { findRecoverySlot, openRecoverySlot, readKeySlotFile } from '../src/main/vault/keyslots';
import { parseRecoveryKey } from '../src/main/vault/recoveryKey';
import { median, percentile, timeAsync, type BenchResult } from './stats';

/**
 * Documents (issue 18): `documents.add` of a 20 MB PDF, `documents.open` (core side: read, hash,
 * hand over; the renderer's first page is in renderer.bench.ts), `documents.list` for a case with
 * 20 documents; then, with N documents of about 1 MB in the vault (default 2,000 ≈ 2 GB in the full
 * run, none in --quick; `--documents=N` sets it), `vault.unlock`, `cases.list`, `backup.create` and
 * `erase.person` next to the same figures measured before the documents went in.
 */
const KDF = { memoryCost: 8192, timeCost: 1, parallelism: 1 } as const;
const SUPERVISOR = { name: 'Bench Aufsicht', passphrase: 'Bench-Aufsicht-2026' };
const COUNSELLOR = { name: 'Bench Beratung', passphrase: 'Bench-Beratung-2026' };
const DETAILS = { kind: 'notice', date: '2026-03-01', note: 'Bescheid Jobcenter', link: null } as const;

async function call(core: Core, channel: string, input: unknown): Promise<unknown> {
  const result = await core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}

/** A PDF of `megabytes` MB: a few pages of text and random (incompressible) bytes in its info dictionary. */
export async function benchPdf(megabytes: number, pages = 20): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page += 1) pdf.addPage([595, 842]).drawText(`Seite ${page}`, { x: 50, y: 780, size: 24, font });
  infoOf(pdf).set(PDFName.of('Padding'), PDFString.of(randomBytes((megabytes * 1024 * 1024) / 2).toString('hex')));
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

function withKey<T>(vaultDir: string, recoveryKey: string, work: (db: ReturnType<typeof openEncryptedDatabase>) => T): T {
  const slots = readKeySlotFile(join(vaultDir, 'keyslots.json'));
  const slot = slots && findRecoverySlot(slots);
  const key = slots && slot && openRecoverySlot(slots.vaultId, slot, parseRecoveryKey(recoveryKey));
  if (!key) throw new Error('no key');
  const db = openEncryptedDatabase(join(vaultDir, 'fallbuch.db'), key, { create: false });
  try {
    return work(db);
  } finally {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    key.fill(0);
  }
}

function fillCases(vaultDir: string, recoveryKey: string, cases: number): { ids: string[]; codes: string[] } {
  return withKey(vaultDir, recoveryKey, (db) => {
    const counsellor = db.prepare(`SELECT id FROM users WHERE role = 'counsellor'`).pluck().get() as string;
    const insertCase =
      db.prepare(`INSERT INTO cases (id, code, family_name, given_names, gender, programme, access_route, intake_date, phase, counsellor_id, record_key, created_at, updated_at)
      VALUES (?, ?, ?, ?, 'female', 'kim', 'selfReferral', '2026-02-01', 'intake', ?, ?, '2026-02-01T09:00:00Z', '2026-02-01T09:00:00Z')`);
    const insertJournal = db.prepare(
      `INSERT INTO journal_entries (id, case_id, occurred_on, kind, note, created_at, updated_at) VALUES (?, ?, '2026-03-01', 'inPerson', ?, 'now', 'now')`,
    );
    const ids: string[] = [];
    const codes: string[] = [];
    db.transaction(() => {
      for (let index = 0; index < cases; index += 1) {
        const id = randomUUID();
        const code = `BEN-2026-${String(index).padStart(5, '0')}`;
        ids.push(id);
        codes.push(code);
        insertCase.run(id, code, `Nachname${index % 997}`, `Vorname${index % 313}`, counsellor, index);
        for (let entry = 0; entry < 2; entry += 1) insertJournal.run(randomUUID(), id, `Gespräch ${index} über Sprachkurs `.repeat(6));
      }
    })();
    return { ids, codes };
  });
}

/**
 * N documents of about 1 MB spread over the cases, written straight into the vault (as the core
 * stores them). Returns the cases that got one, in the order they got it.
 */
function fillDocuments(vaultDir: string, recoveryKey: string, caseIds: string[], count: number): string[] {
  const holders: string[] = [];
  withKey(vaultDir, recoveryKey, (db) => {
    const insertDocument = db.prepare(`INSERT INTO documents (id, case_id, kind, document_date, note, file_name, media_type,
      byte_length, sha256, chunk_size, created_at, updated_at)
      VALUES (?, ?, 'notice', '2026-03-01', 'Bescheid', 'Bescheid.pdf', 'application/pdf', ?, 'bench', 262144, 'now', 'now')`);
    const insertChunk = db.prepare('INSERT INTO document_chunks (document_id, seq, bytes) VALUES (?, ?, ?)');
    for (let start = 0; start < count; start += 100) {
      db.transaction(() => {
        for (let index = start; index < Math.min(count, start + 100); index += 1) {
          const id = randomUUID();
          const holder = caseIds[(index * 7919) % caseIds.length] ?? '';
          holders.push(holder);
          insertDocument.run(id, holder, 4 * 262144);
          for (let seq = 0; seq < 4; seq += 1) insertChunk.run(id, seq, randomBytes(262144));
        }
      })();
    }
  });
  return holders;
}

async function runs(count: number, work: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < count; run += 1) samples.push(await timeAsync(work));
  return samples;
}

function figure(name: string, samples: number[], extra: Record<string, unknown>): BenchResult {
  return { name, median_ms: median(samples), p99_ms: percentile(samples, 99), ...extra };
}

export async function benchDocuments(options: { quick: boolean; documents?: number }): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const cases = options.quick ? 1000 : 50000;
  const documentCount = options.documents ?? (options.quick ? 0 : 2000);
  const root = mkdtempSync(join(tmpdir(), 'fallbuch-bench-documents-'));
  const vaultDir = join(root, 'Tresor');
  const target = join(root, 'Sicherungen');
  mkdirSync(target);
  const core = createCore({
    configDir: join(root, 'config'),
    defaultVaultDir: vaultDir,
    kdf: KDF,
    idleCheckIntervalMs: 3_600_000,
    ports: { chooseFolder: async () => target },
  });
  try {
    const { recoveryKey } = (await call(core, 'vault:setup', { vaultDir, supervisor: SUPERVISOR, counsellor: COUNSELLOR })) as {
      recoveryKey: string;
    };
    await call(core, 'vault:lock', {});
    const { ids, codes } = fillCases(vaultDir, recoveryKey, cases);
    const erased = new Set<string>();
    const unlockCounsellor = () => call(core, 'vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
    await unlockCounsellor();

    const pdf = await benchPdf(20);
    const caseId = ids[0] ?? '';
    const add = await runs(options.quick ? 3 : 5, () =>
      call(core, 'documents:addFiles', { caseId, details: DETAILS, files: [{ name: 'Bescheid.pdf', bytes: pdf }] }),
    );
    results.push(figure('documents.add', add, { cases, bytes: pdf.length }));
    const small = await benchPdf(0.2, 2);
    for (let index = 0; index < 15; index += 1) {
      await call(core, 'documents:addFiles', { caseId, details: DETAILS, files: [{ name: 'Seite.pdf', bytes: small }] });
    }
    const listed = (await call(core, 'documents:list', { caseId })) as { id: string; byteLength: number }[];
    results.push(
      figure('documents.list', await runs(50, () => call(core, 'documents:list', { caseId })), { cases, documents: listed.length }),
    );
    const large = listed.find((document) => document.byteLength === pdf.length)?.id ?? '';
    results.push(
      figure('documents.open', await runs(options.quick ? 3 : 10, () => call(core, 'documents:open', { id: large })), {
        cases,
        bytes: pdf.length,
      }),
    );

    /**
     * The figures the issue wants side by side, with and without documents in the vault. `toErase`:
     * three cases (indexes into `ids`); with documents in the vault, cases that hold one of them.
     */
    const measureVault = async (label: { documents: number }, toErase: number[], extra: Record<string, unknown> = {}) => {
      await call(core, 'vault:lock', {});
      results.push(
        figure(
          'vault.unlock',
          await runs(3, async () => {
            await unlockCounsellor();
            await call(core, 'vault:lock', {});
          }),
          { cases, ...label },
        ),
      );
      await unlockCounsellor();
      results.push(figure('cases.list', await runs(5, () => call(core, 'cases:list', {})), { cases, ...label }));
      await call(core, 'vault:lock', {});
      await call(core, 'vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
      results.push(
        figure(
          'backup.create',
          await runs(options.quick ? 1 : 2, async () => {
            const created = (await call(core, 'backup:create', {})) as { fileName: string };
            rmSync(join(target, created.fileName), { force: true });
          }),
          { cases, ...label },
        ),
      );
      await call(core, 'vault:lock', {});
      await unlockCounsellor();
      const erase: number[] = [];
      for (const index of toErase) {
        erased.add(ids[index] ?? '');
        erase.push(
          await timeAsync(() =>
            call(core, 'erasure:erase', {
              caseId: ids[index],
              confirmCode: codes[index],
              reason: 'dataSubjectRequest',
              includeOpenDeadlines: true,
            }),
          ),
        );
      }
      results.push(figure('erase.person', erase, { cases, ...label, ...extra }));
    };

    await measureVault({ documents: listed.length }, [11, 108, 205]);
    if (documentCount > 0) {
      await call(core, 'vault:lock', {});
      const holders = fillDocuments(
        vaultDir,
        recoveryKey,
        ids.filter((id) => !erased.has(id)),
        documentCount,
      );
      await unlockCounsellor();
      const figures = (await call(core, 'documents:storage', {})) as { documentBytes: number; vaultBytes: number };
      // Erased: three people who hold documents (spread over the file), so the figure includes their bytes.
      const picks = [5, Math.floor(holders.length / 2), holders.length - 5].map(
        (at) => holders[Math.min(Math.max(at, 0), holders.length - 1)],
      );
      const toErase = [...new Set(picks)].map((id) => ids.indexOf(id ?? ''));
      const documentsOfErased = toErase.reduce((sum, index) => sum + holders.filter((id) => id === ids[index]).length, 0);
      await measureVault({ documents: documentCount + listed.length }, toErase, { erased_documents: documentsOfErased });
      results.at(-1)!.vault_bytes = figures.vaultBytes;
    }
  } finally {
    await core.dispose();
    rmSync(root, { recursive: true, force: true });
  }
  return results;
}

/** pdf-lib keeps the info dictionary accessor private; literal strings in it stay uncompressed. */
function infoOf(pdf: PDFDocument): PDFDict {
  return (pdf as unknown as { getInfoDict(): PDFDict }).getInfoDict();
}
