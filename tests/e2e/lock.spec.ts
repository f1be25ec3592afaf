import { PEOPLE, expect, test } from './fixtures';
import { MainLayout, SettingsPage, UnlockPage } from './pages';

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
  await expect(layout.pageHeading).toHaveText('Heute');
  await layout.open('Einstellungen');
  await expect(layout.pageHeading).toHaveText('Einstellungen');
  await layout.lockWithShortcut();
  await expect(unlock.heading).toBeVisible();
  await expect(layout.navigation).toHaveCount(0);

  // Signing in again starts fresh: the settings page of before is gone.
  await unlock.unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  await expect(layout.pageHeading).toHaveText('Heute');
});

test('when the core locks itself after idle time, the UI goes to the unlock screen', async ({ page, bench }) => {
  const unlock = new UnlockPage(page);
  const layout = new MainLayout(page);
  await unlock.unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  await expect(layout.pageHeading).toHaveText('Heute');

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

test('a LOCKED answer to any call sends the UI to the unlock screen at once', async ({ page, bench }) => {
  // The page's timers are frozen, so the status poll cannot be what notices the lock.
  await page.clock.install();
  await page.reload();
  const unlock = new UnlockPage(page);
  const layout = new MainLayout(page);
  const settings = new SettingsPage(page);
  await unlock.unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  await layout.open('Einstellungen');
  await expect(settings.autoLockInput).toHaveValue('5');

  bench.advanceClock(6 * 60_000);
  const pollsBefore = bench.calls.filter((channel) => channel === 'vault:status').length;
  await settings.setAutoLock('10');
  await expect(unlock.heading).toBeVisible();
  await expect(unlock.autoLockNotice).toBeVisible();
  expect(bench.calls).toContain('settings:update');
  // Only the unlock screen's own status read followed the refused call, no poll.
  expect(bench.calls.filter((channel) => channel === 'vault:status').length).toBe(pollsBefore + 1);
});

test('typing touches the session at most every 15 seconds; the status poll never does', async ({ page, bench }) => {
  await page.clock.install();
  await page.reload();
  const unlock = new UnlockPage(page);
  const layout = new MainLayout(page);
  await unlock.unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  await expect(layout.pageHeading).toHaveText('Heute');
  const touches = () => bench.calls.filter((channel) => channel === 'session:touch').length;

  // Polls run, nobody types: no touch.
  await page.clock.runFor(20_000);
  await expect.poll(() => bench.calls.filter((channel) => channel === 'vault:status').length).toBeGreaterThan(3);
  expect(touches()).toBe(0);

  // Input after 20 s: one touch, however many keys follow within 15 s.
  for (let key = 0; key < 10; key += 1) await page.keyboard.press('Shift');
  await expect.poll(touches).toBe(1);
  await page.clock.runFor(10_000);
  await page.keyboard.press('Shift');
  expect(touches()).toBe(1);
  await page.clock.runFor(6_000);
  await page.keyboard.press('Shift');
  await expect.poll(touches).toBe(2);
});
