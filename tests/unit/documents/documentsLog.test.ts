import { afterEach, expect, test } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { SUPERVISOR, openRawDatabase } from '../helpers/testCore';
import { details, documentsBench, samplePdf, type DocumentsBench } from '../helpers/documentFixtures';

/**
 * Issue 18's leftover: which document an access was about is readable in the access log (`item`),
 * not only inside the hashed details — and never its file name.
 */

let bench: DocumentsBench;
afterEach(async () => bench?.cleanup());

const FILE_NAME = 'Duldung_Haddad_Rami.pdf';

test('every access to a document names its id as the entry’s item; the log verifies; no file name anywhere in the log', async () => {
  bench = await documentsBench();
  const { added } = await bench.call('documents:addFiles', {
    caseId: bench.caseId,
    details: details(),
    files: [{ name: FILE_NAME, bytes: await samplePdf({ pages: 1 }) }],
  });
  const id = added[0]?.id ?? '';
  await bench.call('documents:list', { caseId: bench.caseId });
  await bench.call('documents:open', { id });
  await bench.call('documents:update', { id, document: { ...details({ note: 'Seite 2 fehlt' }), fileName: 'Duldung.pdf' } });
  await bench.call('documents:delete', { id });

  await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
  expect(await bench.call('audit:verify')).toMatchObject({ intact: true, findings: [] });
  const view = await bench.call('audit:list', { filter: { caseCode: bench.caseCode }, offset: 0, limit: 100 });
  const documentEntries = view.entries
    .filter((entry) => entry.action.startsWith('case.document.'))
    .map((entry) => [entry.action, entry.object, entry.item])
    .reverse();
  expect(documentEntries).toEqual([
    ['case.document.add', bench.caseCode, id],
    ['case.document.list', bench.caseCode, null],
    ['case.document.view', bench.caseCode, id],
    ['case.document.update', bench.caseCode, id],
    ['case.document.delete', bench.caseCode, id],
  ]);

  // The CSV for the data-protection officer has the id in its own column.
  bench.setSavePath(join(bench.root, 'protokoll.csv'));
  await bench.call('audit:export', { filter: { caseCode: bench.caseCode, action: 'case.document.view' }, format: 'csv' });
  const csv = readFileSync(join(bench.root, 'protokoll.csv'), 'utf8');
  expect(csv).toContain(`;Dokument angesehen;${bench.caseCode};${id};`);

  const raw = await openRawDatabase(bench, bench.recoveryKey);
  const rows = raw.prepare('SELECT * FROM audit_log').all();
  raw.close();
  const text = JSON.stringify(rows);
  expect(text).not.toContain('Duldung');
  expect(text).not.toContain('.pdf');
});
