import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PEOPLE, expect, test } from './fixtures';
import { MainLayout, SetupPage } from './pages';

const RECOVERY_KEY_FORMAT = /^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/;

test('full set-up through the UI ends in the main layout as the counsellor', async ({ page, bench }) => {
  const setup = new SetupPage(page);
  await bench.open();
  await expect(setup.heading).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  // Step 1: the suggestion from the core, then the folder dialog (a test port) replaces it.
  await expect(setup.folderInput).toHaveValue(bench.defaultVaultDir);
  await setup.chooseFolderButton.click();
  await expect(setup.folderInput).toHaveValue(bench.chosenVaultDir);
  await setup.nextButton.click();

  // Step 2: empty → inline errors linked to the fields, focus on the first invalid one.
  await expect(setup.stepHeading).toHaveText('Konto der Leitung');
  await expect(page.getByText('Schlüssel der Leitung schützen das Zugriffsprotokoll vom ersten Eintrag an')).toBeVisible();
  await setup.nextButton.click();
  await expect(setup.nameInput).toBeFocused();
  await expect(setup.nameInput).toHaveAttribute('aria-invalid', 'true');
  await expect(setup.nameInput).toHaveAccessibleDescription('Bitte geben Sie einen Namen ein.');
  await expect(setup.passphraseInput).toHaveAccessibleDescription(/Das Kennwort muss mindestens 12 Zeichen lang sein\./);

  // Too short, then mismatched, then right; the strength hint is text, not only a meter.
  await setup.nameInput.fill(PEOPLE.supervisor.name);
  await setup.passphraseInput.fill('kurz');
  await expect(setup.strength).toHaveText('Stärke: zu kurz');
  await setup.passphraseInput.fill(PEOPLE.supervisor.passphrase);
  await expect(setup.strength).toHaveText('Stärke: stark');
  await setup.confirmationInput.fill(`${PEOPLE.supervisor.passphrase}x`);
  await setup.nextButton.click();
  await expect(setup.confirmationInput).toBeFocused();
  await expect(setup.confirmationInput).toHaveAccessibleDescription('Die beiden Eingaben stimmen nicht überein.');
  await setup.confirmationInput.fill(PEOPLE.supervisor.passphrase);
  await setup.nextButton.click();

  // Step 3: the same name (other case) is refused before the core is asked.
  await expect(setup.stepHeading).toHaveText('Konto der ersten Beratungsfachkraft');
  await setup.fillAccount({ ...PEOPLE.counsellor, name: PEOPLE.supervisor.name.toUpperCase() });
  await setup.createButton.click();
  await expect(setup.nameInput).toHaveAccessibleDescription('Die beiden Konten brauchen verschiedene Namen.');
  await setup.nameInput.fill(PEOPLE.counsellor.name);
  await setup.createButton.click();

  // Step 4: the key once, "Weiter" disabled until the confirmation is ticked.
  await expect(setup.stepHeading).toHaveText('Ihr Wiederherstellungsschlüssel');
  const recoveryKey = await setup.readRecoveryKey();
  expect(recoveryKey).toMatch(RECOVERY_KEY_FORMAT);
  await expect(setup.printButton).toBeVisible();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://fallbuch.invalid' });
  await setup.copyButton.click();
  await expect(page.getByText('Der Schlüssel ist in der Zwischenablage.', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(recoveryKey);
  await expect(setup.continueButton).toBeDisabled();
  await setup.storedSafelyCheckbox.check();
  await expect(setup.continueButton).toBeEnabled();
  await setup.storedSafelyCheckbox.uncheck();
  await expect(setup.continueButton).toBeDisabled();
  await setup.storedSafelyCheckbox.check();
  await setup.continueButton.click();

  const layout = new MainLayout(page);
  await expect(layout.user).toHaveText('Samira Berger (Beratungsfachkraft)');
  await expect(layout.pageHeading).toHaveText('Heute');
  await expect(layout.navLink('Heute')).toHaveAttribute('aria-current', 'page');

  // The chosen folder is where the vault now lives.
  const status = await bench.core.invoke('vault:status', {});
  expect(status.ok && (status.value as { vaultDir: string | null }).vaultDir).toBe(bench.chosenVaultDir);
});

test('a refusal by the core keeps everything typed and shows the error at its field', async ({ page, bench }) => {
  const setup = new SetupPage(page);
  const blocked = path.join(bench.tempDir, 'eine-datei');
  await writeFile(blocked, 'kein Ordner');
  await bench.open();
  await setup.folderInput.fill(blocked);
  await setup.createVault(PEOPLE.supervisor, PEOPLE.counsellor);

  // Back on step 1, the folder field carries the core's reason and has focus.
  await expect(setup.folderInput).toBeFocused();
  await expect(setup.folderInput).toHaveAttribute('aria-invalid', 'true');
  await expect(setup.folderInput).toHaveAccessibleDescription(/Datei|Ordner/);

  // Nothing typed was lost: both accounts are still filled in.
  await setup.folderInput.fill(bench.defaultVaultDir);
  await setup.nextButton.click();
  await expect(setup.nameInput).toHaveValue(PEOPLE.supervisor.name);
  await expect(setup.passphraseInput).toHaveValue(PEOPLE.supervisor.passphrase);
  await setup.nextButton.click();
  await expect(setup.nameInput).toHaveValue(PEOPLE.counsellor.name);
  await expect(setup.confirmationInput).toHaveValue(PEOPLE.counsellor.passphrase);
  await setup.createButton.click();
  await expect(setup.storedSafelyCheckbox).toBeVisible();
});
