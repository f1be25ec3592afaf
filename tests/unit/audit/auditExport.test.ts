// The workstation's zone for this file (each test file runs in its own process): times must name it.
process.env.TZ = 'Europe/Berlin';

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { isMessageKey } from '../../../src/shared/i18n';
import { actionLabelKeys } from '../../../src/shared/audit/words';
import { caseFields, createAuditBench, type AuditBench } from '../helpers/auditBench';

let bench: AuditBench;
afterEach(async () => bench?.cleanup());

const COLLEAGUE = { name: 'Jana Schäfer-Yılmaz', passphrase: 'Erstes-Kennwort-2026' };

/** The text of every page, in reading order, as a PDF reader extracts it. */
async function pdfText(file: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return pages.join('\n');
}

function csvTable(text: string): string[][] {
  const [, table = ''] = text.split('\r\n\r\n');
  return table
    .trim()
    .split('\r\n')
    .map((line) => line.split(';'));
}

/** A counsellor with a German umlaut and a Turkish dotless i in the name, who opens and changes a case. */
async function logWithNames(): Promise<string> {
  bench = await createAuditBench();
  await bench.asSupervisor();
  await bench.call('accounts:create', { name: COLLEAGUE.name, role: 'counsellor', initialPassphrase: COLLEAGUE.passphrase });
  await bench.asCounsellor();
  const { id, code } = await bench.call('cases:create', { fields: caseFields({ familyName: 'Köhler' }) });
  await bench.call('journal:add', {
    caseId: id,
    entry: { occurredOn: '2026-11-20', durationMinutes: 30, kind: 'phone', interpreter: false, topics: [], participants: [], note: '' },
  });
  await bench.asSupervisor();
  return code;
}

describe('the access-log files speak the language of the screen (defect 4)', () => {
  test('CSV: German action words and account names instead of codes and ids, times with their zone', async () => {
    const code = await logWithNames();
    bench.saveAs.push(join(bench.out, 'log.csv'));
    await bench.call('audit:export', { filter: {}, format: 'csv' });
    const text = bench.read('log.csv');
    for (const code of ['vault.setup', 'case.journal.add', 'user.create', 'case.create']) expect(text).not.toContain(`;${code};`);
    const rows = csvTable(text);
    const byAction = (words: string) => rows.find((row) => row[5] === words);
    expect(byAction('Tresor eingerichtet')).toBeDefined();
    expect(byAction('Kontakt eingetragen')).toEqual(expect.arrayContaining(['Chris Beratung', 'Beratungsfachkraft', code]));
    // An account as the object is named, never shown as its id.
    const created = rows.filter((row) => row[5] === 'Konto angelegt').map((row) => row[6]);
    expect(created).toContain(`Konto: ${COLLEAGUE.name}`);
    expect(created.every((object) => object?.startsWith('Konto: '))).toBe(true);
    // The bench clock starts at 2026-11-21T09:00:00Z: 10:00 in Berlin, winter time.
    expect(rows[1]?.[1]).toMatch(/^21\.11\.2026 10:0\d:\d\d MEZ$/);
    expect(rows[1]?.[2]).toMatch(/^2026-11-21T10:0\d:\d\d\+01:00$/);
    expect(text).toContain('Zeitzone;Alle Zeitpunkte in der Ortszeit dieses Arbeitsplatzes (Europe/Berlin)');
  });

  test('PDF: every letter right (umlauts, ß, ı), the same words, times with their zone', async () => {
    await logWithNames();
    // The supervisor filters by the colleague's account creation: the filter is described in words too.
    bench.saveAs.push(join(bench.out, 'log.pdf'));
    await bench.call('audit:export', { filter: { action: 'case.journal.add' }, format: 'pdf' });
    bench.saveAs.push(join(bench.out, 'all.pdf'));
    await bench.call('audit:export', { filter: {}, format: 'pdf' });
    const filtered = await pdfText(join(bench.out, 'log.pdf'));
    expect(filtered).toContain('Aktion: Kontakt eingetragen');
    expect(filtered).not.toContain('case.journal.add');
    const all = await pdfText(join(bench.out, 'all.pdf'));
    // A cell may wrap (the object column is narrow), so the account's name is looked for on its own.
    for (const words of [
      'Zugriffsprotokoll – Auszug',
      'Einträge',
      'Tresor eingerichtet',
      'Konto: Jana',
      'Schäfer-Yılmaz',
      'Prüfsumme',
      'Prüfung',
    ]) {
      expect(all).toContain(words);
    }
    expect(all).not.toMatch(/vault\.setup|user\.create|Sch\?fer|Y\?lmaz|Eintrage\b/);
    expect(all).toMatch(/21\.11\.2026 10:0\d:\d\d MEZ/);
  });

  test('every action the core logs has words (no file ever falls back to a code)', () => {
    const root = join(__dirname, '../../../src/main');
    const actions = new Set<string>();
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts') && !path.includes('/shell/')) {
          const source = readFileSync(path, 'utf8');
          // `action: 'x'` as a value, not as a type (`action: 'create' | 'merge'` in the import's analysis).
          for (const match of source.matchAll(/record\(\s*'([a-zA-Z.]+)'|action: '([a-zA-Z.]+)'(?!\s*\|)/g))
            actions.add(match[1] ?? match[2] ?? '');
          // record(condition ? 'a' : 'b', …)
          for (const match of source.matchAll(/record\([^'()]*\?\s*'([a-zA-Z.]+)'\s*:\s*'([a-zA-Z.]+)'/g)) {
            actions.add(match[1] ?? '');
            actions.add(match[2] ?? '');
          }
        }
      }
    };
    walk(root);
    expect(actions.size).toBeGreaterThan(40);
    const missing = [...actions].filter((action) => action && !actionLabelKeys(action).some(isMessageKey));
    expect(missing).toEqual([]);
  });
});

describe('the log counts agree (defect 5)', () => {
  test('after „Protokoll prüfen“ the check, the table, the CSV and the PDF count the same entries and say up to which', async () => {
    await logWithNames();
    // The table as the screen opens it: its own reading is logged first and counted.
    const table = await bench.call('audit:list', { filter: {}, offset: 0, limit: 200 });
    const report = await bench.call('audit:verify');
    // Nothing happened in between: the check saw exactly the table's moment.
    expect(report).toMatchObject({ intact: true, lastSeq: table.upToSeq, entries: table.total });
    // The check is itself logged, so the log has grown by then; the table pinned to the check agrees.
    const pinned = await bench.call('audit:list', { filter: { upToSeq: report.lastSeq ?? 0 }, offset: 0, limit: 200 });
    expect(pinned).toMatchObject({ total: report.entries, upToSeq: report.lastSeq });
    expect(pinned.newer).toBeGreaterThan(0);

    bench.saveAs.push(join(bench.out, 'checked.csv'), join(bench.out, 'checked.pdf'));
    await bench.call('audit:export', { filter: { upToSeq: report.lastSeq ?? 0 }, format: 'csv' });
    await bench.call('audit:export', { filter: { upToSeq: report.lastSeq ?? 0 }, format: 'pdf' });
    const scope = `${report.entries} Einträge bis Eintrag Nr. ${report.lastSeq}`;
    const checked = new RegExp(`Geprüft am 21\\.11\\.2026 10:0\\d:\\d\\d MEZ bis Eintrag Nr\\. ${report.lastSeq}: unverändert\\.`);
    const csv = bench.read('checked.csv');
    expect(csvTable(csv).length - 1).toBe(report.entries);
    expect(csv).toContain(scope);
    expect(csv).toMatch(checked);
    const pdf = await pdfText(join(bench.out, 'checked.pdf'));
    expect(pdf).toContain(scope);
    expect(pdf).toMatch(checked);

    // Without a pin the file counts up to the newest entry — and says it is not the checked state.
    bench.saveAs.push(join(bench.out, 'later.csv'));
    await bench.call('audit:export', { filter: {}, format: 'csv' });
    const later = bench.read('later.csv');
    const laterSeq = Number(/bis Eintrag Nr\. (\d+)/.exec(later)?.[1]);
    expect(laterSeq).toBeGreaterThan(report.lastSeq ?? 0);
    expect(csvTable(later).length - 1).toBe(laterSeq);
    expect(later).toContain(`Zuletzt geprüft am`);
    expect(later).toContain(`bis Eintrag Nr. ${report.lastSeq} – nicht genau der Stand dieser Datei.`);
    // The default file names say the state too.
    expect(readdirSync(bench.out)).toEqual(expect.arrayContaining(['checked.csv']));
  });

  test('a filtered view counts only its entries, up to the same entry number', async () => {
    const code = await logWithNames();
    const view = await bench.call('audit:list', { filter: { caseCode: code }, offset: 0, limit: 50 });
    const report = await bench.call('audit:verify');
    expect(view.upToSeq).toBe(report.lastSeq);
    bench.saveAs.push(join(bench.out, 'case.csv'));
    await bench.call('audit:export', { filter: { caseCode: code, upToSeq: view.upToSeq ?? 0 }, format: 'csv' });
    const csv = bench.read('case.csv');
    expect(csvTable(csv).length - 1).toBe(view.total);
    expect(csv).toContain(`${view.total} Einträge bis Eintrag Nr. ${view.upToSeq}`);
    expect(csv).toContain(`Fall/Objekt: ${code}`);
  });
});
