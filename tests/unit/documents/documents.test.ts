import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, expect, test } from 'vitest';
import { openRawDatabase } from '../helpers/testCore';
import { details, documentsBench, photoWithLocation, pngBomb, samplePdf, type DocumentsBench } from '../helpers/documentFixtures';

let bench: DocumentsBench;
afterEach(async () => bench?.cleanup());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test('a PDF added through the dialog is stored in 256 KiB chunks, listed, and read back byte for byte', async () => {
  bench = await documentsBench();
  const pdf = await samplePdf({ pages: 3, marker: 'ZQXDOCMARKER', padding: 700_000 });
  bench.setOpenFiles([bench.source('Duldung_Haddad_Rami.pdf', pdf)]);
  const result = await bench.call('documents:add', { caseId: bench.caseId, details: details({ kind: 'residencePaper', note: 'Kopie' }) });
  expect(result).toMatchObject({ cancelled: false, refused: [], added: [{ fileName: 'Duldung_Haddad_Rami.pdf', notices: [] }] });
  const [listed] = await bench.call('documents:list', { caseId: bench.caseId });
  expect(listed).toMatchObject({
    kind: 'residencePaper',
    note: 'Kopie',
    fileName: 'Duldung_Haddad_Rami.pdf',
    mediaType: 'application/pdf',
    view: 'pdf',
    byteLength: pdf.length,
    sha256: sha256(pdf),
    addedBy: 'Chris Beratung',
  });
  const opened = await bench.call('documents:open', { id: listed!.id });
  expect(Buffer.from(opened.bytes).equals(pdf)).toBe(true);

  const raw = await openRawDatabase(bench, bench.recoveryKey);
  const chunks = raw.prepare('SELECT seq, length(bytes) AS size FROM document_chunks WHERE document_id = ? ORDER BY seq').all(listed!.id);
  expect(chunks.length).toBe(Math.ceil(pdf.length / 262144));
  expect(chunks.slice(0, -1).every((chunk) => (chunk as { size: number }).size === 262144)).toBe(true);
  raw.close();
});

test('a damaged chunk is reported as damaged, never shown', async () => {
  bench = await documentsBench();
  const { added } = (await bench.call('documents:addFiles', {
    caseId: bench.caseId,
    details: details(),
    files: [{ name: 'scan.pdf', bytes: await samplePdf({ pages: 2 }) }],
  })) as { added: { id: string }[] };
  const id = added[0]!.id;
  const raw = await openRawDatabase(bench, bench.recoveryKey, false);
  raw.prepare(`UPDATE document_chunks SET bytes = zeroblob(length(bytes)) WHERE document_id = ? AND seq = 0`).run(id);
  raw.close();
  expect((await bench.fail('documents:open', { id })).code).toBe('DOCUMENT_DAMAGED');
  bench.setSavePath(join(bench.root, 'Kopie.pdf'));
  expect((await bench.fail('documents:saveCopy', { id })).code).toBe('DOCUMENT_DAMAGED');
  expect(existsSync(join(bench.root, 'Kopie.pdf'))).toBe(false);
});

test('bad input gets a German reason per file and nothing is stored for it; good files in the same batch are kept', async () => {
  bench = await documentsBench();
  const pdf = await samplePdf({ pages: 1 });
  const files = [
    { name: 'leer.pdf', bytes: new Uint8Array(0) },
    { name: 'abgeschnitten.pdf', bytes: pdf.subarray(0, Math.floor(pdf.length * 0.6)) },
    { name: 'formular.pdf', bytes: await samplePdf({ javaScript: true }) },
    { name: 'bombe.png', bytes: pngBomb() },
    { name: 'rechnung.pdf', bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]) },
    { name: 'start.bat', bytes: Buffer.from('@echo off\r\ndel *.*\r\n') },
    { name: 'ordner.zip', bytes: Buffer.from('504b0304140000000000000000000000000000000000000000000000000000', 'hex') },
    { name: 'bescheid.pdf', bytes: pdf },
  ];
  const result = await bench.call('documents:addFiles', { caseId: bench.caseId, details: details(), files });
  expect(result.added.map((file) => file.fileName)).toEqual(['bescheid.pdf']);
  expect(result.refused.map((file) => [file.fileName, file.reason.key])).toEqual([
    ['leer.pdf', 'documents.refused.empty'],
    ['abgeschnitten.pdf', 'documents.refused.pdfTruncated'],
    ['formular.pdf', 'documents.refused.pdfJavaScript'],
    ['bombe.png', 'documents.refused.imageTooLarge'],
    ['rechnung.pdf', 'documents.refused.executable'],
    ['start.bat', 'documents.refused.script'],
    ['ordner.zip', 'documents.refused.archive'],
  ]);
  expect(result.refused[3]?.reason.params).toEqual({ megapixels: 10000, limit: 120 });
  const raw = await openRawDatabase(bench, bench.recoveryKey);
  expect(raw.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1);
  expect(raw.prepare('SELECT count(*) FROM document_chunks').pluck().get()).toBe(1);
  raw.close();
});

test('the type comes from the content: a PNG named .pdf is kept as a PNG with a corrected name and a notice', async () => {
  bench = await documentsBench();
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
    .png()
    .toBuffer();
  const result = await bench.call('documents:addFiles', {
    caseId: bench.caseId,
    details: details(),
    files: [{ name: 'scan.pdf', bytes: png }],
  });
  expect(result.added).toEqual([
    {
      id: expect.any(String),
      fileName: 'scan.png',
      notices: [{ key: 'documents.notice.extensionCorrected', params: { from: 'pdf', to: 'png', type: 'documents.type.png' } }],
    },
  ]);
  const [stored] = await bench.call('documents:list', { caseId: bench.caseId });
  expect(stored).toMatchObject({ mediaType: 'image/png', view: 'image' });
});

test('a phone photo loses its EXIF and GPS data and keeps its orientation', async () => {
  bench = await documentsBench();
  const photo = await photoWithLocation(64, 48);
  const before = await sharp(photo).metadata();
  expect(before.exif?.includes(Buffer.from('Telefon'))).toBe(true);
  expect(before.orientation).toBe(6);
  const result = await bench.call('documents:addFiles', {
    caseId: bench.caseId,
    details: details(),
    files: [{ name: 'IMG_0001.JPG', bytes: photo }],
  });
  expect(result.added[0]?.notices).toEqual([{ key: 'documents.notice.metadataRemoved', params: {} }]);
  const { bytes, document } = await bench.call('documents:open', { id: result.added[0]!.id });
  expect(document).toMatchObject({ metadataRemoved: true, mediaType: 'image/jpeg', fileName: 'IMG_0001.JPG' });
  const metadata = await sharp(Buffer.from(bytes)).metadata();
  expect(metadata.exif).toBeUndefined();
  expect(Buffer.from(bytes).includes(Buffer.from('Telefon'))).toBe(false);
  // Orientation 6 (90° clockwise) is applied to the pixels: 64 × 48 becomes 48 × 64.
  expect([metadata.width, metadata.height]).toEqual([48, 64]);
});

test('a HEIC file that cannot be decoded gets a clear message', async () => {
  bench = await documentsBench();
  const fake = Buffer.concat([Buffer.from('0000001866747970686569630000000068656963', 'hex'), Buffer.alloc(64)]);
  const result = await bench.call('documents:addFiles', {
    caseId: bench.caseId,
    details: details(),
    files: [{ name: 'IMG_1.HEIC', bytes: fake }],
  });
  expect(result.refused).toEqual([{ fileName: 'IMG_1.HEIC', reason: { key: 'documents.refused.heicUnreadable', params: {} } }]);
});

test('too large files are refused before they are read; the dialog may be cancelled', async () => {
  bench = await documentsBench();
  const big = bench.source('riesig.pdf', Buffer.alloc(50 * 1024 * 1024 + 1));
  bench.setOpenFiles([big]);
  const result = await bench.call('documents:add', { caseId: bench.caseId, details: details() });
  expect(result).toMatchObject({
    refused: [{ fileName: 'riesig.pdf', reason: { key: 'documents.refused.tooLarge', params: { limit: 50 } } }],
  });
  bench.setOpenFiles(null);
  expect(await bench.call('documents:add', { caseId: bench.caseId, details: details() })).toEqual({ cancelled: true });
});

test('rename, kind, note and link are edited with history; a status link sets „Dokument gesehen am“; replace keeps the details', async () => {
  bench = await documentsBench();
  await bench.call('status:add', {
    caseId: bench.caseId,
    status: {
      status: 'duldung60a',
      validFrom: '2026-06-01',
      validUntil: '2026-12-31',
      workPermission: null,
      residenceObligation: null,
      identityClarified: null,
      documentSeenOn: null,
    },
  });
  const statusId = (await bench.call('cases:get', { id: bench.caseId })).statuses[0]!.id;
  const { added } = await bench.call('documents:addFiles', {
    caseId: bench.caseId,
    details: details({ kind: 'residencePaper', link: { type: 'status', id: statusId } }),
    files: [{ name: 'duldung.pdf', bytes: await samplePdf() }],
  });
  const id = added[0]!.id;
  expect((await bench.call('cases:get', { id: bench.caseId })).statuses[0]?.documentSeenOn).toBe('2026-11-21');

  await bench.call('documents:update', {
    id,
    document: { fileName: 'Duldung 2026.pdf', kind: 'notice', date: '2026-06-01', note: 'Verlängerung beantragt', link: null },
  });
  const [updated] = await bench.call('documents:list', { caseId: bench.caseId });
  expect(updated).toMatchObject({ fileName: 'Duldung 2026.pdf', kind: 'notice', note: 'Verlängerung beantragt', link: null });
  const history = await bench.call('history:list', { caseId: bench.caseId });
  expect(history.filter((row) => row.table === 'documents').map((row) => row.field)).toEqual(
    expect.arrayContaining(['fileName', 'kind', 'date', 'note', 'link']),
  );
  // A link into another case is refused.
  const other = await bench.call('cases:create', {
    fields: (await import('../helpers/caseFixtures')).caseFields({ familyName: 'Andere' }),
  });
  const { id: entryId } = await bench.call('journal:add', {
    caseId: other.id,
    entry: (await import('../helpers/caseFixtures')).journalInput(),
  });
  const refused = await bench.fail('documents:update', {
    id,
    document: { fileName: 'x.pdf', kind: 'notice', date: null, note: '', link: { type: 'journal', id: entryId } },
  });
  expect(refused.code).toBe('DOCUMENT_LINK_INVALID');

  const replacement = await samplePdf({ pages: 4 });
  bench.setOpenFiles([bench.source('neu.pdf', replacement)]);
  expect(await bench.call('documents:replace', { id })).toEqual({ cancelled: false, notices: [] });
  const [replaced] = await bench.call('documents:list', { caseId: bench.caseId });
  expect(replaced).toMatchObject({ fileName: 'neu.pdf', kind: 'notice', note: 'Verlängerung beantragt', sha256: sha256(replacement) });
  expect(Buffer.from((await bench.call('documents:open', { id })).bytes).equals(replacement)).toBe(true);
});

test('save copy writes the exact bytes where the user chose; cancel writes nothing; other types cannot be viewed', async () => {
  bench = await documentsBench();
  const { zipSync, strToU8 } = await import('fflate');
  const docx = zipSync({
    '[Content_Types].xml': strToU8(
      '<Types><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8('<w/>'),
  });
  const { added } = await bench.call('documents:addFiles', {
    caseId: bench.caseId,
    details: details(),
    files: [{ name: 'Brief.docx', bytes: docx }],
  });
  const id = added[0]!.id;
  expect((await bench.fail('documents:open', { id })).code).toBe('DOCUMENT_NOT_VIEWABLE');
  bench.setSavePath(null);
  expect(await bench.call('documents:saveCopy', { id })).toEqual({ cancelled: true });
  const target = join(bench.root, 'Ablage', 'Brief.docx');
  bench.setSavePath(target);
  const saved = await bench.call('documents:saveCopy', { id });
  expect(saved).toMatchObject({ cancelled: false, file: { fileName: 'Brief.docx', sha256: sha256(docx) } });
  expect(readFileSync(target).equals(Buffer.from(docx))).toBe(true);
});

test('the access log names the case code and the action, never the file name; supervisors see no documents', async () => {
  bench = await documentsBench();
  const { added } = await bench.call('documents:addFiles', {
    caseId: bench.caseId,
    details: details(),
    files: [{ name: 'Duldung_Haddad_Rami.pdf', bytes: await samplePdf() }],
  });
  const id = added[0]!.id;
  await bench.call('documents:open', { id });
  bench.setSavePath(join(bench.root, 'Ablage', 'kopie.pdf'));
  await bench.call('documents:saveCopy', { id });
  await bench.call('documents:delete', { id });
  const raw = await openRawDatabase(bench, bench.recoveryKey);
  const rows = raw.prepare(`SELECT action, object FROM audit_log WHERE action LIKE 'case.document.%' ORDER BY seq`).all();
  expect(rows).toEqual([
    { action: 'case.document.add', object: bench.caseCode },
    { action: 'case.document.view', object: bench.caseCode },
    { action: 'case.document.saveCopy', object: bench.caseCode },
    { action: 'case.document.delete', object: bench.caseCode },
  ]);
  const everything = JSON.stringify(raw.prepare('SELECT * FROM audit_log').all());
  expect(everything).not.toMatch(/Haddad|Duldung_|kopie\.pdf/);
  raw.close();
  expect(await bench.call('documents:list', { caseId: bench.caseId })).toEqual([]);
  await bench.call('vault:lock');
  const { SUPERVISOR } = await import('../helpers/testCore');
  await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
  expect((await bench.fail('documents:list', { caseId: bench.caseId })).code).toBe('FORBIDDEN');
  expect((await bench.call('documents:storage')).documentCount).toBe(0);
});

test('the statistics never read documents: no statistics source reads their tables or imports the feature', async () => {
  const { readdirSync } = await import('node:fs');
  const folder = join(__dirname, '../../../src/main/stats');
  for (const name of readdirSync(folder)) {
    const source = readFileSync(join(folder, name), 'utf8');
    expect(source, name).not.toMatch(/\b(FROM|JOIN)\s+"?document(s|_chunks)\b/i);
    expect(source, name).not.toMatch(/from '\.\.\/documents'/);
  }
});

test('every refusal and notice the checks can give has a German and an English text', async () => {
  const { de } = await import('../../../src/shared/i18n/de');
  const { en } = await import('../../../src/shared/i18n/en');
  const source = readFileSync(join(__dirname, '../../../src/main/documents/fileCheck.ts'), 'utf8');
  const keys = [...source.matchAll(/refuse\('(\w+)'/g)].map((match) => `documents.refused.${match[1]}`);
  keys.push(...[...source.matchAll(/'(documents\.notice\.\w+)'/g)].map((match) => match[1]!));
  expect(keys.length).toBeGreaterThan(12);
  for (const key of keys) {
    expect(de, key).toHaveProperty([key]);
    expect(en, key).toHaveProperty([key]);
  }
});
