import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PEOPLE, expect, test } from './fixtures';
import { MainLayout, UnlockPage } from './pages';
import { AuditPage } from './pages/AuditPage';
import { PDFDocument } from 'pdf-lib';
import { setUpWithCases, tamperWithEntry } from './support/issue4';

/** The text of every page of a PDF, as a reader extracts it. */
async function pdfText(file: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return pages.join('\n');
}

/** The data rows of an access-log CSV (after its head and the blank line), without the column names. */
function csvRows(text: string): string[][] {
  const [, table = ''] = text.split('\r\n\r\n');
  return table
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(';'));
}

/**
 * The supervisor's audit (issue 4): the log view with filters, verification in words, a signed
 * checkpoint saved outside the vault and compared against, CSV export, retention with archive.
 */

test('the supervisor lands on the log, filters it, verifies it and keeps a checkpoint', async ({ page, bench }) => {
  const { cases } = await setUpWithCases(bench, 2);
  const [first, second] = cases;
  if (!first || !second) throw new Error('cases not seeded');
  await bench.open();
  await new UnlockPage(page).unlock(PEOPLE.supervisor.name, PEOPLE.supervisor.passphrase);
  const layout = new MainLayout(page);

  // Landing page ("Heute") and navigation of the supervisor: no Fälle, no Fristen.
  await expect(layout.pageHeading).toHaveText('Heute');
  const audit = await AuditPage.open(page);
  await expect(layout.navLink('Protokoll')).toHaveAttribute('aria-current', 'page');
  await expect(layout.navLink('Konten')).toBeVisible();
  await expect(layout.navLink('Einstellungen')).toBeVisible();
  await expect(layout.navLink('Fälle')).toHaveCount(0);
  await expect(layout.navLink('Fristen')).toHaveCount(0);
  await expect(audit.count).toHaveText(/^\d+ Einträge, neueste zuerst$/);
  await expect(audit.rows.first()).toBeVisible();
  // Newest first: the supervisor's own unlock is on top, the set-up at the bottom of the log.
  const seqs = (await audit.columnTexts('seq')).map(Number);
  expect(seqs).toEqual([...seqs].sort((left, right) => right - left));
  await bench.checkScreen('audit-log');

  // Filter by case code: only the entries about that case, named by its code.
  await audit.caseCodeFilter.fill(first.code.toLowerCase());
  await expect.poll(async () => [...new Set(await audit.columnTexts('object'))]).toEqual([first.code]);
  expect(await audit.columnTexts('action')).toContain('Fall angelegt');
  await audit.resetFiltersButton.click();

  // Filter by account and action (German labels).
  await audit.filterByUser(`${PEOPLE.counsellor.name} (Beratungsfachkraft)`);
  await audit.filterByAction('Fall angelegt');
  await expect(audit.count).toHaveText('2 Einträge, neueste zuerst');
  expect(new Set(await audit.columnTexts('object'))).toEqual(new Set([first.code, second.code]));
  await bench.checkScreen('audit-log-filtered');

  // A period that ends before it starts is refused at the field; nothing is filtered by it.
  await audit.toFilter.fill('19.11.2030');
  await audit.fromFilter.fill('20.11.2030');
  await expect(audit.toFilter).toHaveAttribute('aria-invalid', 'true');
  await expect(audit.filters).toContainText('Das Ende liegt vor dem Anfang.');
  await expect(audit.count).toHaveText('2 Einträge, neueste zuerst');
  await bench.checkScreen('audit-log-filter-errors');
  await audit.resetFiltersButton.click();
  await expect(audit.fromFilter).toHaveValue('');

  // Verification in words.
  await audit.verifyButton.click();
  await expect(audit.verifyResult).toHaveAttribute('data-intact', 'true');
  await expect(audit.verifyResult).toHaveText(/^✓Protokoll geprüft am [\d.]+ [\d:]+: \d+ Einträge bis Eintrag Nr\. \d+, unverändert\.$/);
  await bench.checkScreen('audit-verified');

  // Sign and save a checkpoint: the file lands where the save dialog put it.
  await audit.saveCheckpointButton.click();
  await expect(audit.integrity.getByRole('status').first()).toContainText('Prüfpunkt signiert und gespeichert:');
  const saved = await readdir(bench.saveDir);
  expect(saved).toHaveLength(1);
  const checkpointFile = path.join(bench.saveDir, saved[0] ?? '');
  expect((await readFile(checkpointFile, 'utf8')).length).toBeGreaterThan(0);

  // Compare against it: the vault still holds everything the checkpoint vouches for.
  bench.setOpenFiles([checkpointFile]);
  await audit.compareButton.click();
  await expect(audit.verifyResult).toContainText(`(Eintrag`);
  await expect(audit.verifyResult).toContainText(PEOPLE.supervisor.name);
  await expect(audit.verifyResult).toHaveAttribute('data-intact', 'true');
  await bench.checkScreen('audit-checkpoint-compared');

  // A file that is not a checkpoint is refused with a clear message.
  const notACheckpoint = path.join(bench.tempDir, 'notiz.json');
  await writeFile(notACheckpoint, '{"hallo": 1}');
  bench.setOpenFiles([notACheckpoint]);
  await audit.compareButton.click();
  await expect(audit.integrity.getByRole('alert')).toContainText('Prüfpunkt');
  await bench.checkScreen('audit-checkpoint-invalid');
});

test('the supervisor exports the filtered view as CSV, and old entries are archived after a confirmation', async ({ page, bench }) => {
  const { cases } = await setUpWithCases(bench, 1);
  const [only] = cases;
  if (!only) throw new Error('case not seeded');
  await bench.open();
  await new UnlockPage(page).unlock(PEOPLE.supervisor.name, PEOPLE.supervisor.passphrase);
  const audit = await AuditPage.open(page);

  await audit.caseCodeFilter.fill(only.code);
  await expect.poll(async () => [...new Set(await audit.columnTexts('object'))]).toEqual([only.code]);
  await audit.exportAs('CSV');
  await expect(audit.exportSection.getByRole('status')).toContainText('Gespeichert:');
  const files = await readdir(bench.saveDir);
  expect(files.filter((file) => file.endsWith('.csv'))).toHaveLength(1);
  const csv = await readFile(path.join(bench.saveDir, files.find((file) => file.endsWith('.csv')) ?? ''), 'utf8');
  expect(csv).toContain(only.code);
  // Only that case's entries, and never the name of the person in it.
  expect(csv).not.toContain('Beispiel0');
  expect(csv).not.toContain('vault.unlock');
  await bench.checkScreen('audit-exported');

  // Thirteen months later the early entries are due; archiving asks first.
  bench.advanceClock(400 * 24 * 60 * 60 * 1000);
  // So long idle, the core has locked itself; the status poll notices within seconds: sign in again.
  const unlock = new UnlockPage(page);
  await expect(unlock.heading).toBeVisible({ timeout: 15_000 });
  await unlock.unlock(PEOPLE.supervisor.name, PEOPLE.supervisor.passphrase);
  await AuditPage.open(page);
  await expect(audit.retention).toContainText(/\d+ Einträge sind älter als die Frist/);
  await audit.retention.getByRole('button', { name: 'Jetzt archivieren …' }).click();
  await expect(audit.dialog).toBeVisible();
  await expect(audit.dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await bench.checkScreen('audit-archive-confirm');
  await audit.dialog.getByRole('button', { name: /Einträge archivieren$/ }).click();
  await expect(audit.retention.getByRole('status')).toContainText('wurden archiviert');
  await expect(audit.retention).toContainText('Kein Eintrag ist älter als die Frist');

  // The log still verifies after the archive, and says what was archived.
  await audit.verifyButton.click();
  await expect(audit.verifyResult).toHaveAttribute('data-intact', 'true');
  await expect(audit.verifyResult).toContainText('wurden archiviert (signierter Prüfpunkt)');
  await bench.checkScreen('audit-after-archive');
});

test('„Protokoll prüfen“ shows how far it is and can be cancelled from the keyboard; leaving the screen cancels (issue 16)', async ({
  page,
  bench,
}) => {
  await setUpWithCases(bench, 2);
  await bench.open();
  await new UnlockPage(page).unlock(PEOPLE.supervisor.name, PEOPLE.supervisor.passphrase);
  const audit = await AuditPage.open(page);

  // Held after its first batch of 8 entries: the bar says how far, in German numbers, and the cancel button has the focus.
  let release = bench.holdAuditCheck();
  await audit.verifyButton.click();
  await expect(audit.verifyProgress).toBeVisible();
  await expect(audit.integrity.locator('.verify-progress label')).toHaveText(/^Geprüft: [1-9]\d* von \d+ Einträgen$/);
  expect(Number(await audit.verifyProgress.getAttribute('value'))).toBeLessThan(Number(await audit.verifyProgress.getAttribute('max')));
  await expect(audit.integrity.getByRole('status').first()).toHaveText(/Das Protokoll wird geprüft/);
  await expect(audit.verifyButton).toBeDisabled();
  await expect(audit.cancelVerifyButton).toBeFocused();
  await bench.checkScreen('audit-verify-running');

  await page.keyboard.press('Enter');
  await expect(audit.integrity.getByRole('status').first()).toHaveText(
    /Prüfung abgebrochen – das Protokoll wurde nicht vollständig geprüft\./,
  );
  await expect(audit.verifyProgress).toHaveCount(0);
  await expect(audit.verifyResult).toHaveCount(0);
  await expect(audit.verifyButton).toBeFocused();
  await bench.checkScreen('audit-verify-cancelled');
  release();

  // Run to the end: the result of the job is the report in words.
  await audit.verifyButton.click();
  await expect(audit.verifyResult).toHaveAttribute('data-intact', 'true');
  await expect(audit.verifyResult).toHaveText(/^✓Protokoll geprüft am [\d.]+ [\d:]+: \d+ Einträge bis Eintrag Nr\. \d+, unverändert\.$/);
  expect(bench.calls).toContain('audit:verifyStart');
  expect(bench.calls).toContain('audit:verifyProgress');
  expect(bench.calls).not.toContain('audit:verify');

  // Cancelled after a finished check: the earlier result goes, nothing reads as „unverändert“.
  release = bench.holdAuditCheck();
  await audit.verifyButton.click();
  await audit.cancelVerifyButton.click();
  await expect(audit.integrity.getByRole('status').first()).toHaveText(/Prüfung abgebrochen/);
  await expect(audit.verifyResult).toHaveCount(0);
  release();

  // Leaving the screen while a check runs stops the polling and cancels the check.
  release = bench.holdAuditCheck();
  await audit.verifyButton.click();
  await expect(audit.verifyProgress).toBeVisible();
  const cancelsBefore = bench.calls.filter((channel) => channel === 'audit:verifyCancel').length;
  await new MainLayout(page).navLink('Heute').click();
  await expect.poll(() => bench.calls.filter((channel) => channel === 'audit:verifyCancel').length).toBe(cancelsBefore + 1);
  release();
});

test('a changed entry is named by its number, in words and with an icon', async ({ page, bench }) => {
  const { recoveryKey } = await setUpWithCases(bench, 1);
  await tamperWithEntry(bench, recoveryKey, 3);
  await bench.open();
  await new UnlockPage(page).unlock(PEOPLE.supervisor.name, PEOPLE.supervisor.passphrase);
  const audit = await AuditPage.open(page);
  await audit.verifyButton.click();
  await expect(audit.verifyResult).toHaveAttribute('data-intact', 'false');
  await expect(audit.verifyResult).toContainText('✗');
  await expect(audit.verifyResult).toContainText(
    /Protokoll geprüft am [\d.]+ [\d:]+: \d+ Einträge bis Eintrag Nr\. \d+ – Veränderungen gefunden\./,
  );
  await expect(audit.verifyResult.getByRole('listitem')).toContainText(['Eintrag 3 wurde verändert.']);
  await bench.checkScreen('audit-verify-tampered');
});

test('after „Protokoll prüfen“ the check, the table, the CSV and the PDF count the same entries up to the same entry (issue 10)', async ({
  page,
  bench,
}) => {
  await setUpWithCases(bench, 1);
  await bench.open();
  await new UnlockPage(page).unlock(PEOPLE.supervisor.name, PEOPLE.supervisor.passphrase);
  const audit = await AuditPage.open(page);

  // The table names its moment: up to the entry that logs this very reading, and when it was read.
  await expect(audit.scope).toHaveText(/^Stand: bis Eintrag Nr\. \d+, gelesen am \d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d\.$/);
  const readSeq = Number(/Nr\. (\d+)/.exec((await audit.scope.textContent()) ?? '')?.[1]);
  await expect(audit.rows.first()).toHaveAttribute('data-seq', String(readSeq));
  expect((await audit.columnTexts('action'))[0]).toBe('Protokoll angesehen');
  const readCount = Number(/^(\d+) Einträge/.exec((await audit.count.textContent()) ?? '')?.[1]);
  const firstSeq = readSeq - readCount + 1;

  await audit.verifyButton.click();
  await expect(audit.verifyResult).toHaveAttribute('data-intact', 'true');
  const headline = /Protokoll geprüft am ([\d.]+ [\d:]+): (\d+) Einträge bis Eintrag Nr\. (\d+), unverändert\./.exec(
    (await audit.verifyResult.textContent()) ?? '',
  );
  const [, checkedAt = '', checkedCount = '', checkedSeq = ''] = headline ?? [];
  expect(Number(checkedSeq)).toBeGreaterThanOrEqual(readSeq);
  expect(Number(checkedCount)).toBe(Number(checkedSeq) - firstSeq + 1);

  // The table now shows exactly the checked state: the same count, up to the same entry, with the same time.
  await expect(audit.scope).toHaveText(`Stand der Prüfung: bis Eintrag Nr. ${checkedSeq}, geprüft am ${checkedAt}.`);
  await expect(audit.count).toHaveText(`${checkedCount} Einträge, neueste zuerst`);
  await expect(audit.rows.first()).toHaveAttribute('data-seq', checkedSeq);
  // The check (and reading the table again) are logged after it: offered, not mixed in.
  await expect(audit.reloadButton).toBeVisible();
  await expect(audit.exportSection).toContainText(
    `Exportiert genau diese Ansicht (${checkedCount} Einträge bis Eintrag Nr. ${checkedSeq})`,
  );
  await bench.checkScreen('audit-checked-state');

  // Both files hold exactly those entries and say they are the checked state.
  const scope = `${checkedCount} Einträge bis Eintrag Nr. ${checkedSeq}`;
  const checked = new RegExp(`Geprüft am [\\d.]+ [\\d:]+ \\S+ bis Eintrag Nr\\. ${checkedSeq}: unverändert\\.`);
  await audit.exportAs('CSV');
  await expect(audit.exportSection.getByRole('status')).toContainText('Gespeichert:');
  await audit.exportAs('PDF');
  await expect(audit.exportSection.getByRole('status')).toContainText('.pdf');
  const files = await readdir(bench.saveDir);
  const csvName = files.find((file) => file.endsWith('.csv')) ?? '';
  const pdfName = files.find((file) => file.endsWith('.pdf')) ?? '';
  expect(csvName).toContain(`bis Eintrag ${checkedSeq} `);
  const csv = await readFile(path.join(bench.saveDir, csvName), 'utf8');
  const rows = csvRows(csv);
  expect(rows).toHaveLength(Number(checkedCount));
  // Oldest first in the file: it ends with the checked entry, nothing after it.
  expect(rows.at(-1)?.[0]).toBe(checkedSeq);
  expect(csv).toContain(scope);
  expect(csv).toMatch(checked);
  const pdf = await pdfText(path.join(bench.saveDir, pdfName));
  expect(pdf).toContain(scope);
  expect(pdf).toMatch(checked);

  // „Neu laden“ leaves the checked state for the newest one, which no longer claims the check.
  await audit.reloadButton.click();
  await expect(audit.scope).toHaveText(/^Stand: bis Eintrag Nr\. \d+, gelesen am /);
  const newestSeq = Number(/Nr\. (\d+)/.exec((await audit.scope.textContent()) ?? '')?.[1]);
  expect(newestSeq).toBeGreaterThan(Number(checkedSeq));
  await expect(audit.count).toHaveText(`${newestSeq - firstSeq + 1} Einträge, neueste zuerst`);
  await expect(audit.rows.first()).toHaveAttribute('data-seq', String(newestSeq));
  await expect(audit.exportSection).toContainText(`bis Eintrag Nr. ${newestSeq})`);
});

test('the log names the document an access was about — by its id, never its file name (issue 18)', async ({ page, bench }) => {
  const { cases } = await setUpWithCases(bench, 1);
  const [only] = cases;
  if (!only) throw new Error('case not seeded');
  // The counsellor files a scan through the core, as the documents dialog does.
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]);
  const unlocked = await bench.core.invoke('vault:unlock', { account: PEOPLE.counsellor.name, passphrase: PEOPLE.counsellor.passphrase });
  expect(unlocked.ok).toBe(true);
  const result = await bench.core.invoke('documents:addFiles', {
    caseId: only.id,
    details: { kind: 'notice', date: null, note: '', link: null },
    files: [{ name: 'Bescheid_Beispiel0.pdf', bytes: await pdf.save() }],
  });
  const id = result.ok ? ((result.value as { added: { id: string }[] }).added[0]?.id ?? '') : '';
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await bench.core.invoke('vault:lock', {});

  await bench.open();
  await new UnlockPage(page).unlock(PEOPLE.supervisor.name, PEOPLE.supervisor.passphrase);
  const audit = await AuditPage.open(page);
  await audit.caseCodeFilter.fill(only.code);
  await expect(audit.rows.filter({ hasNotText: only.code })).toHaveCount(0);
  const added = audit.rowWithText('Dokument hinzugefügt');
  await expect(added).toHaveCount(1);
  await expect(added.locator('.audit-col-object')).toHaveText(`${only.code} Dokument ${id}`);
  const documentButton = added.getByRole('button', { name: `Dokument ${id}` });
  await expect(documentButton).toHaveAttribute('title', 'Nur die Einträge zu diesem Dokument zeigen');
  await expect(audit.table).not.toContainText('Bescheid_Beispiel0');
  await bench.checkScreen('audit-document-item');
  const caseEntries = await audit.rows.count();
  expect(caseEntries).toBeGreaterThan(1);

  await audit.exportAs('CSV');
  await expect(audit.exportSection.getByRole('status')).toContainText('Gespeichert:');
  const csvName = (await readdir(bench.saveDir)).find((file) => file.endsWith('.csv')) ?? '';
  const csv = await readFile(path.join(bench.saveDir, csvName), 'utf8');
  expect(csv).toContain(`;Dokument hinzugefügt;${only.code};${id};`);
  expect(csv).not.toContain('Bescheid_Beispiel0');

  // A click on „Dokument …“ shows only the entries about that document, and says so above the table.
  await documentButton.click();
  await expect(audit.count).toHaveText('1 Eintrag');
  await expect(audit.rows).toHaveCount(1);
  await expect(audit.rows.first()).toContainText('Dokument hinzugefügt');
  await expect(audit.filters).toContainText(`Nur Einträge zu: Dokument ${id}`);
  await expect(audit.caseCodeFilter).toHaveValue(only.code);
  await bench.checkScreen('audit-document-filter');
  await audit.filters.getByRole('button', { name: 'Alle Einträge des Falls zeigen' }).click();
  await expect(audit.filters).not.toContainText('Nur Einträge zu');
  await expect.poll(() => audit.rows.count()).toBeGreaterThanOrEqual(caseEntries);
});
