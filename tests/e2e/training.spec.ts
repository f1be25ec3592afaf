import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MainLayout, SetupPage, UnlockPage } from './pages';

/** Issue 10: the „Schulungstresor“ — created from the set-up screen, marked on every screen, left from its unlock screen. */

const PASSPHRASE = 'Üben mit erfundenen Fällen 1';

function banner(page: Page) {
  return page.getByRole('complementary', { name: 'Hinweis: Schulungstresor' });
}

/** Every area of the signed-in navigation, whatever the role (and whatever areas other issues add). */
async function visitEveryArea(page: Page): Promise<string[]> {
  const layout = new MainLayout(page);
  const labels = await layout.navigation.getByRole('link').allInnerTexts();
  for (const label of labels) {
    await layout.navLink(label.trim()).click();
    await expect(layout.pageHeading).toBeVisible();
    await expect(banner(page), `banner on „${label}“`).toContainText('Schulung – keine echten Daten');
  }
  return labels;
}

test('a training vault from the set-up screen: invented cases, the banner on every screen, unlock, and leaving it', async ({
  page,
  bench,
}) => {
  test.setTimeout(150_000);
  await bench.open();
  const setup = new SetupPage(page);
  await expect(setup.heading).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Schulungstresor anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schulungstresor anlegen' });
  await expect(dialog).toContainText('„Übungskonto Leitung“ und „Übungskonto Beratung“');
  await expect(dialog).toContainText('60 erfundenen Fällen');
  await bench.checkScreen('training-create-dialog');

  // Too short, then mismatched: messages on the fields, nothing created.
  await dialog.getByLabel('Kennwort für beide Übungskonten', { exact: true }).fill('kurz');
  await dialog.getByLabel('Kennwort wiederholen', { exact: true }).fill('kurz');
  await dialog.getByRole('button', { name: 'Schulungstresor anlegen' }).click();
  await expect(dialog.getByLabel('Kennwort für beide Übungskonten', { exact: true })).toHaveAccessibleDescription(
    /Das Kennwort muss mindestens 12 Zeichen lang sein\./,
  );
  await dialog.getByLabel('Kennwort für beide Übungskonten', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('Kennwort wiederholen', { exact: true }).fill(`${PASSPHRASE}x`);
  await dialog.getByRole('button', { name: 'Schulungstresor anlegen' }).click();
  await expect(dialog.getByLabel('Kennwort wiederholen', { exact: true })).toHaveAccessibleDescription(
    'Die beiden Eingaben stimmen nicht überein.',
  );
  expect(((await bench.core.invoke('vault:status', {})) as { ok: true; value: { state: string } }).value.state).toBe('uninitialised');
  await dialog.getByLabel('Kennwort wiederholen', { exact: true }).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Schulungstresor anlegen' }).click();

  // Signed in as the practice counsellor on the invented cases, the banner on every area.
  const layout = new MainLayout(page);
  await expect(layout.navigation).toBeVisible({ timeout: 30_000 });
  // The account's name says it is a practice account; the role is said once, by the header.
  await expect(layout.user).toHaveText('Übungskonto Beratung (Beratungsfachkraft)');
  await expect(banner(page)).toContainText('Alle Fälle sind erfunden.');
  await bench.checkScreen('training-first-screen');
  const counsellorAreas = await visitEveryArea(page);
  expect(counsellorAreas.length).toBeGreaterThanOrEqual(5);
  await layout.navLink('Fälle').click();
  const firstCase = page.getByRole('grid', { name: 'Fallliste' }).locator('[role="row"][data-code^="SCH-"]').first();
  await firstCase.click();
  await expect(layout.pageHeading).toHaveText(/^Fall SCH-\d{4}-\d{4}$/);
  await expect(banner(page)).toBeVisible();
  await bench.checkScreen('training-case');

  // Locked: the unlock screen says it too, and offers to end the training.
  await layout.lockWithShortcut();
  const unlock = new UnlockPage(page);
  await expect(unlock.heading).toBeVisible();
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Schulung beenden' })).toBeVisible();
  await bench.checkScreen('training-unlock');
  await page.getByRole('radio', { name: /^Übungskonto Leitung/ }).check();
  await unlock.passphraseInput.fill(PASSPHRASE);
  await unlock.unlockButton.click();
  await expect(layout.navigation).toBeVisible();
  const supervisorAreas = await visitEveryArea(page);
  expect(supervisorAreas).toContain('Protokoll');
  await bench.checkScreen('training-supervisor');
  await layout.lockWithShortcut();

  // Ending the training: asked first; afterwards the set-up of a real vault, without the banner.
  await page.getByRole('button', { name: 'Schulung beenden' }).click();
  const question = page.getByRole('dialog', { name: 'Schulung beenden?' });
  await expect(question).toContainText('Der Ordner mit den erfundenen Fällen bleibt erhalten');
  await expect(question.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await question.getByRole('button', { name: 'Schulung beenden' }).click();
  await expect(setup.heading).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
});
