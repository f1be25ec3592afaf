import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { flipBytes } from '../helpers/pageScan';
import { COUNSELLOR, openRawDatabase } from '../helpers/testCore';
import { details, documentsBench, samplePdf, type DocumentsBench } from '../helpers/documentFixtures';

/**
 * The unlock checks every page of the case data, the log and the schema, but not the documents'
 * bytes (with 2 GB of documents that check took 21 s at each unlock): those are checked when read.
 * A damaged document page leaves the vault usable and that one document says it is damaged; a
 * damaged page of the case data still stops the unlock.
 */
let bench: DocumentsBench;
afterEach(async () => bench?.cleanup());

const PAGE = 4096;
const unlock = { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase };

async function pagesOf(table: string, pageType: string): Promise<number[]> {
  const raw = await openRawDatabase(bench, bench.recoveryKey);
  const pages = raw.prepare('SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno').pluck().all(table, pageType);
  raw.close();
  return pages as number[];
}

function damagePage(pageNumber: number): void {
  flipBytes(join(bench.vaultDir, 'fallbuch.db'), (pageNumber - 1) * PAGE + 200, 64);
}

test('a damaged page of a document: the vault unlocks, that document says it is damaged, the other opens', async () => {
  bench = await documentsBench();
  const damagedPdf = await samplePdf({ pages: 2, padding: 300_000 });
  const intactPdf = await samplePdf({ pages: 1 });
  const { added } = (await bench.call('documents:addFiles', {
    caseId: bench.caseId,
    details: details(),
    files: [
      { name: 'scan.pdf', bytes: damagedPdf },
      { name: 'bescheid.pdf', bytes: intactPdf },
    ],
  })) as { added: { id: string }[] };
  await bench.call('vault:lock');
  const overflow = await pagesOf('document_chunks', 'overflow');
  // The first document's chunk fills the first overflow pages; damage one in its middle.
  damagePage(overflow[10]!);

  await bench.call('vault:unlock', unlock);
  expect(await bench.call('cases:list', {})).toHaveLength(1);
  expect((await bench.fail('documents:open', { id: added[0]!.id })).code).toBe('DOCUMENT_DAMAGED');
  expect(Buffer.from((await bench.call('documents:open', { id: added[1]!.id })).bytes).equals(intactPdf)).toBe(true);
});

test('a damaged page of the case data still stops the unlock', async () => {
  bench = await documentsBench();
  await bench.call('vault:lock');
  const [casePage] = await pagesOf('cases', 'leaf');
  damagePage(casePage!);
  expect((await bench.fail('vault:unlock', unlock)).code).toBe('VAULT_DAMAGED');
});
