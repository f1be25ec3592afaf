import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { translate } from '../../../src/shared/i18n';
import { itemLabel } from '../../../src/renderer/src/audit/formatAudit';
import type { VaultDatabase } from '../../../src/main/kernel/db/database';
import { encodeEntry, encodeFields } from '../../../src/main/session/log/chain';
import { appendAccessLog } from '../../../src/main/session/log/accessLog';
import type { AuditRow } from '../../../src/main/session/log/repository';
import { caseFields, createAuditBench, type AuditBench } from '../helpers/auditBench';
import { openRawDatabase } from '../helpers/testCore';

/**
 * Issue 18: the document an entry is about is readable in the log (`item`, schema 16), and it is in
 * the MAC only when set, so the chains of older vaults verify unchanged.
 */

let bench: AuditBench;
afterEach(async () => bench?.cleanup());

const DOCUMENT = '6f1c2d4e-8a9b-4c3d-9e8f-0a1b2c3d4e5f';

type Raw = Awaited<ReturnType<typeof openRawDatabase>>;

async function withRaw<T>(work: (raw: Raw) => T, readonly = false): Promise<T> {
  const raw = await openRawDatabase(bench, bench.recoveryKey, readonly);
  try {
    return work(raw);
  } finally {
    raw.close();
  }
}

/** A case and some entries with and without an item, appended through the log's one seam. */
async function logWithItems(): Promise<{ code: string; withItem: number; without: number }> {
  bench = await createAuditBench();
  const { code } = await bench.call('cases:create', { fields: caseFields() });
  await bench.call('vault:lock');
  const actor = { userId: 'u-test', name: 'Chris Beratung', role: 'counsellor' as const };
  return withRaw((raw) => {
    const db = raw as unknown as VaultDatabase;
    const at = new Date('2026-11-21T09:30:00.000Z');
    const withItem = appendAccessLog(db, {
      at,
      actor,
      action: 'case.document.view',
      object: code,
      item: DOCUMENT,
      details: { document: DOCUMENT },
    });
    const without = appendAccessLog(db, { at, actor, action: 'case.view', object: code });
    return { code, withItem, without };
  });
}

async function tamper(statement: string, ...params: (string | number | null)[]): Promise<void> {
  await withRaw((raw) => {
    raw.exec('DROP TRIGGER IF EXISTS audit_log_no_update;');
    raw.prepare(statement).run(...params);
  });
}

describe('the item of a log entry', () => {
  test('an entry without an item encodes exactly as before schema 16; one with an item adds one field', () => {
    const row: AuditRow = {
      seq: 7,
      at: '2026-11-21T09:00:00.000Z',
      userId: 'u1',
      userName: 'Chris',
      role: 'counsellor',
      action: 'case.document.view',
      object: 'LEV-2026-0001',
      reason: null,
      detailsHash: null,
      breakGlass: 0,
      mac: null,
      item: null,
    };
    const before = ['7', row.at, 'u1', 'Chris', 'counsellor', 'case.document.view', 'LEV-2026-0001', null, null, '0'];
    expect(encodeEntry(row).equals(encodeFields('fallbuch-audit-entry-v1', before))).toBe(true);
    expect(encodeEntry({ ...row, item: DOCUMENT }).equals(encodeFields('fallbuch-audit-entry-v1', [...before, DOCUMENT]))).toBe(true);
    // An empty item is still an item: never the same bytes as none.
    expect(encodeEntry({ ...row, item: '' }).equals(encodeEntry(row))).toBe(false);
  });

  test('a log with and without items verifies, and the view names the document', async () => {
    const { code, withItem, without } = await logWithItems();
    await bench.asSupervisor();
    const report = await bench.call('audit:verify');
    expect(report).toMatchObject({ intact: true, findings: [] });
    const view = await bench.call('audit:list', { filter: { caseCode: code }, offset: 0, limit: 50 });
    expect(view.entries.find((entry) => entry.seq === withItem)).toMatchObject({
      action: 'case.document.view',
      object: code,
      item: DOCUMENT,
    });
    expect(view.entries.find((entry) => entry.seq === without)).toMatchObject({ action: 'case.view', item: null });
    expect(view.entries.filter((entry) => entry.item !== null)).toHaveLength(1);
  });

  test('the view and its export filter by the document: only the entries about it, said in the export', async () => {
    const { code, withItem } = await logWithItems();
    await bench.asSupervisor();
    const filter = { caseCode: code, item: DOCUMENT };
    const view = await bench.call('audit:list', { filter, offset: 0, limit: 50 });
    expect(view.entries.map((entry) => entry.seq)).toEqual([withItem]);
    expect(view.total).toBe(1);
    const other = await bench.call('audit:list', {
      filter: { caseCode: code, item: 'aaaaaaaa-8a9b-4c3d-9e8f-0a1b2c3d4e5f' },
      offset: 0,
      limit: 50,
    });
    expect(other.total).toBe(0);
    expect((await bench.fail('audit:list', { filter: { item: '' }, offset: 0, limit: 50 })).code).toBe('INVALID_INPUT');
    bench.saveAs.push(join(bench.out, 'document.csv'));
    await bench.call('audit:export', { filter, format: 'csv' });
    const csv = bench.read('document.csv');
    expect(csv).toContain(`Dokument ${DOCUMENT}`);
    const [, table = ''] = csv.split('\r\n\r\n');
    expect(table.trim().split('\r\n')).toHaveLength(2);
  });

  test.each([
    { how: 'changed', target: 'withItem', item: 'aaaaaaaa-8a9b-4c3d-9e8f-0a1b2c3d4e5f' },
    { how: 'removed', target: 'withItem', item: null },
    { how: 'put on an entry without one', target: 'without', item: DOCUMENT },
  ] as const)('an item $how afterwards is found and named by its entry', async ({ target, item }) => {
    const seqs = await logWithItems();
    const seq = seqs[target];
    await tamper(`UPDATE audit_log SET item = ? WHERE seq = ?`, item, seq);
    await bench.asSupervisor();
    const report = await bench.call('audit:verify');
    expect(report.intact).toBe(false);
    expect(report.findings).toEqual([{ kind: 'changed', fromSeq: seq, toSeq: seq, otherSeq: null }]);
  });

  test('the CSV has the document id in a column of its own; the screen and the PDF say „Dokument …“ next to the case code', async () => {
    const { code, withItem } = await logWithItems();
    await bench.asSupervisor();
    bench.saveAs.push(join(bench.out, 'log.csv'), join(bench.out, 'log.pdf'));
    await bench.call('audit:export', { filter: { caseCode: code }, format: 'csv' });
    await bench.call('audit:export', { filter: { caseCode: code }, format: 'pdf' });
    const [, table = ''] = bench.read('log.csv').split('\r\n\r\n');
    const [header = '', ...rows] = table
      .trim()
      .split('\r\n')
      .map((line) => line.split(';'));
    const column = header.indexOf('Dokument/Element (Kennung)');
    expect(column).toBe(header.indexOf('Fall/Objekt') + 1);
    expect(rows.filter((row) => row[column] !== '')).toEqual([expect.arrayContaining([String(withItem), code, DOCUMENT])]);
    // The PDF wraps the id inside the narrow object column: compare without the line breaks.
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(join(bench.out, 'log.pdf'))), useSystemFonts: false }).promise;
    const content = await (await pdf.getPage(1)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    expect(text.replace(/\s/g, '')).toContain(`${code}Dokument${DOCUMENT}`);
    // The screen's words for the same entry.
    const label = itemLabel({ action: 'case.document.view', item: DOCUMENT });
    expect(label && translate('de', label.key, label.params)).toBe(`Dokument ${DOCUMENT}`);
    expect(itemLabel({ action: 'case.view', item: null })).toBeNull();
  });
});
