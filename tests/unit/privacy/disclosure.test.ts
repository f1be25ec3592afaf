import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, expect, test } from 'vitest';
import { caseFields, journalInput } from '../helpers/caseFixtures';
import { pdfPageTexts } from '../helpers/pdfText';
import { COUNSELLOR, SUPERVISOR, createTestBench, openRawDatabase, setUpVault, type TestBench } from '../helpers/testCore';

let bench: TestBench;
afterEach(async () => bench?.cleanup());

test('Auskunft: a PDF and a JSON with every field, the journal, consents, history and accesses; logged with hashes', async () => {
  let savePath: string | null = null;
  bench = createTestBench({ ports: { chooseSaveFile: async () => savePath } });
  const { recoveryKey } = await setUpVault(bench);
  const { id, code } = await bench.call('cases:create', {
    fields: caseFields({ familyName: 'Yılmaz', givenNames: 'Ayşe', specialCategoryNotes: 'Asthma' }),
  });
  await bench.call('journal:add', { caseId: id, entry: journalInput({ note: 'Erstgespräch über Sprachkurs' }) });
  await bench.call('consents:record', {
    caseId: id,
    consent: {
      kind: 'statistics',
      recipientPartnerId: null,
      recipientText: null,
      purpose: '',
      dataCategories: ['identity'],
      specialCategories: [],
      form: 'oral',
      language: null,
      interpreter: false,
      givenOn: '2026-11-02',
      validUntil: null,
      note: '',
    },
  });
  await bench.call('cases:update', {
    id,
    fields: caseFields({ familyName: 'Yilmaz', givenNames: 'Ayşe', specialCategoryNotes: 'Asthma' }),
  });
  const other = await bench.call('cases:create', { fields: caseFields({ familyName: 'Andere Person' }) });

  expect(await bench.call('disclosure:create', { caseId: id })).toEqual({ cancelled: true });
  savePath = join(bench.root, 'Auskunft.pdf');
  const result = await bench.call('disclosure:create', { caseId: id });
  if (result.cancelled) throw new Error('cancelled');
  const json = JSON.parse(readFileSync(join(bench.root, 'Auskunft.json'), 'utf8'));
  expect(json).toMatchObject({
    format: 'fallbuch-auskunft',
    caseCode: code,
    person: { family_name: 'Yilmaz', given_names: 'Ayşe', special_category_notes: 'Asthma', counsellor: COUNSELLOR.name },
  });
  expect(json.person.record_key).toBeUndefined();
  expect(json.tables.journal_entries[0].note).toBe('Erstgespräch über Sprachkurs');
  expect(json.tables.consents[0]).toMatchObject({ kind: 'statistics', form: 'oral' });
  expect(json.tables.field_history).toEqual([
    expect.objectContaining({ field: 'familyName', old_value: '"Yılmaz"', new_value: '"Yilmaz"' }),
  ]);
  expect(json.accessLog.map((entry: { action: string }) => entry.action)).toEqual(
    expect.arrayContaining(['case.create', 'case.journal.add', 'case.update']),
  );
  expect(JSON.stringify(json)).not.toContain('Andere Person');
  expect(JSON.stringify(json)).not.toContain(other.code);

  const pdfBytes = readFileSync(savePath);
  expect(createHash('sha256').update(pdfBytes).digest('hex')).toBe(result.pdf.sha256);
  const pdf = await PDFDocument.load(pdfBytes);
  expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
  expect(pdf.getTitle()).toContain(code);
  // Read as pdf.js reads it (embedded fonts, ToUnicode): every letter as written, no transliteration.
  const text = (await pdfPageTexts(pdfBytes)).join('\n');
  expect(text).toContain('Auskunft nach Art. 15 DSGVO');
  expect(text).toContain('Erstgespräch über Sprachkurs');
  expect(text).toContain('Yilmaz');
  expect(text).toContain('Ayşe');
  expect(text).toContain('Yılmaz');
  // Accesses in words, with who and in which role — not the log's codes.
  expect(text).toContain(`${COUNSELLOR.name} (Beratungsfachkraft) · Fall angelegt`);
  expect(text).toContain('Kontakt eingetragen');
  expect(text).not.toContain('case.create');

  const raw = await openRawDatabase(bench, recoveryKey);
  const entries = raw
    .prepare(`SELECT action, details_hash AS hash FROM audit_log WHERE object = ? AND action LIKE 'case.disclosure%' ORDER BY seq`)
    .all(code) as { action: string; hash: string }[];
  expect(entries.map((entry) => entry.action)).toEqual(['case.disclosure.read', 'case.disclosure.export']);
  const expected = createHash('sha256')
    .update(
      JSON.stringify({
        pdf: { name: 'Auskunft.pdf', sha256: result.pdf.sha256 },
        json: { name: 'Auskunft.json', sha256: result.json.sha256 },
      }),
    )
    .digest('hex');
  expect(entries[1]?.hash).toBe(expected);
  raw.close();
});

test('processing record: Markdown and PDF from the settings; only a supervisor edits it', async () => {
  let savePath: string | null = null;
  bench = createTestBench({ ports: { chooseSaveFile: async () => savePath } });
  await setUpVault(bench);
  const initial = await bench.call('processingRecord:get', {});
  expect(initial.markdown).toContain('# Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)');
  expect(initial.markdown).toContain('Abgeschlossene Fälle: 3 Jahre');
  expect(initial.markdown).toContain('Automatische Sperre nach 5 Minuten');
  expect((await bench.fail('processingRecord:update', { settings: initial.settings })).code).toBe('FORBIDDEN');
  await bench.call('vault:lock');
  await bench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
  const updated = await bench.call('processingRecord:update', {
    settings: { ...initial.settings, controller: 'Stadt Leverkusen, Fachbereich Integration' },
  });
  expect(updated.markdown).toContain('Stadt Leverkusen, Fachbereich Integration');
  savePath = join(bench.root, 'vvt.md');
  const markdown = await bench.call('processingRecord:export', { format: 'markdown' });
  expect(markdown).toMatchObject({ cancelled: false, fileName: 'vvt.md' });
  expect(readFileSync(savePath, 'utf8')).toBe(updated.markdown);
  savePath = join(bench.root, 'vvt.pdf');
  await bench.call('processingRecord:export', { format: 'pdf' });
  expect((await pdfPageTexts(readFileSync(savePath))).join('\n')).toContain('Stadt Leverkusen, Fachbereich Integration');
});
