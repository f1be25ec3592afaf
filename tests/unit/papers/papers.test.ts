import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../src/shared/papers/domain';
import { caseFields, goalInput, journalInput, logRows, partnerInput, referralInput } from '../helpers/caseFixtures';
import type { DocumentsBench } from '../helpers/documentFixtures';
import { pdfPageTexts } from '../helpers/pdfText';
import { openRawDatabase } from '../helpers/testCore';
import { ARABIC, arabicCase, docxText, draft, papersBench } from './papersFixtures';

let bench: DocumentsBench;
afterEach(async () => bench?.cleanup());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test('a Teilnahmebescheinigung as PDF and DOCX: Arabic name in logical order, kept in the documents, journal and access log', async () => {
  bench = await papersBench();
  const { id: caseId, code } = await arabicCase(bench);
  const preview = await bench.call('papers:preview', { caseId, draft: draft() });
  expect(preview.consent.verdict).toBe('notNeeded');
  expect(preview.paper.title).toBe('Teilnahmebescheinigung');
  expect(preview.paper.blocks[0]).toMatchObject({ kind: 'paragraph' });
  expect(JSON.stringify(preview.paper)).toContain('رامي حداد');

  const target = join(bench.root, 'Ausgabe', 'bescheinigung.pdf');
  bench.setSavePath(target);
  const created = await bench.call('papers:create', { caseId, draft: draft(), formats: ['pdf', 'docx'], saveCopy: true, journal: true });
  if (created.cancelled) throw new Error('cancelled');
  expect(created.files.map((file) => file.format)).toEqual(['docx', 'pdf']);
  // File names carry the case code, never the name.
  for (const file of created.files) expect(file.fileName).not.toContain(ARABIC.familyName);

  const pdf = readFileSync(join(bench.root, 'Ausgabe', 'bescheinigung.pdf'));
  const docx = readFileSync(join(bench.root, 'Ausgabe', 'bescheinigung.docx'));
  expect(created.files.find((file) => file.format === 'pdf')?.sha256).toBe(sha256(pdf));
  const pages = await pdfPageTexts(pdf);
  // Logical order: the given name's letters as typed, first to last (a visual-order PDF reads them reversed).
  expect(pages.join(' ')).toContain(ARABIC.givenNames);
  expect(pages.join(' ')).toContain(ARABIC.familyName);
  expect(pages.join(' ')).toContain('Teilnahme');
  const text = docxText(docx);
  expect(text).toContain('Teilnahmebescheinigung');
  expect(text).toContain(`${ARABIC.givenNames} ${ARABIC.familyName}`);
  expect(text).toMatch(/Teilhabemanagement/);

  // Kept in the case's documents (the same bytes), a journal entry, a paper record.
  const documents = await bench.call('documents:list', { caseId });
  expect(documents.map((document) => document.kind).sort()).toEqual(['certificate', 'certificate']);
  const detail = await bench.call('cases:get', { id: caseId });
  expect(detail.journal.map((entry) => [entry.kind, entry.note])).toEqual([
    ['note', `Teilnahmebescheinigung erstellt für Herr ${ARABIC.givenNames} ${ARABIC.familyName}`],
  ]);
  const list = await bench.call('papers:list', { caseId });
  expect(list).toHaveLength(1);
  expect(list[0]).toMatchObject({ templateId: 'participation', recipientKind: 'client' });

  // The access log: template, recipient kind and the files' hashes, by case code — no name anywhere.
  const raw = await openRawDatabase(bench, bench.recoveryKey);
  const rows = logRows(raw);
  raw.close();
  const entry = rows.find((row) => row.action === 'case.paper.create');
  expect(entry?.object).toBe(code);
  const details = {
    template: 'participation',
    recipientKind: 'client',
    files: created.files.map((file) => ({ format: file.format, sha256: file.sha256 })),
  };
  expect(entry?.detailsHash).toBe(sha256(new TextEncoder().encode(JSON.stringify(details))));
  expect(JSON.stringify(rows)).not.toContain(ARABIC.familyName);
});

test('every built-in template is written as PDF and DOCX for a full and for an empty case', async () => {
  bench = await papersBench();
  const { id: full } = await bench.call('cases:create', { fields: caseFields() });
  const { id: partnerId } = await bench.call('partners:add', { partner: partnerInput() });
  await bench.call('status:add', {
    caseId: full,
    status: {
      status: 'duldung60a',
      validFrom: '2026-03-01',
      validUntil: '2026-09-30',
      workPermission: null,
      residenceObligation: null,
      identityClarified: null,
      documentSeenOn: null,
    },
  });
  await bench.call('plan:addGoal', { caseId: full, goal: goalInput() });
  await bench.call('plan:addReferral', { caseId: full, referral: referralInput(partnerId) });
  await bench.call('journal:add', { caseId: full, entry: journalInput({ topics: ['language'] }) });
  const { id: empty } = await bench.call('cases:create', {
    fields: caseFields({ birthDate: null, nationalities: [], countryOfOrigin: null, languages: [] }),
  });
  for (const caseId of [full, empty]) {
    for (const templateId of BUILT_IN_TEMPLATES) {
      const paperDraft = draft({
        templateId,
        sections: ['statusHistory', 'goals', 'referrals', 'contacts'],
        appointment: templateId === 'appointment' ? { date: '2026-12-01', time: '10:30' } : null,
        free: templateId === 'coverLetter' ? { body: 'Anbei die Unterlagen.' } : {},
      });
      const created = await bench.call('papers:create', {
        caseId,
        draft: paperDraft,
        formats: ['pdf', 'docx'],
        saveCopy: false,
        journal: false,
      });
      if (created.cancelled) throw new Error('cancelled');
      expect(created.files).toHaveLength(2);
      expect(created.journalEntryId).toBeNull();
      for (const file of created.files) expect(file.documentId).not.toBeNull();
    }
  }
  // The full case's Sachstandsbericht lists what the ticked sections hold.
  const preview = await bench.call('papers:preview', {
    caseId: full,
    draft: draft({ templateId: 'statusReport', sections: ['statusHistory', 'goals', 'referrals', 'contacts'] }),
  });
  const text = JSON.stringify(preview.paper.blocks);
  expect(text).toContain('Duldung (§ 60a AufenthG)');
  expect(text).toContain('B1-Prüfung bestehen');
  expect(text).toContain('Jobcenter Leverkusen');
  expect(text).toContain('Anzahl der Kontakte im Zeitraum: 1');
  // A Terminbestätigung needs the appointment.
  const error = await bench.fail('papers:preview', { caseId: full, draft: draft({ templateId: 'appointment' }) });
  expect(error.fields).toEqual({ 'draft.appointment': 'papers.validation.appointment' });
});

test('a paper to a third party is refused without a valid release covering its categories; with one it is written', async () => {
  bench = await papersBench();
  const { id: caseId } = await bench.call('cases:create', { fields: caseFields() });
  const { id: partnerId } = await bench.call('partners:add', {
    partner: partnerInput({ name: 'Ausländerbehörde Leverkusen', kind: 'immigrationOffice' }),
  });
  const toOffice = draft({ recipient: { kind: 'partner', partnerId, address: 'Haus-Vorster-Str. 8\n51379 Leverkusen' } });
  const none = await bench.call('papers:preview', { caseId, draft: toOffice });
  expect(none.consent.verdict).toBe('none');
  const refused = await bench.fail('papers:create', { caseId, draft: toOffice, formats: ['pdf'], saveCopy: false, journal: true });
  expect(refused).toMatchObject({ code: 'CONSENT_REQUIRED', message: 'papers.consent.refused.none' });
  expect(await bench.call('documents:list', { caseId })).toEqual([]);

  const release = {
    kind: 'release' as const,
    recipientPartnerId: partnerId,
    recipientText: null,
    purpose: 'Teilnahmebescheinigung',
    dataCategories: ['identity' as const],
    specialCategories: [],
    form: 'written' as const,
    language: 'Deutsch',
    interpreter: false,
    givenOn: '2026-11-01',
    validUntil: '2027-11-01',
    note: '',
  };
  await bench.call('consents:record', { caseId, consent: release });
  // Identity alone does not cover the counselling history a Teilnahmebescheinigung states.
  const partial = await bench.fail('papers:create', { caseId, draft: toOffice, formats: ['pdf'], saveCopy: false, journal: true });
  expect(partial.message).toBe('papers.consent.refused.categoriesMissing');
  expect(partial.params?.categories).toContain('Beratungsverlauf');
  await bench.call('consents:record', {
    caseId,
    consent: { ...release, givenOn: '2026-11-15', dataCategories: ['identity', 'counsellingHistory'] },
  });
  const written = await bench.call('papers:create', { caseId, draft: toOffice, formats: ['pdf'], saveCopy: false, journal: true });
  if (written.cancelled) throw new Error('cancelled');
  const detail = await bench.call('cases:get', { id: caseId });
  expect(detail.journal[0]?.note).toBe('Teilnahmebescheinigung erstellt für Ausländerbehörde Leverkusen');
  // A typed recipient needs a release under that name; the client themself none.
  const typed = await bench.call('papers:preview', {
    caseId,
    draft: draft({ recipient: { kind: 'other', name: 'Jobcenter Köln', address: '' } }),
  });
  expect(typed.consent.verdict).toBe('none');
});
