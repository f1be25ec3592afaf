import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PEOPLE, expect, test } from './fixtures';
import { MainLayout } from './pages';
import { StatisticsPage } from './pages/StatisticsPage';
import { expectVisibleFocus, tabTo } from './keyboard';
import { call, createCase, setUpAndUnlock } from './support/seedCases';
import { Q3_2026, YEAR_2025, expectNothingPersonal, openStatistics, seedStatistics, sha256Of } from './support/statistics';

/**
 * Statistics (issue 5) end to end: choose, preview exactly what leaves, confirm, write; history;
 * combining exports with refusals; profiles. The cases are seeded through the core's own channels
 * with canary names and note texts that must never reach any byte of any exported file.
 */

test('export for the Bündnis (Cell Key Method) and the Ministerium (suppression): preview, confirm, files, history', async ({
  page,
  bench,
}) => {
  test.setTimeout(120_000);
  await setUpAndUnlock(bench);
  const codes = await seedStatistics(bench);
  await mkdir(bench.chosenVaultDir, { recursive: true });
  const statistics = await openStatistics(page, bench);

  // Step 1: period and recipient. For a quarter the form names the tables it leaves out.
  await statistics.choose(Q3_2026, 'Bündnis');
  await expect(statistics.yearlyOnlyNotice).toContainText('nur im Jahresbericht');
  await expect(statistics.yearlyOnlyNotice).toContainText('T12 Abschlussgründe und Verbleib');
  await bench.checkScreen('statistics-choose');
  await statistics.choose(YEAR_2025, 'Bündnis');
  await expect(statistics.yearlyOnlyNotice).toHaveCount(0);

  // Keyboard: Enter in the year field submits the form.
  await statistics.yearInput.press('Enter');
  await expect(statistics.stepHeading).toHaveText('Vorschau: genau das wird weitergegeben');
  await expect(statistics.stepHeading).toBeFocused();
  await expect(statistics.legend).toContainText('„Werte mit Cell-Key-Methode überlagert; nicht additiv“');
  await expect(statistics.legend).toContainText('Die Werte 1 und 2 kommen nicht vor');
  await expect(statistics.figures).toContainText('Davon verändert');
  await expect(statistics.figures).toContainText('Mittlere absolute Abweichung');
  await expect(statistics.checks.filter({ hasText: 'Kein veröffentlichter Wert zwischen 1 und 2' })).toContainText('Bestanden:');
  await expect(statistics.checks.filter({ hasText: 'Echte Nullen bleiben Null' })).toHaveCount(1);
  await expect(statistics.absentTables).toHaveCount(0);
  await expect(statistics.table('T02')).toContainText('Geschlecht und Altersgruppe');
  await expect(statistics.table('T02').getByRole('rowheader', { name: 'Insgesamt' })).toBeVisible();
  await expect(statistics.table('T02').getByRole('columnheader', { name: 'Insgesamt' })).toBeVisible();
  await expect(statistics.table('T12')).toContainText('Abschlussgründe und Verbleib');
  const ckmCells = await statistics.cellTexts();
  expect(ckmCells.length).toBeGreaterThan(20);
  // The Cell Key Method never publishes 1 or 2 and suppresses nothing — only a row with all its mass in one
  // cell is withheld (group disclosure; here the analysis's merged fields, which have needs but no referrals).
  expect(ckmCells.filter((cell) => cell === '1' || cell === '2')).toEqual([]);
  for (const number of ['T01', 'T02', 'T06', 'T08']) expect(await statistics.cellTexts(number)).not.toContain('.');
  await bench.checkScreen('statistics-preview-ckm');

  // Step 3: the explicit confirmation lists the files; nothing exists yet.
  await statistics.continueButton.click();
  await expect(statistics.stepHeading).toHaveText('Export bestätigen');
  await expect(statistics.main).toContainText('Diese Dateien werden geschrieben (3):');
  const planned = await statistics.plannedFileNames();
  expect(planned).toEqual([
    'fallbuch-statistik_2025_buendnis.json',
    'fallbuch-statistik_2025_buendnis.csv',
    'fallbuch-statistik_2025_buendnis.pdf',
  ]);
  expect(await readdir(bench.chosenVaultDir)).toEqual([]);
  await bench.checkScreen('statistics-confirm');

  await statistics.writeButton.click();
  await expect(statistics.stepHeading).toHaveText('Dateien geschrieben');
  await expect(statistics.writtenFolder).toHaveText(bench.chosenVaultDir);
  const written = await statistics.writtenFiles();
  expect(written.map((file) => file.name)).toEqual(planned);
  for (const file of written) expect(file.sha256).toBe(await sha256Of(path.join(bench.chosenVaultDir, file.name)));
  await bench.checkScreen('statistics-written');

  // The JSON is exactly the previewed document: a number shown in T01 is the number in the file.
  const bundnis = JSON.parse(await readFile(path.join(bench.chosenVaultDir, planned[0]!), 'utf8')) as {
    method: string;
    tables: { id: string; grandTotal: number | null }[];
  };
  expect(bundnis.method).toBe('ckm');

  // A quarterly report for the Ministerium: exact values, "." for suppressed cells, one CSV per table.
  await statistics.againButton.click();
  await expect(statistics.stepHeading).toHaveText('Zeitraum und Empfänger wählen');
  await statistics.choose(Q3_2026, 'Ministerium');
  await statistics.previewButton.click();
  await expect(statistics.legend).toContainText('Gesperrte Werte sind mit „.“ gekennzeichnet');
  await expect(statistics.legend).toContainText('= gesperrt: weniger als 3 Personen');
  await expect(statistics.figures).toContainText('Davon gesperrt („.“)');
  await expect(statistics.checks.filter({ hasText: 'LP-Prüfung: Für jede' })).toContainText('Bestanden:');
  // Flows and outcomes are absent from a quarter, and the screen says why.
  await expect(statistics.absentTables).toContainText('T04 Statuswechsel (von → nach): nur im Jahresbericht');
  await expect(statistics.table('T12')).toHaveCount(0);
  const exactCells = await statistics.cellTexts();
  expect(exactCells.filter((cell) => cell === '1' || cell === '2')).toEqual([]);
  expect(exactCells).toContain('.');
  // A suppressed cell is read out as "gesperrt", not as a full stop.
  await expect(statistics.main.locator('td.stats-suppressed').first()).toContainText('gesperrt');
  await bench.checkScreen('statistics-preview-suppression');

  const quarterTables = await statistics.tables.count();
  expect(quarterTables).toBeGreaterThan(0);
  await statistics.main.getByRole('radio', { name: 'Eine CSV-Datei je Tabelle' }).check();
  await statistics.continueButton.click();
  const plannedYear = await statistics.plannedFileNames();
  expect(plannedYear.filter((name) => name.endsWith('.csv'))).toHaveLength(quarterTables);
  expect(plannedYear).toContain('fallbuch-statistik_2026-Q3_ministerium_T02.csv');
  await statistics.writeButton.click();
  await expect(statistics.stepHeading).toHaveText('Dateien geschrieben');
  expect((await statistics.writtenFiles()).map((file) => file.name)).toEqual(plannedYear);
  expect((await readdir(bench.chosenVaultDir)).sort()).toEqual([...planned, ...plannedYear].sort());

  await expectNothingPersonal(bench.chosenVaultDir, codes);

  // History: both exports, newest first, with every file's SHA-256.
  await statistics.main.getByRole('button', { name: 'Zum Exportverlauf' }).click();
  await expect(statistics.main.getByRole('heading', { level: 2, name: 'Exportverlauf' })).toBeVisible();
  await expect(statistics.historyRows).toHaveCount(2);
  await expect(statistics.historyRows.nth(0)).toContainText('3. Quartal 2026');
  await expect(statistics.historyRows.nth(0)).toContainText('Ministerium');
  await expect(statistics.historyRows.nth(0)).toContainText('Zellsperrung');
  await expect(statistics.historyRows.nth(1)).toContainText('Jahr 2025');
  await expect(statistics.historyRows.nth(1)).toContainText('Cell-Key-Methode');
  for (const file of written) await expect(statistics.historyRows.nth(1)).toContainText(file.sha256);
  await bench.checkScreen('statistics-history');

  // A counsellor sees the profiles but cannot change them (supervisor-only channels).
  await statistics.openView('Empfängerprofile');
  await expect(statistics.profileRow('Bündnis')).toContainText('Cell-Key-Methode');
  await expect(statistics.main.getByRole('button', { name: /bearbeiten|löschen/i })).toHaveCount(0);
  await expect(statistics.main).toContainText('Profile und Einwilligungsregel legt die Leitung fest');
  await bench.checkScreen('statistics-profiles-counsellor');

  // Both exports are in the access log, by the counsellor (read by the supervisor, who may).
  await call(bench, 'vault:lock', {});
  await call(bench, 'vault:unlock', { account: PEOPLE.supervisor.name, passphrase: PEOPLE.supervisor.passphrase });
  const log = await call<{ entries: { action: string; userName: string | null; object: string | null }[] }>(bench, 'audit:list', {
    filter: { action: 'stats.export' },
    offset: 0,
    limit: 10,
  });
  expect(log.entries.map((entry) => [entry.action, entry.userName, entry.object])).toEqual([
    ['stats.export', PEOPLE.counsellor.name, null],
    ['stats.export', PEOPLE.counsellor.name, null],
  ]);
});

test('combining exports: sums with a suppressed part stay ".", invalid files are refused with the reason', async ({ page, bench }) => {
  test.setTimeout(120_000);
  await setUpAndUnlock(bench);
  const codes = await seedStatistics(bench);
  const exportDir = path.join(bench.tempDir, 'Exporte');
  await mkdir(exportDir, { recursive: true });

  // Two workstations' exports of the same period: the second one is this export with another source tag.
  const preview = (await call(bench, 'stats:preview', { period: Q3_2026, profileId: 'ministerium' })) as { previewHash: string };
  await mkdir(bench.chosenVaultDir, { recursive: true });
  await call(bench, 'stats:export', { period: Q3_2026, profileId: 'ministerium', previewHash: preview.previewHash, csvLayout: 'sections' });
  const first = path.join(bench.chosenVaultDir, 'fallbuch-statistik_2026-Q3_ministerium.json');
  const document = JSON.parse(await readFile(first, 'utf8')) as {
    source: string;
    tables: {
      id: string;
      grandTotal: number | null;
      rows: { values: (number | null)[]; total: number | null }[];
      columnTotals: (number | null)[];
    }[];
  };
  const second = path.join(exportDir, 'arbeitsplatz-2.json');
  await writeFile(second, JSON.stringify({ ...document, source: '0123456789abcdef' }, null, 2));
  const notJson = path.join(exportDir, 'kaputt.json');
  await writeFile(notJson, '{ das ist kein JSON');
  const wrongShape = path.join(exportDir, 'falsch.json');
  await writeFile(wrongShape, JSON.stringify({ schemaVersion: 1, tables: 'keine' }));

  await bench.open();
  await new MainLayout(page).open('Statistik');
  const statistics = new StatisticsPage(page);
  await statistics.openView('Exporte zusammenführen');
  await expect(statistics.main.getByRole('heading', { level: 2, name: 'Exporte zusammenführen' })).toBeVisible();
  await bench.checkScreen('statistics-combine-start');

  bench.setOpenFiles([first, second, notJson, wrongShape]);
  await statistics.loadFilesButton.click();
  await expect(statistics.main.getByRole('heading', { name: 'Ergebnis der Zusammenführung' })).toBeVisible();
  await expect(statistics.main).toContainText('Verwendete Dateien (2):');
  await expect(statistics.main).toContainText('Abgelehnte Dateien (2):');
  await expect(statistics.refusedFiles.filter({ hasText: 'kaputt.json' })).toContainText('Die Datei ist keine JSON-Datei.');
  await expect(statistics.refusedFiles.filter({ hasText: 'falsch.json' })).toContainText('Die Datei entspricht nicht dem Statistik-Schema');
  // Every number doubles; every cell suppressed in a part stays "." in the sum.
  // Counted as the screen shows them: a one-column table shows each row's total and the grand total.
  const shown = (table: (typeof document.tables)[number]) =>
    table.columnTotals.length === 1
      ? [...table.rows.map((row) => row.total), table.grandTotal]
      : [...table.rows.flatMap((row) => [...row.values, row.total]), ...table.columnTotals, table.grandTotal];
  const suppressedInPart = document.tables.reduce((count, table) => count + shown(table).filter((value) => value === null).length, 0);
  expect(suppressedInPart).toBeGreaterThan(0);
  const combinedCells = await statistics.cellTexts();
  expect(combinedCells.filter((cell) => cell === '.')).toHaveLength(suppressedInPart);
  const t01 = document.tables.find((table) => table.id === 'T01_cases')!;
  await expect(statistics.table('T01').locator('tfoot td').last()).toHaveText(
    t01.grandTotal === null ? /gesperrt/ : String(t01.grandTotal * 2),
  );
  await expect(statistics.main).toContainText('steht als „.“');
  await bench.checkScreen('statistics-combine');

  await statistics.combineExportButton.click();
  await expect(statistics.stepHeading).toHaveText('Export bestätigen');
  const planned = await statistics.plannedFileNames();
  expect(planned).toEqual([
    'fallbuch-statistik_2026-Q3_zusammenfuehrung.json',
    'fallbuch-statistik_2026-Q3_zusammenfuehrung.csv',
    'fallbuch-statistik_2026-Q3_zusammenfuehrung.pdf',
  ]);
  await bench.checkScreen('statistics-combine-confirm');
  await statistics.writeButton.click();
  await expect(statistics.stepHeading).toHaveText('Dateien geschrieben');
  for (const file of await statistics.writtenFiles()) expect(file.sha256).toBe(await sha256Of(path.join(bench.chosenVaultDir, file.name)));
  await bench.checkScreen('statistics-combine-written');
  await expectNothingPersonal(bench.chosenVaultDir, codes);
  const combinedFiles = await statistics.writtenFiles();

  // The combined report is in the history, apart from the workstation's own export.
  await statistics.openView('Exportverlauf');
  await expect(statistics.historyRows).toHaveCount(2);
  await expect(statistics.historyRows.nth(0)).toContainText('Zusammenführung');
  for (const file of combinedFiles) await expect(statistics.historyRows.nth(0)).toContainText(file.sha256);
  await expect(statistics.historyRows.nth(1)).toContainText('Ministerium');
  await statistics.openView('Exporte zusammenführen');

  // A file of another period is refused on its own, with the reason; the others are combined.
  const otherPeriod = path.join(exportDir, 'anderes-jahr.json');
  await writeFile(
    otherPeriod,
    JSON.stringify(
      { ...document, source: 'fedcba9876543210', period: { year: 2026, quarter: 2, code: '2026-Q2', label: '2. Quartal 2026' } },
      null,
      2,
    ),
  );
  bench.setOpenFiles([first, otherPeriod]);
  await statistics.loadFilesButton.click();
  await expect(statistics.refusedFiles).toHaveCount(1);
  await expect(statistics.refusedFiles.first()).toContainText('anderes-jahr.json');
  await expect(statistics.refusedFiles.first()).toContainText(
    'Zeitraum 2026-Q2; die zusammengeführten Dateien betreffen den Zeitraum 2026-Q3.',
  );
  await expect(statistics.usedFiles).toHaveCount(1);
  await expect(statistics.combineExportButton).toBeVisible();
  await bench.checkScreen('statistics-combine-mismatch');

  // Only unusable files: each is refused, and nothing is combined.
  bench.setOpenFiles([notJson]);
  await statistics.loadFilesButton.click();
  await expect(statistics.refusedFiles).toHaveCount(1);
  await expect(statistics.main).toContainText('Keine der gewählten Dateien konnte verwendet werden.');
  await expect(statistics.combineExportButton).toHaveCount(0);
  await bench.checkScreen('statistics-combine-refused');
});

test('bad input: a wrong year inline, periods not ended or in the future, an empty period, a folder that cannot be written', async ({
  page,
  bench,
}) => {
  test.setTimeout(90_000);
  await setUpAndUnlock(bench);
  await seedStatistics(bench);
  const statistics = await openStatistics(page, bench);

  await statistics.yearInput.fill('20x6');
  await statistics.previewButton.click();
  await expect(statistics.yearInput).toHaveAttribute('aria-invalid', 'true');
  await expect(statistics.main).toContainText('Bitte ein Jahr zwischen 2000 und 2100 angeben.');
  await bench.checkScreen('statistics-error-year');

  const thisYear = new Date().getFullYear();
  await statistics.choose({ year: thisYear, quarter: null }, 'Bündnis');
  await statistics.previewButton.click();
  await expect(statistics.alert).toContainText(`Der Zeitraum ist noch nicht abgeschlossen (31.12.${thisYear})`);
  await bench.checkScreen('statistics-error-period');

  await statistics.choose({ year: thisYear + 2, quarter: null }, 'Bündnis');
  await statistics.previewButton.click();
  await expect(statistics.alert).toContainText('Der Zeitraum liegt in der Zukunft');

  await statistics.choose({ year: 2019, quarter: null }, 'Ministerium');
  await statistics.previewButton.click();
  await expect(statistics.alert).toContainText('Im gewählten Zeitraum gibt es keine Fälle');

  // The chosen "folder" is a file: a clear message, and nothing is written anywhere.
  await writeFile(bench.chosenVaultDir, 'kein Ordner');
  await statistics.choose(Q3_2026, 'Ministerium');
  await statistics.previewButton.click();
  await statistics.continueButton.click();
  await statistics.writeButton.click();
  await expect(statistics.alert).toContainText('In den gewählten Ordner kann nicht geschrieben werden');
  await expect(statistics.stepHeading).toHaveText('Export bestätigen');
  expect(await readdir(bench.tempDir)).not.toContain('fallbuch-statistik_2026-Q3_ministerium.json');
  await bench.checkScreen('statistics-error-folder');

  // The data change after the preview: the export refuses the outdated preview and offers a new one.
  await rm(bench.chosenVaultDir);
  await mkdir(bench.chosenVaultDir);
  await createCase(bench, { familyName: 'Kanarienfamilie', givenNames: 'Nachzügler', intakeDate: '2026-08-03', phase: 'intake' });
  await statistics.writeButton.click();
  await expect(statistics.alert).toContainText('Die Daten haben sich seit der Vorschau geändert');
  expect(await readdir(bench.chosenVaultDir)).toEqual([]);
  await bench.checkScreen('statistics-error-outdated');
  await statistics.alert.getByRole('button', { name: 'Vorschau neu berechnen' }).click();
  await expect(statistics.stepHeading).toHaveText('Vorschau: genau das wird weitergegeben');
  await statistics.continueButton.click();
  await statistics.writeButton.click();
  await expect(statistics.stepHeading).toHaveText('Dateien geschrieben');
  expect(await readdir(bench.chosenVaultDir)).toHaveLength(3);

  // Keyboard only: a new export for the Bündnis — radios with the arrow keys, buttons with Enter.
  await statistics.againButton.focus();
  await page.keyboard.press('Enter');
  await expect(statistics.stepHeading).toHaveText('Zeitraum und Empfänger wählen');
  await expect(statistics.stepHeading).toBeFocused();
  await tabTo(page, statistics.profileRadio('Ministerium'));
  await expectVisibleFocus(statistics.profileRadio('Ministerium'));
  await page.keyboard.press('ArrowUp');
  await expect(statistics.profileRadio('Bündnis')).toBeChecked();
  await tabTo(page, statistics.previewButton);
  await page.keyboard.press('Enter');
  await expect(statistics.stepHeading).toHaveText('Vorschau: genau das wird weitergegeben');
  await expect(statistics.stepHeading).toBeFocused();
  await tabTo(page, statistics.continueButton, { limit: 60 });
  await expectVisibleFocus(statistics.continueButton);
  await page.keyboard.press('Enter');
  await expect(statistics.stepHeading).toHaveText('Export bestätigen');
  await tabTo(page, statistics.writeButton);
  await page.keyboard.press('Enter');
  await expect(statistics.stepHeading).toHaveText('Dateien geschrieben');
  expect(await readdir(bench.chosenVaultDir)).toContain('fallbuch-statistik_2026-Q3_buendnis.json');
});
