import { PEOPLE, expect, test } from './fixtures';
import { MainLayout, SettingsPage } from './pages';
import { setUpAndUnlock } from './support/seedCases';
import { Q3_2026, openStatistics, seedStatistics } from './support/statistics';

/**
 * Statistics (issue 5) end to end, part two: profiles and the consent rule (supervisor), and the
 * export in English. Choose, preview, confirm, write, history and combining: statistics.spec.ts.
 */

test('a supervisor creates, edits and deletes a custom profile with inline German errors, and sets the consent rule', async ({
  page,
  bench,
}) => {
  await bench.setUpVault();
  const unlocked = await bench.core.invoke('vault:unlock', { account: PEOPLE.supervisor.name, passphrase: PEOPLE.supervisor.passphrase });
  expect(unlocked.ok).toBe(true);
  const statistics = await openStatistics(page, bench);
  await statistics.main.getByRole('button', { name: 'Empfängerprofile und Einwilligungsregel bearbeiten' }).click();
  await expect(statistics.main.getByRole('heading', { level: 2, name: 'Empfängerprofile' })).toBeVisible();
  await expect(statistics.profileRow('Bündnis')).toContainText('nicht änderbar');
  await expect(statistics.profileRow('Ministerium')).toContainText('alle 21 Tabellen');
  await bench.checkScreen('statistics-profiles');
  await statistics.openView('Exportverlauf');
  await expect(statistics.main).toContainText('Noch keine Exporte.');
  await bench.checkScreen('statistics-history-empty');
  await statistics.openView('Empfängerprofile');

  // Errors inline, in German, next to their fields.
  await statistics.methodRadio('Zellsperrung').check();
  await statistics.kInput.fill('2');
  await statistics.main.getByRole('button', { name: 'Keine auswählen' }).click();
  await statistics.main.getByRole('button', { name: 'Profil anlegen' }).click();
  await expect(statistics.profileNameInput).toHaveAttribute('aria-invalid', 'true');
  await expect(statistics.kInput).toHaveAttribute('aria-invalid', 'true');
  await expect(statistics.main).toContainText('Die Mindestfallzahl k muss mindestens 3 betragen.');
  await expect(statistics.main).toContainText('Bitte mindestens eine Tabelle auswählen.');
  await bench.checkScreen('statistics-profile-errors');

  await statistics.profileNameInput.fill('Kommunales Integrationszentrum');
  await statistics.kInput.fill('5');
  await statistics.tableCheckbox('T01').check();
  await statistics.tableCheckbox('T02').check();
  await statistics.tableCheckbox('T12').check();
  await statistics.main.getByRole('button', { name: 'Profil anlegen' }).click();
  const row = statistics.profileRow('Kommunales Integrationszentrum');
  await expect(row).toContainText('Zellsperrung');
  await expect(row).toContainText('3 von 21 Tabellen');
  await expect(row.getByRole('cell', { name: '5', exact: true })).toBeVisible();

  // Edit: the form fills with the profile; the method changes to CKM (k is not used there).
  await row.getByRole('button', { name: 'Profil Kommunales Integrationszentrum bearbeiten' }).click();
  await expect(statistics.profileNameInput).toHaveValue('Kommunales Integrationszentrum');
  await expect(statistics.profileNameInput).toBeFocused();
  await statistics.profileNameInput.fill('KI Arbeitskreis');
  await statistics.methodRadio('Cell-Key-Methode').check();
  await expect(statistics.kInput).toHaveCount(0);
  await statistics.main.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(statistics.profileRow('KI Arbeitskreis')).toContainText('Cell-Key-Methode');
  await expect(statistics.profileRow('Kommunales Integrationszentrum')).toHaveCount(0);

  // The custom profile is offered in the export; a quarter leaves its yearly table out.
  await statistics.openView('Export erstellen');
  await statistics.choose(Q3_2026, 'KI Arbeitskreis');
  await expect(statistics.profileRadio('KI Arbeitskreis')).toBeChecked();
  await expect(statistics.main).toContainText('3 von 21 Tabellen');
  await expect(statistics.yearlyOnlyNotice).toContainText('T12');

  // Delete with a confirmation whose safe choice has the focus.
  await statistics.openView('Empfängerprofile');
  await statistics.profileRow('KI Arbeitskreis').getByRole('button', { name: 'Profil KI Arbeitskreis löschen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Profil „KI Arbeitskreis“ löschen?' });
  await expect(dialog.getByRole('button', { name: 'Behalten' })).toBeFocused();
  await bench.checkScreen('statistics-profile-delete');
  await dialog.getByRole('button', { name: 'Profil löschen' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(statistics.profileRow('KI Arbeitskreis')).toHaveCount(0);

  // The consent rule.
  await statistics.main.getByRole('radio', { name: 'Nur Fälle mit erteilter Statistik-Einwilligung zählen' }).check();
  await statistics.main.getByRole('button', { name: 'Regel speichern' }).click();
  await expect(statistics.main).toContainText('Einwilligungsregel gespeichert.');
  await statistics.openView('Export erstellen');
  await expect(statistics.main).toContainText('Einwilligungsregel: Nur Fälle mit erteilter Statistik-Einwilligung zählen');
});

test('in English: the same export, with English labels and notes', async ({ page, bench }) => {
  test.setTimeout(90_000);
  await setUpAndUnlock(bench);
  await seedStatistics(bench);
  await bench.open();
  const layout = new MainLayout(page);
  await layout.open('Einstellungen');
  await new SettingsPage(page).english.check();
  await layout.navLink('Statistics').click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await main.getByRole('textbox', { name: /^Year\b/ }).fill('2026');
  await main.getByRole('combobox', { name: /^Quarter\b/ }).selectOption('3');
  await main.getByRole('radio', { name: /^Ministerium\b/ }).check();
  await expect(main.locator('.stats-yearly-notice')).toContainText('yearly reports only');
  await main.getByRole('button', { name: 'Show preview' }).click();
  await expect(main.getByRole('heading', { level: 2 })).toHaveText('Preview: exactly this will leave');
  await expect(main.getByRole('note', { name: 'Legend' })).toContainText('= suppressed: fewer than 3 persons');
  await expect(main.locator('.stats-summary')).toContainText('Q3 2026');
  await expect(main.locator('table.stats-table caption').filter({ hasText: 'T02' })).toContainText('Gender and age band');
  await expect(main.locator('.stats-checks li').first()).toContainText('Passed:');
  await bench.checkScreen('statistics-preview-english');
});
