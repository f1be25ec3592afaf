import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { caseFields, createAuditBench, type AuditBench } from '../helpers/auditBench';
import { COUNSELLOR, openRawDatabase } from '../helpers/testCore';

let bench: AuditBench;
afterEach(async () => bench?.cleanup());

async function withCases(): Promise<string> {
  bench = await createAuditBench();
  const { id, code } = await bench.call('cases:create', { fields: caseFields() });
  await bench.call('cases:get', { id });
  await bench.call('cases:update', { id, fields: caseFields({ phase: 'assessment' }) });
  await bench.call('search:query', { text: 'Müller' });
  await bench.call('vault:lock');
  await bench.asSupervisor();
  return code;
}

describe('the log view', () => {
  test('filters by user, case code, action and period; newest first, windowed', async () => {
    const code = await withCases();
    const all = await bench.call('audit:list', { filter: {}, offset: 0, limit: 500 });
    expect(all.entries.map((entry) => entry.seq)).toEqual([...all.entries.map((entry) => entry.seq)].sort((a, b) => b - a));
    const facets = await bench.call('audit:facets');
    const counsellorId = facets.users.find((user) => user.name === COUNSELLOR.name)?.userId;
    expect(facets.actions).toEqual(expect.arrayContaining(['case.view', 'case.update', 'search', 'vault.unlock']));
    const byCase = await bench.call('audit:list', { filter: { caseCode: code.toLowerCase() }, offset: 0, limit: 50 });
    expect(byCase.entries.map((entry) => entry.action).reverse()).toEqual(['case.create', 'case.view', 'case.update']);
    const byUser = await bench.call('audit:list', { filter: { userId: counsellorId, action: 'search' }, offset: 0, limit: 50 });
    expect(byUser.total).toBe(1);
    expect(byUser.entries[0]).toMatchObject({ userName: COUNSELLOR.name, role: 'counsellor', object: null });
    // The first page of a view is logged first, so the view counts its own reading; scrolling (offset > 0)
    // in the same view (pinned to its last entry) is not logged again and sees exactly the same rows.
    const fresh = await bench.call('audit:list', { filter: {}, offset: 0, limit: 500 });
    expect(fresh.entries[0]).toMatchObject({ action: 'audit.view', seq: fresh.upToSeq });
    expect(fresh.total).toBe(fresh.upToSeq);
    const window = await bench.call('audit:list', { filter: { upToSeq: fresh.upToSeq ?? 0 }, offset: 2, limit: 3 });
    expect(window).toMatchObject({ total: fresh.total, offset: 2, upToSeq: fresh.upToSeq, newer: 0 });
    expect(window.entries.map((entry) => entry.seq)).toEqual(fresh.entries.slice(2, 5).map((entry) => entry.seq));
    // Periods are calendar days: the bench clock is 2026-11-21.
    expect((await bench.call('audit:list', { filter: { from: '2026-11-22' }, offset: 0, limit: 10 })).total).toBe(0);
    expect(
      (await bench.call('audit:list', { filter: { from: '2026-11-21', to: '2026-11-21', action: 'case.view' }, offset: 0, limit: 10 }))
        .total,
    ).toBe(1);
    expect((await bench.fail('audit:list', { filter: { from: '21.11.2026' }, offset: 0, limit: 10 })).fields).toEqual({
      'filter.from': 'validation.date',
    });
    expect((await bench.fail('audit:list', { filter: {}, offset: 0, limit: 501 })).code).toBe('INVALID_INPUT');
  });

  test('what is logged: fields changed (never values), that a search happened (never the terms)', async () => {
    await withCases();
    const raw = await openRawDatabase(bench, bench.recoveryKey);
    const dump = JSON.stringify(raw.prepare('SELECT * FROM audit_log').all());
    const update = raw.prepare(`SELECT details_hash AS hash FROM audit_log WHERE action = 'case.update'`).get() as { hash: string };
    raw.close();
    expect(dump).not.toMatch(/Müller|Ayşe|assessment/);
    expect(update.hash).toBe(
      createHash('sha256')
        .update(JSON.stringify({ fields: ['phase'] }))
        .digest('hex'),
    );
  });
});

describe('export for the data-protection officer', () => {
  test('CSV for German Excel and a PDF, each logged with its file hash', async () => {
    const code = await withCases();
    bench.saveAs.push(join(bench.out, 'protokoll.csv'));
    const csv = await bench.call('audit:export', { filter: { caseCode: code }, format: 'csv' });
    if (!csv.saved) throw new Error('not saved');
    const bytes = readFileSync(join(bench.out, 'protokoll.csv'));
    expect(csv.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFFZugriffsprotokoll – Auszug\r\n')).toBe(true);
    const upToSeq = Number(/bis Eintrag Nr\. (\d+)/.exec(text)?.[1]);
    const [, table = ''] = text.split('\r\n\r\n');
    const lines = table.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Nr.;Zeitpunkt;Zeitpunkt (ISO 8601, mit Abstand zu UTC);Konto;Rolle;Aktion;Fall/Objekt;Dokument/Element (Kennung);Grund;Notfallzugriff;Prüfsumme der Details',
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`;${COUNSELLOR.name};Beratungsfachkraft;Fall angelegt;${code};;;nein;`);

    bench.saveAs.push(join(bench.out, 'protokoll.pdf'));
    const pdf = await bench.call('audit:export', { filter: {}, format: 'pdf' });
    expect(pdf.saved).toBe(true);
    expect(readFileSync(join(bench.out, 'protokoll.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    const page = await bench.call('audit:list', { filter: { action: 'audit.export' }, offset: 0, limit: 10 });
    expect(page.total).toBe(2);
    const raw = await openRawDatabase(bench, bench.recoveryKey);
    const hashes = raw.prepare(`SELECT details_hash FROM audit_log WHERE action = 'audit.export' ORDER BY seq`).pluck().all();
    raw.close();
    const expected = createHash('sha256')
      .update(
        JSON.stringify({
          format: 'csv',
          filter: { caseCode: code, upToSeq },
          entries: 3,
          recipient: 'dataProtectionOfficer',
          fileName: 'protokoll.csv',
          sha256: csv.sha256,
        }),
      )
      .digest('hex');
    expect(hashes[0]).toBe(expected);
    // Cancelled: nothing written, nothing logged.
    expect(await bench.call('audit:export', { filter: {}, format: 'csv' })).toEqual({ saved: false });
    expect((await bench.call('audit:list', { filter: { action: 'audit.export' }, offset: 0, limit: 10 })).total).toBe(2);
  });

  test('CSV cells that Excel would evaluate are defused', async () => {
    bench = await createAuditBench();
    await bench.asSupervisor();
    await bench.call('accounts:create', { name: '=HYPERLINK("x")', role: 'counsellor', initialPassphrase: 'Erstes-Kennwort-2026' });
    bench.saveAs.push(join(bench.out, 'p.csv'));
    await bench.call('audit:export', { filter: {}, format: 'csv' });
    expect(bench.read('p.csv')).not.toMatch(/;=HYPERLINK/);
  });
});

describe('retention', () => {
  test('entries past the retention period are archived to a signed file and removed behind a signed checkpoint', async () => {
    await withCases();
    expect(await bench.call('audit:retention')).toMatchObject({ months: 12, dueEntries: 0, archivedUpTo: null });
    expect((await bench.fail('audit:archive', {})).code).toBe('NOTHING_TO_ARCHIVE');
    const before = await bench.call('audit:verify');
    // Thirteen months later, more work happens and the old entries are due.
    bench.clock.advance(400 * 24 * 3600 * 1000); // the idle vault locks itself
    await bench.asCounsellor();
    await bench.call('cases:list', {});
    await bench.call('vault:lock');
    await bench.asSupervisor();
    const status = await bench.call('audit:retention');
    expect(status.dueEntries).toBe((before.lastSeq ?? 0) + 1);
    bench.saveAs.push(join(bench.out, 'archiv.json'));
    const archived = await bench.call('audit:archive');
    if (!archived.saved) throw new Error('not saved');
    expect(archived.removed).toBe(status.dueEntries);
    const archive = JSON.parse(bench.read('archiv.json')) as { entries: { seq: number }[]; checkpoint: { seq: number }; signature: string };
    expect(archive.entries.map((entry) => entry.seq)).toEqual(Array.from({ length: status.dueEntries }, (_, index) => index + 1));
    expect(archive.checkpoint.seq).toBe(archived.archivedUpTo);

    const report = await bench.call('audit:verify');
    expect(report).toMatchObject({ intact: true, archivedUpTo: archived.archivedUpTo, firstSeq: archived.archivedUpTo + 1 });
    // Every other delete is still refused by the trigger.
    const raw = await openRawDatabase(bench, bench.recoveryKey, false);
    expect(() => raw.prepare('DELETE FROM audit_log WHERE seq = ?').run(archived.archivedUpTo + 1)).toThrow(/append-only/);
    expect(() => raw.prepare(`UPDATE audit_log SET action = 'x' WHERE seq = ?`).run(archived.archivedUpTo + 2)).toThrow(/append-only/);
    // A retention record moved by hand (to hide more entries) no longer matches its signature.
    raw.prepare('UPDATE audit_retention SET upto_seq = upto_seq + 2').run();
    raw.close();
    const tampered = await bench.call('audit:verify');
    expect(tampered.findings.map((finding) => finding.kind)).toContain('baseInvalid');
  });

  test('the retention period is a supervisor setting, logged', async () => {
    bench = await createAuditBench();
    await bench.asSupervisor();
    expect((await bench.call('audit:setRetention', { months: 6 })).months).toBe(6);
    expect((await bench.call('audit:retention')).months).toBe(6);
    expect((await bench.fail('audit:setRetention', { months: 0 })).fields).toEqual({ months: 'validation.retentionMonths' });
    expect((await bench.call('audit:list', { filter: { action: 'audit.retention' }, offset: 0, limit: 5 })).total).toBe(1);
    expect(existsSync(join(bench.out, 'x'))).toBe(false);
  });
});
