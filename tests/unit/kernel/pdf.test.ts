import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument, PDFName } from 'pdf-lib';
import { expect, test } from 'vitest';
import { PdfWriter, renderTextPdf } from '../../../src/main/kernel/pdf';
import { pdfPageTexts } from '../helpers/pdfText';
import { structureOf, type StructureNode } from '../helpers/pdfStructure';

/**
 * The kernel's PDF writer: names in every script print and read back as written (issue 12: no
 * transliteration any more), and the file is tagged (title, language, structure in reading order).
 */

const OUT = resolve(__dirname, '../../../test-results/unit/pdf');

/** Names whose Arabic letters share a shape (ح ج خ), carry hamza or dots as marks, or form lam-alef. */
const NAMES = ['رامي حداد', 'محمد لاجئ', 'علاء عبد الله', 'حجخ خجح', 'فاطمة الزهراء بن يوسف', 'Ayşe Yılmaz-Schäfer', 'Nguyễn Thị Ánh'];

function hasPoppler(): boolean {
  return existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm');
}

test('Arabic names read back in logical order, letter for letter (pdf.js and poppler)', async () => {
  const writer = await PdfWriter.create({ title: 'Namen', language: 'de-DE' });
  writer.paragraph('Namen', { size: 16, bold: true, role: 'H1' });
  for (const name of NAMES) writer.paragraph(`Name: ${name} (Teilnahme seit 02.03.2026)`, { size: 12 });
  const bytes = await writer.save();

  const lines = (await pdfPageTexts(bytes)).join('\n');
  for (const name of NAMES) expect(lines).toContain(name);
  // The shared shape of ح/ج/خ must not read back as the first letter it stood for.
  expect(lines).not.toContain('ححح');

  if (!hasPoppler()) {
    console.log('pdftotext not installed: the poppler half of this test is skipped');
    return;
  }
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'names.pdf'), bytes);
  const poppler = execFileSync('pdftotext', ['-enc', 'UTF-8', join(OUT, 'names.pdf'), '-']).toString('utf8');
  for (const name of NAMES) expect(poppler.replace(/[\u202a-\u202e]/g, '')).toContain(name);
  // Rendered for a look (test-results/unit/pdf/names-1.png): dots and hamza sit on their letters.
  execFileSync('pdftoppm', ['-r', '110', '-png', '-f', '1', '-l', '1', join(OUT, 'names.pdf'), join(OUT, 'names')]);
});

test('tagged: title shown, language, marked, structure in reading order with artifacts left out', async () => {
  const bytes = await renderTextPdf(
    [
      { kind: 'title', text: 'Auskunft nach Art. 15 DSGVO' },
      { kind: 'heading', text: 'Angaben zur Person' },
      { kind: 'paragraph', text: 'Familienname: حداد' },
      { kind: 'small', text: 'Erstellt am 21.11.2026' },
    ],
    { title: 'Auskunft – LEV-2026-0001', language: 'de-DE', pageLabel: (page, pages) => `Seite ${page} von ${pages}` },
  );
  const pdf = await PDFDocument.load(bytes);
  expect(pdf.getTitle()).toBe('Auskunft – LEV-2026-0001');
  expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(de-DE)');
  expect(pdf.catalog.lookup(PDFName.of('MarkInfo'))?.toString()).toContain('/Marked true');
  expect(pdf.catalog.lookup(PDFName.of('ViewerPreferences'))?.toString()).toContain('/DisplayDocTitle true');

  const tree = await structureOf(bytes);
  expect(tree.map((node) => `${node.role}: ${node.text}`)).toEqual([
    'H1: Auskunft nach Art. 15 DSGVO',
    'H2: Angaben zur Person',
    'P: Familienname: حداد',
    'P: Erstellt am 21.11.2026',
  ]);
  // The page number is drawn, but as an artifact outside the structure.
  expect((await pdfPageTexts(bytes)).join(' ')).toContain('Seite 1 von 1');
  expect(JSON.stringify(tree)).not.toContain('Seite 1 von 1');
});

test('a paragraph broken over pages stays one element; tables are Table/TR/TH/TD; images carry their alternative text', async () => {
  const writer = await PdfWriter.create({ title: 'Lang', language: 'de-DE' });
  const long = Array.from({ length: 400 }, (_value, index) => `Zeile ${index + 1} eines langen Absatzes.`).join(' ');
  writer.paragraph(long, { size: 10 });
  writer.table([['Aufenthalt', 'Duldung (§ 60a AufenthG)']], { columns: [150, 300], header: ['Feld', 'Wert'] });
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64');
  await writer.image(png, { x: 60, y: 60, width: 20, height: 20, alt: 'Logo der Stelle' });
  const bytes = await writer.save();
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  expect(document.numPages).toBeGreaterThan(1);
  await document.destroy();
  const tree = await structureOf(bytes);
  const paragraphs = tree.filter((node) => node.role === 'P');
  expect(paragraphs).toHaveLength(1);
  expect(paragraphs[0]?.pages).toBeGreaterThan(1);
  expect(paragraphs[0]?.text).toContain('Zeile 400 eines langen Absatzes.');
  const table = tree.find((node) => node.role === 'Table');
  expect(table?.children?.map((row) => row.children?.map((cell) => `${cell.role}:${cell.text}`))).toEqual([
    ['TH:Feld', 'TH:Wert'],
    ['TD:Aufenthalt', 'TD:Duldung (§ 60a AufenthG)'],
  ]);
  expect(tree.find((node) => node.role === 'Figure')).toMatchObject({ alt: 'Logo der Stelle' });
});

export type { StructureNode };
