import { PEOPLE, expect, test } from './fixtures';
import { MainLayout, UnlockPage } from './pages';
import { CaseDetailPage, JournalDialog } from './pages/CaseDetailPage';
import { createCase, setUpAndUnlock } from './support/seedCases';

test('Strg+K: a case by name or code, a screen, the main actions — by keyboard, announced as a combobox', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  const muller = await createCase(bench, { familyName: 'Müller', givenNames: 'Ayşe' });
  const haidari = await createCase(bench, { familyName: 'Haidari', givenNames: 'Ahmad' });
  await bench.open();
  const layout = new MainLayout(page);
  await expect(layout.pageHeading).toHaveText('Heute');

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Springen zu …' });
  const field = palette.getByRole('combobox', { name: 'Fall, Seite oder Aktion' });
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  const list = palette.getByRole('listbox');
  await expect(field).toHaveAttribute('aria-controls', (await list.getAttribute('id')) ?? '');
  // Nothing typed: the screens and the actions.
  await expect(list.getByRole('group', { name: 'Seiten' }).getByRole('option')).toContainText(['Heute', 'Fälle', 'Fristen']);
  await expect(list.getByRole('group', { name: 'Aktionen' })).toContainText('Neuer Fall');
  await bench.checkScreen('palette-open');

  // A name without its umlaut finds the case; the active option is announced through aria-activedescendant.
  await page.keyboard.type('muller');
  const options = list.getByRole('option');
  await expect(options.first()).toContainText(muller.code);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id')) ?? '');
  await expect(palette.getByRole('status')).toHaveText(/\d+ Treffer/);
  await bench.checkScreen('palette-case');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  const detail = new CaseDetailPage(page);
  await expect(detail.heading).toContainText(muller.code);

  // By code, arrow keys, and a screen.
  await page.keyboard.press('Control+k');
  await page.keyboard.type(haidari.code.slice(-4));
  await expect(options.first()).toContainText('Haidari, Ahmad');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('frist');
  await expect(options.first()).toHaveText('Fristen');
  await page.keyboard.press('Enter');
  await expect(layout.pageHeading).toHaveText('Fristen');

  // "Neuer Eintrag" away from a case asks for the case first, then opens the quick entry there.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('neuer eintrag');
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Neuer Eintrag – für welchen Fall?' });
  await expect(picker).toBeVisible();
  await page.keyboard.type('haidari');
  await page.keyboard.press('Enter');
  const journal = new JournalDialog(page);
  await expect(journal.dialog).toBeVisible();
  await expect(detail.heading).toContainText(haidari.code);
  await page.keyboard.press('Escape');

  // Privacy mode from the palette: codes only, in the palette too.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('namen verb');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /Namen verbergen/ })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('müller');
  await expect(options.first()).toContainText(muller.code);
  await expect(options.first()).not.toContainText('Müller');
  await bench.checkScreen('palette-privacy');
  await page.keyboard.press('Escape');

  // The button in the navigation opens the same palette; "Sperren" locks.
  await layout.navigation.getByRole('button', { name: /Springen zu/ }).click();
  await expect(palette).toBeVisible();
  await page.keyboard.type('sperren');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(new UnlockPage(page).heading).toBeVisible();
});

test('the supervisor’s palette offers screens and locking, no cases and no privacy mode', async ({ page, bench }) => {
  await bench.setUpVault();
  await bench.open();
  await new UnlockPage(page).unlock(PEOPLE.supervisor.name, PEOPLE.supervisor.passphrase);
  // The shortcut belongs to the main layout: press it once that layout is there.
  await expect(new MainLayout(page).pageHeading).toHaveText('Heute');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Springen zu …' });
  await expect(palette.getByRole('group', { name: 'Seiten' })).toContainText('Protokoll');
  await expect(palette.getByRole('group', { name: 'Fälle' })).toHaveCount(0);
  await expect(palette).not.toContainText('Namen verbergen');
  await page.keyboard.type('konten');
  await page.keyboard.press('Enter');
  await expect(new MainLayout(page).pageHeading).toHaveText('Konten');
});
