import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, expect, test } from 'vitest';
import { caseFields, goalInput, journalInput, partnerInput, referralInput } from '../helpers/caseFixtures';
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

test('Auskunft PDF in plain words: German labels, TT.MM.JJJJ days, local times, ja/nein — no column names, no ISO dates; the JSON stays exact', async () => {
  let savePath: string | null = null;
  bench = createTestBench({ ports: { chooseSaveFile: async () => savePath } });
  await setUpVault(bench);
  const { id, code } = await bench.call('cases:create', { fields: caseFields({ familyName: 'Haddad' }) });
  await bench.call('status:add', {
    caseId: id,
    status: {
      status: 'duldung60a',
      validFrom: '2026-09-01',
      validUntil: '2027-02-28',
      workPermission: 'employmentWithApproval',
      residenceObligation: 'yes',
      identityClarified: 'inProgress',
      documentSeenOn: '2026-11-03',
    },
  });
  await bench.call('deadlines:add', { caseId: id, kind: 'task', title: 'Pass beantragen', dueOn: '2026-12-15' });
  await bench.call('journal:add', {
    caseId: id,
    entry: journalInput({ interpreter: true, topics: ['language', 'work'], note: 'Kurs besprochen' }),
  });
  await bench.call('plan:saveAssessment', {
    caseId: id,
    assessment: { field: 'language', resources: '', needs: 'Kurs B1', hasNeed: true, priority: 'high' },
  });
  await bench.call('plan:addGoal', { caseId: id, goal: goalInput() });
  const partner = await bench.call('partners:add', { partner: partnerInput() });
  await bench.call('plan:addReferral', { caseId: id, referral: referralInput(partner.id) });
  await bench.call('cases:update', { id, fields: caseFields({ familyName: 'Haddad', phase: 'implementation' }) });

  savePath = join(bench.root, 'Auskunft.pdf');
  await bench.call('disclosure:create', { caseId: id });
  const text = (await pdfPageTexts(readFileSync(savePath))).join('\n').replace(/\s+/g, ' ');
  for (const words of [
    `Fallzeichen: ${code}`,
    'Geburtsdatum: 15.05.2004',
    'Aufnahme am: 02.03.2026',
    'Fall angelegt am: 21.11.2026',
    'Staatsangehörigkeit: Syrien',
    'Dolmetschung nötig: nein',
    'Zuständige Beratungsfachkraft: ',
    'Gültig bis: 28.02.2027',
    'Dokument gesehen am: 03.11.2026',
    'Art der Frist: ',
    'Bezeichnung: Pass beantragen',
    'Fällig am: 15.12.2026',
    'Mit Dolmetschung: ja',
    'Themen: Sprache, Arbeit',
    'Bedarf vorhanden: ja',
    'Vereinbart am: 01.10.2026',
    'Kooperationspartner: Jobcenter Leverkusen',
    'Vermittelt am: 10.11.2026',
    'Übernahme aus einer Liste',
    'Phase',
  ]) {
    expect(text).toContain(words);
  }
  // No raw timestamps or ISO days, no database names (snake_case or camelCase) anywhere in the PDF.
  expect(text).not.toContain('T09:00:00');
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  for (const raw of ['createdAt', 'dueOn', 'closedOn', 'remindFrom', 'counsellor:', 'case_summaries', 'import_batch_cases', 'state:']) {
    expect(text).not.toContain(raw);
  }
  expect(text.match(/\b[a-z]+(?:_[a-z0-9]+)+\b/g) ?? []).toEqual([]);
  expect(text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []).toEqual([]);

  // The JSON keeps the exact values; the derived summary is in neither file.
  const json = JSON.parse(readFileSync(join(bench.root, 'Auskunft.json'), 'utf8'));
  expect(json.tables.deadlines).toContainEqual(expect.objectContaining({ kind: 'task', due_on: '2026-12-15' }));
  expect(json.tables.journal_entries[0]).toMatchObject({ interpreter: 1, topics: '["language","work"]' });
  expect(json.tables.referrals[0]).toMatchObject({ partner: 'Jobcenter Leverkusen', referred_on: '2026-11-10' });
  expect(json.person.created_at).toMatch(/^2026-11-21T/);
  expect(json.tables).not.toHaveProperty('case_summaries');
  expect(json.tables.import_batch_cases).toEqual([]);

  // In English the same: its labels, days as the English screens write them, still no raw names.
  await bench.call('app:setLanguage', { language: 'en' });
  savePath = join(bench.root, 'Disclosure.pdf');
  await bench.call('disclosure:create', { caseId: id });
  const english = (await pdfPageTexts(readFileSync(savePath))).join('\n').replace(/\s+/g, ' ');
  for (const words of [
    `Case code: ${code}`,
    'Due on: 15/12/2026',
    'Valid until: 28/02/2027',
    'With an interpreter: yes',
    'Taken over from a list',
  ]) {
    expect(english).toContain(words);
  }
  expect(english).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(english.match(/\b[a-z]+(?:_[a-z0-9]+)+\b/g) ?? []).toEqual([]);
  expect(english.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []).toEqual([]);
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
