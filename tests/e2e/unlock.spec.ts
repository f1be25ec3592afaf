import { PEOPLE, expect, test } from './fixtures';
import { MainLayout, UnlockPage } from './pages';

const WRONG = 'das ist nicht das Kennwort';

test('a wrong passphrase gives a German message at the field and keeps the input', async ({ page, bench }) => {
  await bench.setUpVault();
  await bench.open();
  const unlock = new UnlockPage(page);
  await expect(unlock.account(PEOPLE.counsellor.name)).toBeChecked();
  await unlock.unlock(PEOPLE.counsellor.name, WRONG);
  const message = 'Das Kennwort ist falsch. Bitte versuchen Sie es noch einmal.';
  await expect(page.getByText(message)).toBeVisible();
  await expect(unlock.passphraseInput).toHaveAccessibleDescription(message);
  await expect(unlock.passphraseInput).toHaveAttribute('aria-invalid', 'true');
  await expect(unlock.passphraseInput).toBeFocused();
  await expect(unlock.passphraseInput).toHaveValue(WRONG);
});

test('after repeated failures a countdown runs and the button is disabled', async ({ page, bench }) => {
  test.setTimeout(120_000);
  await bench.setUpVault();
  await bench.open();
  const unlock = new UnlockPage(page);

  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await unlock.unlock(PEOPLE.counsellor.name, WRONG);
    if (attempt < 3) await expect(unlock.unlockButton).toBeEnabled();
  }
  // Third failure: the core asks for a wait (2^3 s); the UI shows it and blocks the button.
  await expect(unlock.countdown).toBeVisible();
  await expect(unlock.countdown).toContainText(/Der nächste Versuch ist in \d+ Sekunden möglich\./);
  await expect(unlock.unlockButton).toBeDisabled();

  // The countdown ends by itself, then the fourth wrong try doubles the wait.
  await expect(unlock.countdown).toBeHidden({ timeout: 15_000 });
  await expect(unlock.unlockButton).toBeEnabled();
  await unlock.unlock(PEOPLE.counsellor.name, WRONG);
  await expect(unlock.countdown).toBeVisible();
  await expect(unlock.countdown).toContainText(/in (1[0-6]|[1-9]) Sekunden/);
  await expect(unlock.unlockButton).toBeDisabled();
  await bench.checkScreen('unlock-countdown');

  // The wait comes from the core, so a reload does not lift it.
  await page.reload();
  await expect(unlock.countdown).toBeVisible();
  await expect(unlock.unlockButton).toBeDisabled();
});

test('the recovery key unlocks and sets a new passphrase that works afterwards', async ({ page, bench }) => {
  const recoveryKey = await bench.setUpVault();
  await bench.open();
  const unlock = new UnlockPage(page);
  const layout = new MainLayout(page);
  const newPassphrase = 'Neues Kennwort nach dem Urlaub 9';

  // A wrong key first: refused at the key field, in German.
  await unlock.useRecoveryKeyButton.click();
  await expect(unlock.recoveryHeading).toBeFocused();
  await unlock.recoveryKeyInput.fill('ABCD-EFGH');
  await unlock.newPassphraseInput.fill(newPassphrase);
  await unlock.newPassphraseConfirmationInput.fill(newPassphrase);
  await unlock.recoverySubmitButton.click();
  await expect(unlock.recoveryKeyInput).toHaveAccessibleDescription(/Wiederherstellungsschlüssel/);
  await expect(unlock.recoveryKeyInput).toHaveAttribute('aria-invalid', 'true');
  await unlock.backToPassphraseButton.click();

  // Typed the way people copy from paper: lower case, spaces instead of dashes.
  const typed = recoveryKey.toLowerCase().replaceAll('-', ' ');
  await unlock.unlockWithRecoveryKey(PEOPLE.counsellor.name, typed, newPassphrase);
  await expect(layout.user).toHaveText('Samira Berger (Beratungsfachkraft)');

  await layout.lockButton.click();
  await unlock.unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  await expect(page.getByText('Das Kennwort ist falsch.', { exact: false })).toBeVisible();
  await unlock.unlock(PEOPLE.counsellor.name, newPassphrase);
  await expect(layout.pageHeading).toHaveText('Heute');
});

test('while the vault is opened and checked, the form says so and waits', async ({ page, bench }) => {
  await bench.setUpVault();
  await bench.open();
  const unlock = new UnlockPage(page);
  const layout = new MainLayout(page);
  // The core's answer is held: on a large vault the check of every page takes seconds.
  const release = bench.holdCalls('vault:unlock', () => true);
  await unlock.unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  await expect(page.getByRole('status').filter({ hasText: 'Der Tresor wird geöffnet und geprüft …' })).toBeVisible();
  await expect(unlock.unlockButton).toBeDisabled();
  await bench.checkScreen('unlock-checking');
  release();
  await expect(layout.pageHeading).toHaveText('Heute');
});
