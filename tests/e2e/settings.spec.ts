import { PEOPLE, expect, test } from './fixtures';
import { MainLayout, SettingsPage, UnlockPage } from './pages';

test.beforeEach(async ({ page, bench }) => {
  await bench.setUpVault();
  await bench.open();
  await new UnlockPage(page).unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  const layout = new MainLayout(page);
  await layout.open('Einstellungen');
  await expect(new SettingsPage(page).heading).toBeVisible();
});

test('switching to English changes the UI at once, and back to German', async ({ page, bench }) => {
  const settings = new SettingsPage(page);
  const layout = new MainLayout(page);
  await settings.english.check();
  await expect(layout.navLink('Cases')).toBeVisible();
  await expect(layout.navLink('Settings')).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await bench.checkScreen('settings-english');

  // The sign-in screen speaks it too (stored outside the vault).
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock Fallbuch' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PEOPLE.counsellor.passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await layout.navLink('Settings').click();
  await page.getByRole('radio', { name: 'Deutsch' }).check();
  await expect(layout.navLink('Fälle')).toBeVisible();
  await expect(layout.navLink('Einstellungen')).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('an auto-lock time of 0 is refused inline and nothing is saved', async ({ page, bench }) => {
  const settings = new SettingsPage(page);
  const layout = new MainLayout(page);
  await expect(settings.autoLockInput).toHaveValue('5');
  await settings.setAutoLock('0');
  await expect(settings.autoLockInput).toHaveAttribute('aria-invalid', 'true');
  await expect(settings.autoLockInput).toBeFocused();
  await expect(settings.autoLockInput).toHaveAccessibleDescription(/Bitte eine ganze Zahl von 1 bis 120 Minuten\./);
  await bench.checkScreen('settings-autolock-error');

  const stored = await bench.core.invoke('settings:get', {});
  expect(stored.ok && (stored.value as { autoLockMinutes: number }).autoLockMinutes).toBe(5);
  await layout.open('Fälle');
  await layout.open('Einstellungen');
  await expect(settings.autoLockInput).toHaveValue('5');

  // A valid value is saved and confirmed in words.
  await settings.setAutoLock('15');
  await expect(settings.statusMessages).toContainText('Fallbuch sperrt sich jetzt nach 15 Minuten ohne Eingabe.');
  const saved = await bench.core.invoke('settings:get', {});
  expect(saved.ok && (saved.value as { autoLockMinutes: number }).autoLockMinutes).toBe(15);
});

test('the lead time of the end of eligibility at 27: refused out of range at the field, saved in words, for the supervisor too', async ({
  page,
  bench,
}) => {
  const settings = new SettingsPage(page);
  const layout = new MainLayout(page);
  const leadDays = async () => {
    const stored = await bench.core.invoke('settings:get', {});
    return stored.ok ? (stored.value as { deadlines: { ageLimitLeadDays: number } }).deadlines.ageLimitLeadDays : null;
  };
  await expect(settings.ageLimitLeadInput).toHaveValue('90');
  await expect(settings.ageLimitLeadInput).toHaveAccessibleDescription(/Eine ganze Zahl von 0 bis 730\./);

  await settings.setAgeLimitLead('731');
  await expect(settings.ageLimitLeadInput).toHaveAttribute('aria-invalid', 'true');
  await expect(settings.ageLimitLeadInput).toBeFocused();
  await expect(settings.ageLimitLeadInput).toHaveAccessibleDescription(/Bitte eine ganze Zahl von 0 bis 730 Tagen\./);
  await bench.checkScreen('settings-age-limit-lead-error');
  expect(await leadDays()).toBe(90);

  await settings.setAgeLimitLead('120');
  await expect(settings.statusMessages).toContainText(
    'Das Ende der Programmteilnahme erscheint jetzt 120 Tage vor dem 27. Geburtstag unter den Fristen.',
  );
  await expect(settings.ageLimitLeadInput).toHaveAttribute('aria-invalid', 'false');
  expect(await leadDays()).toBe(120);
  // The auto-lock is untouched by it.
  await expect(settings.autoLockInput).toHaveValue('5');

  // Vault-wide: the supervisor sees the saved value and may change it.
  await layout.lockButton.click();
  await new UnlockPage(page).unlock(PEOPLE.supervisor.name, PEOPLE.supervisor.passphrase);
  await layout.open('Einstellungen');
  await expect(settings.ageLimitLeadInput).toHaveValue('120');
  await settings.setAgeLimitLead('60');
  await expect(settings.statusMessages).toContainText('60 Tage vor dem 27. Geburtstag');
  expect(await leadDays()).toBe(60);
  await bench.checkScreen('settings-age-limit-lead-supervisor');
});

test('a changed passphrase works after locking, the old one no longer does', async ({ page }) => {
  const settings = new SettingsPage(page);
  const layout = new MainLayout(page);
  const unlock = new UnlockPage(page);
  const next = 'Ein ganz neues Kennwort 2027';

  await settings.changePassphrase('falsches Kennwort', next);
  await expect(settings.currentPassphraseInput).toHaveAccessibleDescription(/Das Kennwort ist falsch/);
  await settings.changePassphrase(PEOPLE.counsellor.passphrase, next);
  await expect(settings.statusMessages).toContainText('Ihr Kennwort wurde geändert.');
  await expect(settings.currentPassphraseInput).toHaveValue('');

  await layout.lockButton.click();
  await unlock.unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  await expect(unlock.passphraseInput).toHaveAccessibleDescription(/Das Kennwort ist falsch/);
  await unlock.unlock(PEOPLE.counsellor.name, next);
  await expect(layout.pageHeading).toHaveText('Heute');
});
