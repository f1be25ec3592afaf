import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { containsMarker, dataKeyOf } from '../helpers/pageScan';
import { COUNSELLOR, SUPERVISOR, openRawDatabase } from '../helpers/testCore';
import { details, documentsBench, photoWithLocation, samplePdf, type DocumentsBench } from '../helpers/documentFixtures';
import { pdfPageTexts } from '../helpers/pdfText';

let bench: DocumentsBench;
afterEach(async () => bench?.cleanup());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function switchTo(account: { name: string; passphrase: string }) {
  await bench.call('vault:lock');
  await bench.call('vault:unlock', { account: account.name, passphrase: account.passphrase });
}

test('backup and restore carry the documents: every byte is back after the restore', async () => {
  bench = await documentsBench();
  const first = await samplePdf({ pages: 3, padding: 600_000 });
  const second = await samplePdf({ pages: 1 });
  const { added } = await bench.call('documents:addFiles', {
    caseId: bench.caseId,
    details: details(),
    files: [
      { name: 'eins.pdf', bytes: first },
      { name: 'zwei.pdf', bytes: second },
    ],
  });
  await switchTo(SUPERVISOR);
  const target = join(bench.root, 'Sicherungen');
  mkdirSync(target);
  bench.setFolder(target);
  const created = await bench.call('backup:create', {});
  if (created.cancelled) throw new Error('cancelled');
  // The backup holds ciphertext only.
  expect(readFileSync(join(target, created.fileName)).includes(Buffer.from('%PDF-'))).toBe(false);
  await switchTo(COUNSELLOR);
  await bench.call('documents:delete', { id: added[0]!.id });
  await switchTo(SUPERVISOR);
  bench.clock.advance(60_000);
  await bench.call('backup:restore', { file: join(target, created.fileName), passphrase: SUPERVISOR.passphrase });
  await switchTo(COUNSELLOR);
  const listed = await bench.call('documents:list', { caseId: bench.caseId });
  expect(listed.map((document) => document.fileName).sort()).toEqual(['eins.pdf', 'zwei.pdf']);
  for (const [id, bytes] of [
    [added[0]!.id, first],
    [added[1]!.id, second],
  ] as const) {
    const opened = await bench.call('documents:open', { id });
    expect(Buffer.from(opened.bytes).equals(bytes)).toBe(true);
    expect(opened.document.sha256).toBe(sha256(bytes));
  }
});

test('erasure removes every chunk of the person’s documents from the file and the WAL; another case keeps its own', async () => {
  bench = await documentsBench();
  const marker = 'ZQXERASEDOC';
  const keep = 'ZQXKEEPDOC';
  await bench.call('documents:addFiles', {
    caseId: bench.caseId,
    details: details(),
    files: [{ name: 'weg.pdf', bytes: await samplePdf({ pages: 2, marker, padding: 800_000 }) }],
  });
  const { caseFields } = await import('../helpers/caseFixtures');
  const other = await bench.call('cases:create', { fields: caseFields({ familyName: 'Bleibt' }) });
  await bench.call('documents:addFiles', {
    caseId: other.id,
    details: details(),
    files: [{ name: 'bleibt.pdf', bytes: await samplePdf({ pages: 2, marker: keep }) }],
  });
  const key = dataKeyOf(bench.vaultDir, bench.recoveryKey);
  const file = join(bench.vaultDir, 'fallbuch.db');
  expect(containsMarker(file, key, marker)).toBe(true);
  await bench.call('erasure:erase', {
    caseId: bench.caseId,
    confirmCode: bench.caseCode,
    reason: 'dataSubjectRequest',
    includeOpenDeadlines: true,
  });
  expect(containsMarker(file, key, marker)).toBe(false);
  expect(containsMarker(file, key, keep)).toBe(true);
  const raw = await openRawDatabase(bench, bench.recoveryKey);
  expect(raw.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1);
  expect(raw.prepare('SELECT count(*) FROM document_chunks c JOIN documents d ON d.id = c.document_id').pluck().get()).toBe(
    raw.prepare('SELECT count(*) FROM document_chunks').pluck().get(),
  );
  raw.close();
});

test('the Auskunft (Art. 15) writes the documents as files next to the PDF and JSON and lists them in both', async () => {
  bench = await documentsBench();
  const pdf = await samplePdf({ pages: 2 });
  const { added } = await bench.call('documents:addFiles', {
    caseId: bench.caseId,
    details: details({ kind: 'certificate', note: 'Zeugnis Klasse 10' }),
    files: [{ name: 'Zeugnis.pdf', bytes: pdf }],
  });
  await bench.call('documents:open', { id: added[0]!.id });
  // A photo whose location data was removed on the way in: the person learns the stored file differs.
  await bench.call('documents:addFiles', {
    caseId: bench.caseId,
    details: details({ kind: 'other', date: null }),
    files: [{ name: 'Foto.jpg', bytes: await photoWithLocation() }],
  });
  const target = join(bench.root, 'Auskunft', `Auskunft-${bench.caseCode}.pdf`);
  bench.setSavePath(target);
  const result = await bench.call('disclosure:create', { caseId: bench.caseId });
  if (result.cancelled) throw new Error('cancelled');
  expect(result.documents[0]).toEqual({ savedAs: '01_Zeugnis.pdf', sha256: sha256(pdf), byteLength: pdf.length });
  expect(result.documents.map((document) => document.savedAs)).toEqual(['01_Zeugnis.pdf', '02_Foto.jpg']);
  const folder = join(bench.root, 'Auskunft', `Auskunft-${bench.caseCode}-Dokumente`);
  expect(readFileSync(join(folder, '01_Zeugnis.pdf')).equals(pdf)).toBe(true);
  const json = JSON.parse(readFileSync(target.replace(/\.pdf$/, '.json'), 'utf8')) as {
    documentsFolder: string;
    documents: { savedAs: string; kind: string; note: string }[];
    tables: Record<string, unknown>;
  };
  expect(json.documentsFolder).toBe(`Auskunft-${bench.caseCode}-Dokumente`);
  expect(json.documents).toMatchObject([
    { savedAs: '01_Zeugnis.pdf', kind: 'certificate', note: 'Zeugnis Klasse 10', metadataRemoved: false, convertedFrom: null },
    { savedAs: '02_Foto.jpg', metadataRemoved: true },
  ]);
  expect(json.tables).not.toHaveProperty('documents');
  expect(json.tables).not.toHaveProperty('document_chunks');

  // The accesses in words the person can read; a document's by the name it has in this Auskunft's
  // folder (the JSON keeps the log's codes and the document's id, which the log names).
  const text = (await pdfPageTexts(readFileSync(target))).join('\n');
  expect(text).toContain('Dokument angesehen: „01_Zeugnis.pdf“');
  expect(text).toContain('Dokument hinzugefügt: „01_Zeugnis.pdf“');
  expect(text).toMatch(/02_Foto\.jpg – Sonstiges, Datum: –, 1 KB, Notiz: –\s+Foto-Metadaten \(EXIF\/GPS\) entfernt · SHA-256 [0-9a-f]{64}/);
  expect(text.match(/Metadaten \(EXIF\/GPS\) entfernt/g)).toHaveLength(1);
  expect(text).not.toContain('case.document');
  const logged = JSON.parse(readFileSync(target.replace(/\.pdf$/, '.json'), 'utf8')) as {
    accessLog: { action: string; item: string | null }[];
    documents: { id: string }[];
  };
  expect(logged.documents[0]?.id).toBe(added[0]!.id);
  expect(logged.accessLog).toContainEqual(expect.objectContaining({ action: 'case.document.view', item: added[0]!.id }));
});
