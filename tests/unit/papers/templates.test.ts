import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Header, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import sharp from 'sharp';
import { afterEach, expect, test } from 'vitest';
import { COUNSELLOR, SUPERVISOR, createTestBench, setUpVault } from '../helpers/testCore';
import { goalInput } from '../helpers/caseFixtures';
import type { DocumentsBench } from '../helpers/documentFixtures';
import { pdfPageTexts } from '../helpers/pdfText';
import { ARABIC, arabicCase, docxAllText, docxText, draft, papersBench } from './papersFixtures';

let bench: DocumentsBench;
afterEach(async () => bench?.cleanup());

async function switchTo(account: { name: string; passphrase: string }) {
  await bench.call('vault:lock');
  await bench.call('vault:unlock', { account: account.name, passphrase: account.passphrase });
}

/** A Word template whose paragraphs are the given lines (one run each, as a person types them). */
async function template(lines: string[], header?: string): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        ...(header ? { headers: { default: new Header({ children: [new Paragraph(header)] }) } } : {}),
        children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })),
      },
    ],
  });
  return Packer.toBuffer(document);
}

test('the supervisor sets the letterhead (with a logo); every paper prints it; counsellors cannot change it', async () => {
  bench = await papersBench();
  const letterhead = {
    organisation: 'Stadt Leverkusen – Teilhabemanagement',
    addressLines: ['Friedrich-Ebert-Platz 1', '51373 Leverkusen'],
    contact: 'Telefon 0214 406-0 · teilhabe@stadt.leverkusen.de',
    signatureBlock: 'Teilhabemanagement KIM',
  };
  expect((await bench.fail('letterhead:update', { letterhead })).code).toBe('FORBIDDEN');
  await switchTo(SUPERVISOR);
  const saved = await bench.call('letterhead:update', { letterhead });
  expect(saved).toMatchObject({ ...letterhead, logo: null });
  const logo = await sharp({ create: { width: 400, height: 200, channels: 4, background: '#1f5f8b' } })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Copyright: 'Geheim-Marker' } } })
    .toBuffer();
  bench.setOpenFiles([bench.source('logo.jpg', logo)]);
  const withLogo = await bench.call('letterhead:chooseLogo', {});
  if (withLogo.cancelled) throw new Error('cancelled');
  expect(withLogo.logo).toMatchObject({ width: 400, height: 200 });
  // Kept as a clean PNG: no metadata survives.
  const kept = Buffer.from(withLogo.logo?.dataUrl.split(',')[1] ?? '', 'base64');
  expect(kept.subarray(1, 4).toString()).toBe('PNG');
  expect(kept.includes(Buffer.from('Geheim-Marker'))).toBe(false);

  await switchTo(COUNSELLOR);
  const { id: caseId } = await arabicCase(bench);
  const target = join(bench.root, 'Ausgabe', 'brief.pdf');
  bench.setSavePath(target);
  const created = await bench.call('papers:create', { caseId, draft: draft(), formats: ['pdf', 'docx'], saveCopy: true, journal: false });
  if (created.cancelled) throw new Error('cancelled');
  const pdfText = (await pdfPageTexts(readFileSync(target))).join(' ');
  expect(pdfText).toContain('Stadt Leverkusen');
  expect(pdfText).toContain('Telefon 0214 406-0');
  expect(pdfText).toContain('Teilhabemanagement KIM');
  expect(pdfText).toContain('Leverkusen, 21.11.2026');
  const docx = readFileSync(join(bench.root, 'Ausgabe', 'brief.docx'));
  const all = docxAllText(docx);
  expect(all).toContain('Stadt Leverkusen');
  expect(Object.keys(unzipSync(new Uint8Array(docx))).some((name) => name.startsWith('word/media/'))).toBe(true);
});

test('own templates: known placeholders filled, unknown ones refused with name and position, macros refused, preview with the training case', async () => {
  bench = await papersBench();
  await switchTo(SUPERVISOR);
  const unknown = await template(
    ['Bescheinigung für {vorname} {nachname}', 'Aktenzeichen der Behörde: {aktenzeichen}'],
    'Kopf {stelle} {zuhause}',
  );
  bench.setOpenFiles([bench.source('falsch.docx', unknown)]);
  const refused = await bench.call('paperTemplates:upload', { name: 'Falsch' });
  expect(refused).toEqual({
    cancelled: false,
    outcome: 'refused',
    fileName: 'falsch.docx',
    problems: expect.arrayContaining([
      { kind: 'unknownPlaceholder', name: 'aktenzeichen', part: 'body', paragraph: 2 },
      { kind: 'unknownPlaceholder', name: 'zuhause', part: 'header', paragraph: 1 },
    ]),
  });
  // A macro-enabled package is refused whatever its placeholders.
  const files = unzipSync(new Uint8Array(await template(['{name}'])));
  files['word/vbaProject.bin'] = strToU8('Attribute VB_Name = "Modul1"');
  bench.setOpenFiles([bench.source('makro.docx', Buffer.from(zipSync(files)))]);
  const macro = await bench.call('paperTemplates:upload', { name: 'Makro' });
  expect(macro).toMatchObject({ outcome: 'refused', problems: [{ kind: 'macros' }] });
  expect((await bench.call('papers:templates', {})).filter((info) => info.isOwn)).toEqual([]);

  const good = await template([
    'Bescheinigung für {anrede} {name}, geboren am {geburtsdatum}',
    'Ziele:',
    '{#ziele}{handlungsfeld}: {ziel}{/ziele}',
    '{betreff}',
  ]);
  bench.setOpenFiles([bench.source('gut.docx', good)]);
  const saved = await bench.call('paperTemplates:upload', { name: 'Bescheinigung Jobcenter' });
  if (saved.cancelled || saved.outcome !== 'saved') throw new Error(`not saved: ${JSON.stringify(saved)}`);
  expect(saved.template).toMatchObject({ name: 'Bescheinigung Jobcenter', isOwn: true, freeParts: ['subject'] });
  expect(saved.template.placeholders).toEqual(['anrede', 'betreff', 'geburtsdatum', 'name', 'ziele']);
  // The supervisor previews against the training case (invented, names in Arabic script), never a person of the vault.
  const preview = await bench.call('paperTemplates:preview', { templateId: saved.template.id });
  const previewText = JSON.stringify(preview.paper.blocks);
  expect(previewText).toContain('Bescheinigung für Herr رامي حداد, geboren am 12.08.2003');
  expect(previewText).toContain('Sprache: Deutschprüfung B1 bestehen');
  // Every built-in template previews too.
  expect((await bench.call('paperTemplates:preview', { templateId: 'helpPlan' })).paper.title).toBe('Hilfeplan');

  await switchTo(COUNSELLOR);
  const { id: caseId } = await arabicCase(bench);
  await bench.call('plan:addGoal', { caseId, goal: goalInput() });
  const target = join(bench.root, 'Ausgabe', 'eigen.docx');
  bench.setSavePath(target);
  const created = await bench.call('papers:create', {
    caseId,
    draft: draft({ templateId: saved.template.id, free: { subject: 'Vorlage beim Jobcenter' } }),
    formats: ['docx', 'pdf'],
    saveCopy: true,
    journal: true,
  });
  if (created.cancelled) throw new Error('cancelled');
  const text = docxText(readFileSync(target));
  expect(text).toContain(`Bescheinigung für Herr ${ARABIC.givenNames} ${ARABIC.familyName}, geboren am 15.05.2004`);
  expect(text).toContain('Sprache: B1-Prüfung bestehen');
  expect(text).toContain('Vorlage beim Jobcenter');
  expect(text).not.toMatch(/[{}]/);
  const pdf = (await pdfPageTexts(readFileSync(join(bench.root, 'Ausgabe', 'eigen.pdf')))).join(' ');
  expect(pdf).toContain(ARABIC.givenNames);

  // Removing is the supervisor's.
  expect((await bench.fail('paperTemplates:remove', { templateId: saved.template.id })).code).toBe('FORBIDDEN');
  await switchTo(SUPERVISOR);
  await bench.call('paperTemplates:remove', { templateId: saved.template.id });
  expect((await bench.call('papers:templates', {})).some((info) => info.isOwn)).toBe(false);
});

test('a letterhead pinned by the machine policy wins over the stored one and shows as pinned', async () => {
  const pinnedBench = createTestBench({
    policy: { rules: { version: 1, letterhead: { organisation: 'Stadt Leverkusen (Richtlinie)' } }, file: null },
  });
  try {
    await setUpVault(pinnedBench);
    await pinnedBench.call('vault:lock');
    await pinnedBench.call('vault:unlock', { account: SUPERVISOR.name, passphrase: SUPERVISOR.passphrase });
    const view = await pinnedBench.call('letterhead:update', {
      letterhead: { organisation: 'Eigene Angabe', addressLines: ['Hauptstraße 1'], contact: '', signatureBlock: '' },
    });
    expect(view).toMatchObject({
      organisation: 'Stadt Leverkusen (Richtlinie)',
      addressLines: ['Hauptstraße 1'],
      pinned: ['organisation'],
    });
    const preview = await pinnedBench.call('paperTemplates:preview', { templateId: 'participation' });
    expect(preview.paper.letterhead.organisation).toBe('Stadt Leverkusen (Richtlinie)');
  } finally {
    await pinnedBench.cleanup();
  }
});
