import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { caseFields } from '../helpers/caseFixtures';
import { containsMarker, dataKeyOf } from '../helpers/pageScan';
import { COUNSELLOR, SUPERVISOR, createTestBench, openRawDatabase, type TestBench } from '../helpers/testCore';
import { details, documentsBench, samplePdf, type DocumentsBench } from '../helpers/documentFixtures';

let bench: DocumentsBench | TestBench | undefined;
const mounts: string[] = [];
afterEach(async () => {
  await bench?.core.dispose();
  for (const mount of mounts.splice(0)) execFileSync('umount', [mount]);
  await bench?.cleanup();
  bench = undefined;
});

const canMount = process.platform === 'linux' && process.getuid?.() === 0;

/** Every file below `root` changed since `since` whose raw bytes hold the marker (folders in `skip` left out). */
export function filesWithMarker(root: string, marker: Buffer, since: number, skip: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    let entries: string[];
    try {
      entries = readdirSync(folder);
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry);
      if (skip.some((skipped) => path.startsWith(skipped))) continue;
      let info;
      try {
        info = statSync(path);
      } catch {
        continue;
      }
      if (info.isDirectory()) walk(path);
      else if (info.isFile() && info.mtimeMs >= since && info.size < 300 * 1024 * 1024) {
        try {
          if (readFileSync(path).includes(marker)) found.push(path);
        } catch {
          // Gone or unreadable meanwhile: another process's temporary file.
        }
      }
    }
  };
  walk(root);
  return found;
}

test('a deleted document leaves no byte of its content in the vault file or the WAL; another document stays', async () => {
  const documents = await documentsBench();
  bench = documents;
  const marker = 'ZQXDOCGONE';
  const keep = 'ZQXDOCKEEP';
  const add = async (text: string) =>
    (
      await documents.call('documents:addFiles', {
        caseId: documents.caseId,
        details: details({ note: `Notiz ${text.toLowerCase()}note` }),
        files: [{ name: `${text}.pdf`, bytes: await samplePdf({ pages: 2, marker: text, padding: 400_000 }) }],
      })
    ).added[0]!.id;
  const gone = await add(marker);
  await add(keep);
  const key = dataKeyOf(documents.vaultDir, documents.recoveryKey);
  const file = join(documents.vaultDir, 'fallbuch.db');
  expect(containsMarker(file, key, marker)).toBe(true);
  expect((await documents.call('search:query', { text: `${marker.toLowerCase()}note` })).length).toBe(1);
  const before = (await documents.call('documents:storage')).vaultBytes;

  await documents.call('documents:delete', { id: gone });
  expect(containsMarker(file, key, marker)).toBe(false);
  expect(containsMarker(file, key, keep)).toBe(true);
  expect(await documents.call('search:query', { text: `${marker.toLowerCase()}note` })).toEqual([]);
  const after = await documents.call('documents:storage');
  // The space is given back without a VACUUM: the file shrank by about the document's size.
  expect(after.vaultBytes).toBeLessThan(before - 300_000);
  expect(after).toMatchObject({ documentCount: 1, reclaimableBytes: 0, maxDocumentBytes: 50 * 1024 * 1024 });
  expect(statSync(file).size).toBe(after.vaultBytes);
});

test('no plaintext of a marker document in the vault folder or the temp folder after add, view, save-copy-cancel, delete and lock', async () => {
  const since = Date.now() - 1000;
  const documents = await documentsBench();
  bench = documents;
  const marker = `ZQXTEMP${process.pid}${Date.now()}`;
  const pdf = await samplePdf({ pages: 3, marker });
  const photo = documents.source('marker.pdf', pdf);
  documents.setOpenFiles([photo]);
  const added = await documents.call('documents:add', { caseId: documents.caseId, details: details() });
  const id = (added as { added: { id: string }[] }).added[0]!.id;
  const needle = Buffer.from(marker);
  const scan = () => filesWithMarker(tmpdir(), needle, since, [documents.sourceDir]);
  expect(scan()).toEqual([]);
  expect(Buffer.from((await documents.call('documents:open', { id })).bytes).includes(needle)).toBe(true);
  expect(scan()).toEqual([]);
  documents.setSavePath(null);
  expect(await documents.call('documents:saveCopy', { id })).toEqual({ cancelled: true });
  expect(scan()).toEqual([]);
  await documents.call('documents:delete', { id });
  expect(scan()).toEqual([]);
  await documents.call('vault:lock');
  expect(scan()).toEqual([]);
  // Positive control: the scanner finds the file the user picked.
  expect(filesWithMarker(tmpdir(), needle, since, [])).toEqual([photo]);
});

test.runIf(canMount)('a full disk during add leaves no half document; after freeing space the same file goes in', async () => {
  const base = createTestBench();
  bench = base;
  const small = join(base.root, 'knapp');
  mkdirSync(small, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', small]);
  mounts.push(small);
  const vaultDir = join(small, 'Tresor');
  const { recoveryKey } = await base.call('vault:setup', { vaultDir, supervisor: SUPERVISOR, counsellor: COUNSELLOR });
  const { id: caseId } = await base.call('cases:create', { fields: caseFields() });
  const used = readdirSync(vaultDir).reduce((sum, name) => sum + statSync(join(vaultDir, name)).size, 0);
  // Leave about 1.5 MB: less than the 3 MB document needs in the WAL.
  const filler = join(small, 'fueller');
  writeFileSync(filler, Buffer.alloc(8 * 1024 * 1024 - used - 1_500_000 - 512 * 1024));
  const pdf = await samplePdf({ pages: 1, padding: 3_000_000 });
  const result = await base.call('documents:addFiles', {
    caseId,
    details: details(),
    files: [
      { name: 'gross.pdf', bytes: pdf },
      { name: 'danach.pdf', bytes: pdf },
    ],
  });
  expect(result.added).toEqual([]);
  expect(result.refused).toEqual([
    { fileName: 'gross.pdf', reason: { key: 'error.STORAGE_FULL', params: {} } },
    { fileName: 'danach.pdf', reason: { key: 'error.STORAGE_FULL', params: {} } },
  ]);
  rmSync(filler);
  const raw = await openRawDatabase({ ...base, vaultDir }, recoveryKey);
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(raw.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
  expect(raw.prepare('SELECT count(*) FROM document_chunks').pluck().get()).toBe(0);
  expect(raw.prepare(`SELECT count(*) FROM audit_log WHERE action = 'case.document.add'`).pluck().get()).toBe(0);
  raw.close();
  const again = await base.call('documents:addFiles', { caseId, details: details(), files: [{ name: 'gross.pdf', bytes: pdf }] });
  expect(again.added).toHaveLength(1);
  const opened = await base.call('documents:open', { id: again.added[0]!.id });
  expect(Buffer.from(opened.bytes).equals(pdf)).toBe(true);
});
