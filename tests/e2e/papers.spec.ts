import { execFileSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { expect, test, PEOPLE, type Bench } from './fixtures';
import { tabTo } from './keyboard';
import { MainLayout } from './pages';
import { CaseListPage } from './pages/CaseListPage';
import { addStatus, createCase, setUpAndUnlock } from './support/seedCases';

async function core<T>(bench: Bench, channel: string, payload: unknown): Promise<T> {
  const result = (await bench.core.invoke(channel, payload)) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Renders a written PDF's first page to PNG next to the screenshots, to be looked at (poppler's pdftoppm). */
function pdfToPng(pdf: string, name: string, outputDir: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(outputDir, 'screens', name)]);
}

test('papers: a Teilnahmebescheinigung by keyboard alone — preview with the Arabic name, written as PDF and DOCX, kept in the documents', async ({
  page,
  bench,
}, testInfo) => {
  await setUpAndUnlock(bench);
  const seeded = await createCase(bench, { familyName: 'حداد', givenNames: 'رامي', gender: 'male' });
  await bench.open();
  // From "Heute" to the list by keyboard: Tab to "Fälle" in the navigation, Enter.
  await tabTo(page, new MainLayout(page).navLink('Fälle'));
  await page.keyboard.press('Enter');
  const list = new CaseListPage(page);
  await expect(list.heading).toBeVisible();
  await tabTo(page, list.grid, { limit: 40 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(seeded.code);

  const create = page.getByRole('button', { name: 'Schriftstück erstellen' });
  await tabTo(page, create, { limit: 40 });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Schriftstück erstellen' });
  await expect(dialog.getByLabel('Vorlage')).toBeFocused();
  await expect(dialog.getByLabel('Vorlage')).toHaveValue('participation');
  const preview = dialog.getByRole('article', { name: 'Vorschau' });
  await expect(preview).toContainText('Hiermit bestätigen wir, dass Herr رامي حداد');
  await expect(dialog).toContainText('Für Schriftstücke an die Person selbst ist keine Entbindung nötig.');

  // Also save a copy (Space on the checkbox), then write with Enter on the button.
  const copy = dialog.getByRole('checkbox', { name: 'Zusätzlich als Datei speichern' });
  await tabTo(page, copy, { limit: 40 });
  await page.keyboard.press('Space');
  await expect(copy).toBeChecked();
  await bench.checkScreen('papers-dialog');
  await tabTo(page, dialog.getByRole('button', { name: 'Schriftstück schreiben' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('tab', { name: /^Dokumente/ })).toContainText('(2)');
  const written = (await readdir(bench.saveDir)).sort();
  const base = `Teilnahmebescheinigung-${seeded.code}-${new Date().toISOString().slice(0, 10)}`;
  expect(written).toEqual([`${base}.docx`, `${base}.pdf`]);
  pdfToPng(
    path.join(bench.saveDir, written.find((name) => name.endsWith('.pdf')) ?? ''),
    'papers-participation-pdf',
    testInfo.project.outputDir,
  );
  await page.getByRole('tab', { name: /^Verlauf/ }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Teilnahmebescheinigung erstellt für Herr رامي حداد');
});

test('papers: the supervisor sets the letterhead; an own template with an unknown placeholder is refused with name and paragraph', async ({
  page,
  bench,
}) => {
  await bench.setUpVault();
  await core(bench, 'vault:unlock', { account: PEOPLE.supervisor.name, passphrase: PEOPLE.supervisor.passphrase });
  const source = path.join(bench.tempDir, 'Vorlagen');
  await mkdir(source, { recursive: true });
  const file = path.join(source, 'Bescheinigung.docx');
  const document = new Document({
    sections: [
      {
        children: ['Bescheinigung für {vorname} {nachname}', 'Aktenzeichen: {aktenzeichen}'].map(
          (line) => new Paragraph({ children: [new TextRun(line)] }),
        ),
      },
    ],
  });
  await writeFile(file, await Packer.toBuffer(document));

  await bench.open();
  await new MainLayout(page).open('Einstellungen');
  const section = page.getByRole('region', { name: 'Briefkopf und Vorlagen' });
  await section.getByLabel('Name der Stelle').fill('Stadt Leverkusen – Teilhabemanagement');
  await section.getByLabel('Anschrift (eine Zeile je Zeile)').fill('Friedrich-Ebert-Platz 1\n51373 Leverkusen');
  await section.getByRole('button', { name: 'Briefkopf speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Der Briefkopf wurde gespeichert.' })).toHaveCount(1);

  bench.setOpenFiles([file]);
  await section.getByLabel('Name der Vorlage').fill('Bescheinigung Jobcenter');
  await section.getByRole('button', { name: 'Word-Vorlage hochladen …' }).click();
  const alert = section.getByRole('alert');
  await expect(alert).toContainText('Die Vorlage „Bescheinigung.docx“ wurde abgelehnt:');
  await expect(alert).toContainText('Unbekannter Platzhalter „aktenzeichen“ (Haupttext, Absatz 2)');
  await bench.checkScreen('papers-template-refused');
  await section.getByRole('button', { name: 'Vorschau mit dem Schulungsfall' }).first().click();
  await expect(section.getByRole('article', { name: 'Vorschau mit dem Schulungsfall' })).toContainText('Stadt Leverkusen');
});

test('papers: the vignette review — generalise a line, a typed name warns, written only after confirming', async ({
  page,
  bench,
}, testInfo) => {
  await setUpAndUnlock(bench);
  const seeded = await createCase(bench, { familyName: 'Nazari', givenNames: 'Mina', intakeDate: '2026-01-02' });
  await addStatus(bench, seeded.id, { status: 'duldung60a', validFrom: '2026-03-05' });
  await bench.open();
  await new MainLayout(page).open('Fälle');
  await new CaseListPage(page).openCase(seeded.code);
  await page.getByRole('button', { name: 'Anonymisierten Fallverlauf erstellen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Anonymisierter Fallverlauf' });
  await expect(dialog).toContainText('Monat 2: Duldung (§ 60a AufenthG)');
  await expect(dialog).toContainText('Selten: Weniger als 5 Fälle');
  await expect(dialog).not.toContainText('Nazari');
  await expect(dialog).not.toContainText(seeded.code);

  const statusLine = dialog.getByRole('listitem').filter({ hasText: 'Monat 2: Duldung' });
  await statusLine.getByLabel('Genauigkeit').selectOption({ index: 1 });
  await expect(statusLine).toContainText('Monat 2: Aufenthaltsstatus geändert');
  await dialog.getByRole('button', { name: 'Eigene Zeile hinzufügen' }).click();
  await dialog.getByRole('listitem').last().getByLabel('Eigener Wortlaut').fill('Mina begann ein Praktikum');
  await dialog.getByRole('button', { name: 'Prüfen' }).click();
  await expect(dialog).toContainText('Hinweis: Der Text enthält möglicherweise einen Namen der Person.');
  await bench.checkScreen('papers-vignette-review');

  await dialog.getByRole('button', { name: 'Fallverlauf schreiben' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Der eingegebene Text enthält möglicherweise persönliche Angaben');
  await dialog.getByRole('listitem').last().getByLabel('Eigener Wortlaut').fill('Sie begann ein Praktikum im Handwerk');
  await dialog.getByRole('button', { name: 'Fallverlauf schreiben' }).click();
  await expect(dialog).toBeHidden();
  expect(await readdir(bench.saveDir)).toEqual(['Anonymisierter-Fallverlauf.pdf']);
  pdfToPng(path.join(bench.saveDir, 'Anonymisierter-Fallverlauf.pdf'), 'papers-vignette-pdf', testInfo.project.outputDir);
});
