import { PEOPLE, expect, test } from './fixtures';
import { MainLayout, UnlockPage } from './pages';

test.beforeEach(async ({ bench }) => {
  await bench.setUpVault();
  await bench.open();
});

test('the lock button and Ctrl+L both lock and show the unlock screen', async ({ page }) => {
  const unlock = new UnlockPage(page);
  const layout = new MainLayout(page);

  await unlock.unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  await expect(layout.user).toHaveText('Samira Berger (Beratungsfachkraft)');
  await layout.lockButton.click();
  await expect(unlock.heading).toBeVisible();
  await expect(layout.navigation).toHaveCount(0);

  await unlock.unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  await expect(layout.pageHeading).toHaveText('Fälle');
  await layout.open('Einstellungen');
  await expect(layout.pageHeading).toHaveText('Einstellungen');
  await layout.lockWithShortcut();
  await expect(unlock.heading).toBeVisible();
  await expect(layout.navigation).toHaveCount(0);

  // Signing in again starts fresh: the settings page of before is gone.
  await unlock.unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  await expect(layout.pageHeading).toHaveText('Fälle');
});

test('when the core locks itself after idle time, the UI goes to the unlock screen', async ({ page, bench }) => {
  const unlock = new UnlockPage(page);
  const layout = new MainLayout(page);
  await unlock.unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  await expect(layout.pageHeading).toHaveText('Fälle');

  // Five minutes is the default; the status poll notices within a few seconds.
  bench.advanceClock(6 * 60_000);
  await expect(unlock.heading).toBeVisible({ timeout: 15_000 });
  await expect(unlock.autoLockNotice).toBeVisible();
  await expect(layout.navigation).toHaveCount(0);
});

test('the supervisor signs in with their own role shown', async ({ page }) => {
  const unlock = new UnlockPage(page);
  const layout = new MainLayout(page);
  await unlock.unlock(PEOPLE.supervisor.name, PEOPLE.supervisor.passphrase);
  await expect(layout.user).toHaveText('Petra Leitner (Leitung)');
});
