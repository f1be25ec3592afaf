import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFDict } from 'pdf-lib';
import sharp from 'sharp';
import { expect, test } from './fixtures';
import { MainLayout } from './pages';
import { CaseDetailPage } from './pages/CaseDetailPage';
import { CaseListPage } from './pages/CaseListPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { createCase, setUpAndUnlock } from './support/seedCases';
import { pngBomb } from '../unit/helpers/documentFixtures';

/** A PDF of `pages` pages with the marker in its info dictionary as plain bytes (no object streams). */
async function markerPdf(pages: number, marker: string, javaScript = false): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page += 1) pdf.addPage([595, 842]).drawText(`Seite ${page}`, { x: 60, y: 760, size: 40, font });
  (pdf as unknown as { getInfoDict(): PDFDict }).getInfoDict().set(PDFName.of('Marker'), PDFString.of(marker));
  if (javaScript) pdf.addJavaScript('hallo', 'app.alert(1);');
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** Files below `root` changed since `since` whose bytes hold the marker (the chosen source files left out). */
async function filesWithMarker(root: string, marker: Buffer, since: number, skip: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(folder: string): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const file = path.join(folder, entry.name);
      if (file.startsWith(skip)) continue;
      if (entry.isDirectory()) await walk(file);
      else if (entry.isFile()) {
        const info = await stat(file).catch(() => null);
        if (!info || info.mtimeMs < since || info.size > 300 * 1024 * 1024) continue;
        const bytes = await readFile(file).catch(() => null);
        if (bytes?.includes(marker)) found.push(file);
      }
    }
  }
  await walk(root);
  return found;
}

test('documents: add by dialog, view a multi-page PDF and an image by keyboard, privacy mode, save-copy warning, delete; no plaintext on disk', async ({
  page,
  bench,
}) => {
  const since = Date.now() - 1000;
  const marker = `ZQXE2EDOC${Date.now()}`;
  await setUpAndUnlock(bench);
  const seeded = await createCase(bench, { familyName: 'Haddad', givenNames: 'Rami' });
  const source = path.join(bench.tempDir, 'Quelle');
  await mkdir(source, { recursive: true });
  const pdfFile = path.join(source, 'Duldung_Haddad_Rami.pdf');
  await writeFile(pdfFile, await markerPdf(3, marker));
  const photoFile = path.join(source, 'Foto_Bescheid.jpg');
  await writeFile(
    photoFile,
    await sharp({ create: { width: 300, height: 200, channels: 3, background: '#2a6' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Telefon' } })
      .toBuffer(),
  );
  const scriptFile = path.join(source, 'Formular.pdf');
  await writeFile(scriptFile, await markerPdf(1, 'ohne', true));

  await bench.open();
  const layout = new MainLayout(page);
  await layout.open('Fälle');
  await new CaseListPage(page).openCase(seeded.code);
  const detail = new CaseDetailPage(page);
  await page.getByRole('tab', { name: /^Dokumente/ }).click();
  const documents = new DocumentsPage(page);
  await expect(documents.panel.getByText('Zu diesem Fall sind noch keine Dokumente gespeichert.')).toBeVisible();
  await bench.checkScreen('documents-empty');

  bench.setOpenFiles([pdfFile, photoFile, scriptFile]);
  await documents.addButton.click();
  await documents.addDialog.getByLabel('Art', { exact: true }).selectOption({ label: 'Aufenthaltspapier' });
  await documents.addDialog.getByLabel('Notiz').fill('Duldung bis März, Kopie vom Original');
  await bench.checkScreen('documents-add-dialog');
  await documents.addDialog.getByRole('button', { name: 'Dateien auswählen und hinzufügen …' }).click();
  await expect(documents.outcome).toContainText('2 Dokumente wurden hinzugefügt.');
  await expect(documents.outcome).toContainText('„Formular.pdf“: Die PDF-Datei enthält JavaScript');
  await expect(documents.outcome).toContainText('Foto-Metadaten (EXIF, GPS-Standort, Kamera) wurden entfernt');
  // The kept files are good news (status, with what was changed on the way in); the refused one is the alert.
  await expect(documents.outcome.getByRole('status')).toContainText('2 Dokumente wurden hinzugefügt.');
  await expect(documents.outcome.getByRole('status')).toContainText('Foto-Metadaten (EXIF, GPS-Standort, Kamera) wurden entfernt');
  await expect(documents.outcome.getByRole('alert')).toContainText('„Formular.pdf“: Die PDF-Datei enthält JavaScript');
  await expect(documents.outcome.getByRole('alert')).not.toContainText('hinzugefügt');
  await expect(documents.rows).toHaveCount(2);
  await expect(page.getByRole('tab', { name: /^Dokumente/ })).toContainText('(2)');
  await bench.checkScreen('documents-list');

  // The PDF: all pages by keyboard, zoom, Esc closes.
  await documents.panel.getByRole('button', { name: 'Duldung_Haddad_Rami.pdf ansehen' }).click();
  await expect(documents.viewerPage).toHaveText('Seite 1 von 3');
  await expect.poll(async () => documents.viewerCanvas.evaluate((canvas: HTMLCanvasElement) => canvas.width)).toBeGreaterThan(100);
  await documents.viewer.locator('.document-viewer-frame').focus();
  await page.keyboard.press('PageDown');
  await expect(documents.viewerPage).toHaveText('Seite 2 von 3');
  await page.keyboard.press('End');
  await expect(documents.viewerPage).toHaveText('Seite 3 von 3');
  await page.keyboard.press('Home');
  await expect(documents.viewerPage).toHaveText('Seite 1 von 3');
  await page.keyboard.press('+');
  await expect(documents.viewer).toContainText('Zoom 125 %');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect(documents.viewer).toContainText('Zoom 75 %');
  await bench.checkScreen('documents-viewer-pdf');
  await page.keyboard.press('Escape');
  await expect(documents.viewer).toHaveCount(0);

  // The photo, from memory.
  await documents.panel.getByRole('button', { name: 'Foto_Bescheid.jpg ansehen' }).click();
  await expect(documents.viewerPage).toHaveText('Seite 1 von 1');
  await expect.poll(async () => documents.viewerCanvas.evaluate((canvas: HTMLCanvasElement) => canvas.width)).toBeGreaterThan(100);
  await page.keyboard.press('Escape');

  // Privacy mode: file names (which carry names) give way to the kind.
  await page.keyboard.press('Control+Shift+P');
  await expect(documents.table).not.toContainText('Haddad');
  await expect(documents.table).toContainText('Dokument (Aufenthaltspapier)');
  await bench.checkScreen('documents-privacy');
  await page.keyboard.press('Control+Shift+P');

  // Save copy: the warning first; cancelling it writes nothing.
  await documents.panel.getByRole('button', { name: 'Kopie speichern unter … – Duldung_Haddad_Rami.pdf' }).click();
  await expect(documents.confirmDialog).toContainText('unverschlüsselt');
  await bench.checkScreen('documents-save-copy-warning');
  await documents.confirmDialog.getByRole('button', { name: 'Behalten' }).click();
  await expect(await readdir(bench.saveDir)).toEqual([]);

  // Delete.
  await documents.panel.getByRole('button', { name: 'Duldung_Haddad_Rami.pdf löschen' }).click();
  await documents.confirmDialog.getByRole('button', { name: 'Löschen' }).click();
  await expect(documents.rows).toHaveCount(1);
  await expect(detail.panel).not.toContainText('Duldung_Haddad_Rami.pdf');

  // The settings page shows the vault's size and the documents' share of it.
  await layout.navLink('Einstellungen').click();
  const storage = page.getByRole('region', { name: 'Speicherplatz' });
  await expect(storage).toContainText('Größe des Tresors');
  await expect(storage).toContainText('in 1 Dokument');
  await expect(storage).toContainText('50 MB');
  await bench.checkScreen('documents-storage-settings');

  await layout.lockButton.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Anmelden|entsperren/i);

  // No plaintext of the marker document anywhere: vault folder, WAL, temp folders, the browser profile.
  const needle = Buffer.from(marker);
  expect(await filesWithMarker(bench.tempDir, needle, since, source)).toEqual([]);
  expect(await filesWithMarker(tmpdir(), needle, since, source)).toEqual([]);
  // Positive control: the scan finds the file the counsellor picked.
  expect(await filesWithMarker(bench.tempDir, needle, since, '\u0000')).toEqual([pdfFile]);
});

test('documents: files dropped onto the case are checked — zero bytes, a truncated PDF, an image bomb and a wrong extension get German messages', async ({
  page,
  bench,
}) => {
  await setUpAndUnlock(bench);
  const seeded = await createCase(bench);
  const pdf = await markerPdf(2, 'ZQXDROP');
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
    .png()
    .toBuffer();
  const bomb = pngBomb();
  await bench.open();
  await new MainLayout(page).open('Fälle');
  await new CaseListPage(page).openCase(seeded.code);
  await page.getByRole('tab', { name: /^Dokumente/ }).click();
  const documents = new DocumentsPage(page);
  const files = [
    { name: 'leer.pdf', base64: '' },
    { name: 'abgeschnitten.pdf', base64: pdf.subarray(0, Math.floor(pdf.length / 2)).toString('base64') },
    { name: 'scan.pdf', base64: png.toString('base64') },
    { name: 'bescheid.pdf', base64: pdf.toString('base64') },
    { name: 'bombe.png', base64: bomb.toString('base64') },
  ];
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const file of list) {
      const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
      data.items.add(new File([bytes], file.name));
    }
    return data;
  }, files);
  await documents.dropZone.dispatchEvent('dragover', { dataTransfer: transfer });
  await documents.dropZone.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(documents.addDialog).toContainText('Abgelegte Dateien: leer.pdf, abgeschnitten.pdf, scan.pdf, bescheid.pdf, bombe.png');
  await documents.addDialog.getByLabel('Art', { exact: true }).selectOption({ label: 'Bescheid' });
  await documents.addDialog.getByRole('button', { name: /Dateien hinzufügen$/ }).click();
  await expect(documents.outcome).toContainText('2 Dokumente wurden hinzugefügt.');
  await expect(documents.outcome).toContainText('„leer.pdf“: Die Datei ist leer (0 Byte).');
  await expect(documents.outcome).toContainText('„abgeschnitten.pdf“: Die PDF-Datei ist unvollständig oder beschädigt');
  await expect(documents.outcome).toContainText(
    'Die Endung „.pdf“ passte nicht zum Inhalt. Die Datei ist ein PNG-Bild und wurde als „.png“ gespeichert.',
  );
  await expect(documents.outcome).toContainText('Megapixeln zu groß');
  // Kept and refused are told apart: the kept files in the green status, only the refused ones in the red alert.
  await expect(documents.outcome.getByRole('status')).toContainText('2 Dokumente wurden hinzugefügt.');
  await expect(documents.outcome.getByRole('status')).not.toContainText('leer.pdf');
  await expect(documents.outcome.getByRole('alert')).toContainText('Nicht übernommen:');
  await expect(documents.outcome.getByRole('alert')).toContainText('„leer.pdf“: Die Datei ist leer (0 Byte).');
  await expect(documents.outcome.getByRole('alert')).not.toContainText('hinzugefügt');
  await expect(documents.rows).toHaveCount(2);
  await expect(documents.table).toContainText('scan.png');
  await bench.checkScreen('documents-bad-input');
});
