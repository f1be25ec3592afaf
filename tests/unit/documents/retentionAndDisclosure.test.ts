import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { planDocumentRetention, writeDisclosedDocuments } from '../../../src/main/documents';
import { openRawDatabase } from '../helpers/testCore';
import { details, documentsBench, samplePdf, type DocumentsBench } from '../helpers/documentFixtures';

let bench: DocumentsBench;
afterEach(async () => bench?.cleanup());

test('retention by kind and age: a document is due N years after its date (or after it was added); other kinds stay', async () => {
  bench = await documentsBench();
  const pdf = await samplePdf();
  const add = async (kind: 'notice' | 'certificate', date: string | null) =>
    (
      await bench.call('documents:addFiles', {
        caseId: bench.caseId,
        details: details({ kind, date }),
        files: [{ name: 'x.pdf', bytes: pdf }],
      })
    ).added[0]!.id;
  const oldNotice = await add('notice', '2023-06-30');
  await add('notice', '2025-01-10');
  await add('certificate', '2019-01-01');
  const undated = await add('notice', null);
  const raw = await openRawDatabase(bench, bench.recoveryKey);
  const plan = planDocumentRetention(raw, [{ kind: 'notice', years: 2 }], '2026-11-21');
  expect(plan.map((item) => [item.id, item.kind, item.referenceDate, item.dueSince, item.code])).toEqual([
    [oldNotice, 'notice', '2023-06-30', '2025-06-30', bench.caseCode],
  ]);
  // Added today without a date: due two years from now, not before.
  expect(planDocumentRetention(raw, [{ kind: 'notice', years: 2 }], '2028-11-21').map((item) => item.id)).toContain(undated);
  expect(planDocumentRetention(raw, [], '2040-01-01')).toEqual([]);
  raw.close();
});

test('the Auskunft writes every document of the person as a numbered file, byte for byte, and lists it', async () => {
  bench = await documentsBench();
  const first = await samplePdf({ pages: 2 });
  const second = await samplePdf({ pages: 1 });
  await bench.call('documents:addFiles', {
    caseId: bench.caseId,
    details: details({ kind: 'residencePaper', note: 'Duldung' }),
    files: [
      { name: 'Duldung.pdf', bytes: first },
      { name: 'Duldung.pdf', bytes: second },
    ],
  });
  const raw = await openRawDatabase(bench, bench.recoveryKey);
  const folder = join(bench.root, 'Auskunft-Dokumente');
  const listed = writeDisclosedDocuments(raw, bench.caseId, folder);
  raw.close();
  expect(readdirSync(folder).sort()).toEqual(listed.map((document) => document.savedAs).sort());
  expect(new Set(listed.map((document) => document.savedAs)).size).toBe(2);
  for (const document of listed) {
    const bytes = readFileSync(join(folder, document.savedAs));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.sha256);
    expect(document).toMatchObject({ fileName: 'Duldung.pdf', kind: 'residencePaper', note: 'Duldung', mediaType: 'application/pdf' });
  }
});

test('retention rules target documents by kind and age: the dry run lists them by case code and kind, the run deletes exactly those', async () => {
  bench = await documentsBench();
  const pdf = await samplePdf();
  const add = async (kind: 'notice' | 'certificate', date: string) =>
    (
      await bench.call('documents:addFiles', {
        caseId: bench.caseId,
        details: details({ kind, date }),
        files: [{ name: 'Bescheid_Name.pdf', bytes: pdf }],
      })
    ).added[0]!.id;
  await add('notice', '2023-01-15');
  const keptNotice = await add('notice', '2026-01-15');
  const certificate = await add('certificate', '2015-01-15');
  const { SUPERVISOR, COUNSELLOR } = await import('../helpers/testCore');
  await bench.call('vault:lock');
  await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
  const rules = await bench.call('retention:getRules');
  expect(rules.documents).toEqual([]);
  await bench.call('retention:setRules', { rules: { ...rules, closedCases: null, documents: [{ kind: 'notice', years: 2 }] } });
  const plan = await bench.call('retention:preview');
  expect(plan.items).toEqual([
    {
      category: 'documents',
      object: bench.caseCode,
      reason: 'retention.reason.documents',
      referenceDate: '2023-01-15',
      dueSince: '2025-01-15',
      documentKind: 'notice',
    },
  ]);
  expect(JSON.stringify(plan)).not.toContain('Bescheid_Name');
  const result = await bench.call('retention:run', { planId: plan.planId });
  expect(result.deleted).toEqual({ closedCases: 0, dormantCases: 0, structuralNotes: 0, documents: 1 });
  await bench.call('vault:lock');
  await bench.call('vault:unlock', { account: COUNSELLOR.name, passphrase: COUNSELLOR.passphrase });
  expect((await bench.call('documents:list', { caseId: bench.caseId })).map((document) => document.id).sort()).toEqual(
    [keptNotice, certificate].sort(),
  );
  const raw = await openRawDatabase(bench, bench.recoveryKey);
  expect(raw.prepare(`SELECT reason FROM audit_log WHERE action = 'case.document.delete'`).pluck().all()).toEqual(['retention']);
  raw.close();
});
