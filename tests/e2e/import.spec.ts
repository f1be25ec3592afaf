import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import writeExcelFile from 'write-excel-file/node';
import { expect, test, type Bench } from './fixtures';
import { expectVisibleFocus, tabTo } from './keyboard';
import { MainLayout } from './pages';
import { ImportPage } from './pages/ImportPage';
import { createCase, setUpAndUnlock } from './support/seedCases';

/**
 * Issue 11 end to end, by keyboard alone: a caseload list (.xlsx with a title row, a second sheet,
 * German dates, a two-digit year, a duplicate of an existing case, a row with errors) through every
 * step to the import, deleting the source file, and undoing the batch — screenshots and axe on every
 * screen. A file of the wrong type is refused with its German reason.
 */

const TODAY = new Date();
const todayGerman = `${String(TODAY.getDate()).padStart(2, '0')}.${String(TODAY.getMonth() + 1).padStart(2, '0')}.${TODAY.getFullYear()}`;

async function writeList(bench: Bench): Promise<string> {
  const file = path.join(bench.tempDir, 'Fallliste Team Nord.xlsx');
  const cell = (value: string | null) => (value === null ? null : { value });
  const rows = [
    ['Fallliste Team Nord', null, null, null, null, null],
    ['Name', 'Geb.-Datum', 'Nationalität', 'Status', 'gültig bis', 'Bemerkung'],
    ['Haddad, Rami', '12.03.2004', 'Syrien', 'Duldung', '12.03.2027', 'kommt dienstags'],
    ['Amina Haidari', '3.4.05', 'AFG', 'Dul.', null, null],
    ['Yonas Tesfaye', '01.07.2003', 'eritreisch', 'AE 25a', '30.06.2028', null],
    ['Müller, Ayşe', '15.05.2004', 'SYR', 'Gestattung', null, 'Übernahme prüfen'],
    ['Sara', '31.02.2004', 'Narnia', 'Gestattung', null, null],
  ];
  const bytes = await writeExcelFile([
    { sheet: 'Hinweise', data: [[cell('Vertraulich – nur für das Team')]] },
    { sheet: 'Fälle', data: rows.map((row) => row.map(cell)) },
  ] as never).toBuffer();
  await writeFile(file, bytes);
  return file;
}

/** Picks an option of a focused select by typing its first letters, as a keyboard user does. */
async function chooseByTyping(page: Page, select: Locator, text: string, expected: RegExp): Promise<void> {
  await select.focus();
  await page.keyboard.type(text, { delay: 30 });
  await expect(select.locator('option:checked')).toHaveText(expected);
}

test('a caseload list through every step by keyboard: map, dry run, import, delete the file, undo', async ({ page, bench }) => {
  // Eight screens with an axe scan each, on a shared two-core machine.
  test.setTimeout(300_000);
  await setUpAndUnlock(bench);
  // The existing case "Müller, Ayşe" (born 15.05.2004) makes row 6 a duplicate.
  await createCase(bench, { familyName: 'Müller', givenNames: 'Ayşe', birthDate: '2004-05-15', nationalities: [] });
  const listFile = await writeList(bench);
  bench.setOpenFiles([listFile]);
  await bench.open();
  const layout = new MainLayout(page);
  const screen = new ImportPage(page);
  // Both roles land on „Heute“.
  await expect(layout.pageHeading).toHaveText('Heute');

  await tabTo(page, layout.navLink('Liste übernehmen'), { limit: 40 });
  await page.keyboard.press('Enter');
  await expect(screen.heading).toBeVisible();
  await expect(screen.progress).toHaveText('Schritt 1 von 6');
  await bench.checkScreen('import-1-file');

  await tabTo(page, screen.chooseFileButton);
  await expectVisibleFocus(screen.chooseFileButton);
  await page.keyboard.press('Enter');
  await expect(screen.stepHeading).toHaveText('Tabellenblatt und Überschriftenzeile');
  await expect(screen.stepHeading).toBeFocused();
  // The first sheet holds a note only: the counsellor picks the sheet with the cases.
  await chooseByTyping(page, screen.sheetSelect, 'F', /^Fälle/);
  await expect(screen.headerRowSelect.locator('option:checked')).toHaveText(/^Zeile 2: Name/);
  await expect(screen.previewTable.getByRole('row', { name: /Überschrift/ })).toContainText('Geb.-Datum');
  await bench.checkScreen('import-2-table');

  await tabTo(page, screen.nextButton);
  await page.keyboard.press('Enter');
  await expect(screen.stepHeading).toHaveText('Spalten den Feldern zuordnen');
  await expect(screen.columnSelect('A', 'Name').locator('option:checked')).toHaveText('Name (Vor- und Nachname in einer Spalte)');
  await expect(screen.columnSelect('F', 'Bemerkung').locator('option:checked')).toHaveText('Bemerkung (wird erster Verlaufseintrag)');
  await bench.checkScreen('import-3-columns');

  await tabTo(page, screen.nextButton, { limit: 40 });
  await page.keyboard.press('Enter');
  await expect(screen.stepHeading).toHaveText('Werte den festen Listen zuordnen');
  // "Dul." has no suggestion: the counsellor maps it to the Duldung.
  await expect(screen.valueSelect('Dul.').locator('option:checked')).toHaveText('– nicht zugeordnet –');
  await chooseByTyping(page, screen.valueSelect('Dul.'), 'Duldung (', /^Duldung \(§ 60a/);
  await expect(screen.valueSelect('AFG').locator('option:checked')).toHaveText('Afghanistan (AF)');
  await bench.checkScreen('import-4-values');

  await tabTo(page, screen.main.getByRole('button', { name: 'Probelauf', exact: true }), { limit: 60 });
  await page.keyboard.press('Enter');
  await expect(screen.stepHeading).toHaveText('Probelauf');
  await expect(screen.count('neue Fälle')).toHaveText('3');
  await expect(screen.count('Dubletten werden übersprungen')).toHaveText('1');
  await expect(screen.count('Zeilen mit Fehlern')).toHaveText('1');
  await expect(screen.errorsTable.getByRole('row', { name: /^7 / }).first()).toContainText('lässt sich nicht in Vor- und Nachname trennen');
  await expect(screen.notesTable).toContainText('„3.4.05“ als 03.04.2005 gelesen');
  await bench.checkScreen('import-5-dryrun');

  // The duplicate: complete the existing case instead of skipping, then see the dry run again.
  await chooseByTyping(page, screen.decisionSelect(6), 'l', /^leere Felder/);
  await tabTo(page, screen.refreshButton, { limit: 40 });
  await page.keyboard.press('Enter');
  await expect(screen.count('bestehende Fälle werden ergänzt')).toHaveText('1');
  await tabTo(page, screen.profileName, { limit: 40 });
  await page.keyboard.type('Liste Team Nord');
  await tabTo(page, screen.saveProfileButton);
  await page.keyboard.press('Enter');
  await expect(screen.main.getByText('Die Zuordnung „Liste Team Nord“ wurde gespeichert.')).toBeVisible();
  await tabTo(page, screen.commitButton, { limit: 40 });
  await expect(screen.commitButton).toHaveText('4 Fälle übernehmen');
  await page.keyboard.press('Enter');

  await expect(screen.stepHeading).toHaveText('Übernommen');
  await expect(screen.main.getByText('3 Fälle angelegt, 1 ergänzt, 0 übersprungen, 1 Zeilen mit Fehlern nicht übernommen.')).toBeVisible();
  await expect(screen.sourceWarning).toContainText('Die Datei, aus der Sie sie übernommen haben, ist es nicht');
  await expect(screen.sourceWarning).toContainText('SSDs');
  await bench.checkScreen('import-6-done');

  await tabTo(page, screen.deleteSourceButton);
  await page.keyboard.press('Enter');
  await expect(screen.dialog).toBeVisible();
  await expect(screen.dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await bench.checkScreen('import-7-delete-dialog');
  await page.keyboard.press('Tab');
  await expect(screen.dialog.getByRole('button', { name: 'Datei löschen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(screen.main.getByText('Die Datei wurde gelöscht.')).toBeVisible();
  expect(existsSync(listFile)).toBe(false);

  // The earlier imports: undo this one — a real erasure of the created cases, the merge taken back.
  await expect(screen.batchesTable.getByRole('row')).toHaveCount(2);
  const undo = screen.undoButton(todayGerman);
  await tabTo(page, undo, { limit: 40 });
  await page.keyboard.press('Enter');
  await expect(screen.dialog).toContainText('4 Fälle sind unverändert');
  await bench.checkScreen('import-8-undo-dialog');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(screen.main.getByText('4 Fälle entfernt, 0 geänderte Fälle behalten.')).toBeVisible();
  await expect(screen.main.getByText('Sie haben noch keine Liste übernommen.')).toBeVisible();

  await tabTo(page, layout.navLink('Fälle'), { backwards: true, limit: 60 });
  await page.keyboard.press('Enter');
  await expect(layout.main.getByRole('row')).toHaveCount(2);
});

test('a file of the wrong type is refused with its German reason, and nothing is kept', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  const pdf = path.join(bench.tempDir, 'Fallliste.xlsx');
  await writeFile(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
  bench.setOpenFiles([pdf]);
  await bench.open();
  const layout = new MainLayout(page);
  const screen = new ImportPage(page);
  await tabTo(page, layout.navLink('Liste übernehmen'), { limit: 40 });
  await page.keyboard.press('Enter');
  await tabTo(page, screen.chooseFileButton);
  await page.keyboard.press('Enter');
  await expect(screen.alert).toHaveText(/keine Liste, sondern eine Datei vom Typ PDF/);
  await expect(screen.progress).toHaveText('Schritt 1 von 6');
  await bench.checkScreen('import-refused');
});
