import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PEOPLE, expect, test } from './fixtures';
import { MainLayout, SettingsPage, SetupPage, UnlockPage } from './pages';

/**
 * Every screen once: an axe scan (WCAG 2.0/2.1 A+AA) with zero violations and a full-page
 * screenshot under test-results/e2e/screens/. Error states count as screens of their own.
 */

test('set-up screens', async ({ page, bench }) => {
  const setup = new SetupPage(page);
  await bench.open();
  await expect(setup.folderInput).toHaveValue(bench.defaultVaultDir);
  await bench.checkScreen('setup-1-location');

  await setup.nextButton.click();
  await expect(setup.stepHeading).toHaveText('Konto der Leitung');
  await bench.checkScreen('setup-2-supervisor');
  await setup.nextButton.click();
  await expect(setup.nameInput).toHaveAttribute('aria-invalid', 'true');
  await bench.checkScreen('setup-2-supervisor-errors');

  await setup.fillAccount(PEOPLE.supervisor);
  await setup.nextButton.click();
  await setup.nameInput.fill(PEOPLE.counsellor.name);
  await setup.passphraseInput.fill('Beratung 1');
  await setup.confirmationInput.focus();
  await expect(setup.strength).toHaveText('Stärke: zu kurz');
  await bench.checkScreen('setup-3-counsellor');

  await setup.passphraseInput.fill(PEOPLE.counsellor.passphrase);
  await setup.confirmationInput.fill(PEOPLE.counsellor.passphrase);
  await setup.createButton.click();
  await expect(setup.storedSafelyCheckbox).toBeVisible();
  await bench.checkScreen('setup-4-recovery-key');

  // What "Drucken" puts on paper: only the key sheet.
  await page.emulateMedia({ media: 'print' });
  await expect(setup.storedSafelyCheckbox).toBeHidden();
  await expect(page.getByText('Fallbuch – Wiederherstellungsschlüssel')).toBeVisible();
  await bench.checkScreen('setup-4-recovery-key-print');
  await page.emulateMedia({ media: 'screen' });

  await setup.storedSafelyCheckbox.check();
  await setup.continueButton.click();
  await expect(new MainLayout(page).pageHeading).toHaveText('Heute');
});

test('unlock screens', async ({ page, bench }) => {
  await bench.setUpVault();
  await bench.open();
  const unlock = new UnlockPage(page);
  await expect(unlock.passphraseInput).toBeFocused();
  await bench.checkScreen('unlock');

  await unlock.unlock(PEOPLE.counsellor.name, 'falsch falsch falsch');
  await expect(unlock.passphraseInput).toHaveAttribute('aria-invalid', 'true');
  await bench.checkScreen('unlock-wrong-passphrase');

  await unlock.useRecoveryKeyButton.click();
  await expect(unlock.recoveryHeading).toBeVisible();
  await bench.checkScreen('unlock-recovery-key');
  await unlock.recoverySubmitButton.click();
  await expect(unlock.recoveryKeyInput).toHaveAttribute('aria-invalid', 'true');
  await bench.checkScreen('unlock-recovery-key-errors');
});

test('signed-in screens', async ({ page, bench }) => {
  await bench.setUpVault();
  await bench.open();
  await new UnlockPage(page).unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  const layout = new MainLayout(page);
  // Fälle, Fristen and Statistik have their own screenshots (caseList.spec.ts, deadlines.spec.ts,
  // statistics.spec.ts); the access log and the accounts are the supervisor's (audit.spec.ts,
  // accounts.spec.ts). No area is a placeholder any more.
  await expect(layout.navLink('Protokoll')).toHaveCount(0);
  await expect(layout.navLink('Konten')).toHaveCount(0);
  await expect(layout.notAvailable).toHaveCount(0);

  await layout.open('Einstellungen');
  const settings = new SettingsPage(page);
  await expect(settings.autoLockInput).toHaveValue('5');
  await bench.checkScreen('settings');
  await settings.changePassphrase('', 'kurz', 'anders');
  await expect(settings.currentPassphraseInput).toHaveAttribute('aria-invalid', 'true');
  await bench.checkScreen('settings-passphrase-errors');

  // The skip link, as it appears for keyboard users.
  await layout.skipLink.focus();
  await bench.checkScreen('main-skip-link');
});

test('a vault whose key file is damaged shows the problem instead of the form', async ({ page, bench }) => {
  await bench.setUpVault();
  await writeFile(path.join(bench.defaultVaultDir, 'keyslots.json'), '{ kaputt');
  await bench.open();
  const unlock = new UnlockPage(page);
  await expect(unlock.problem).toContainText('Der Tresor kann nicht geöffnet werden');
  await expect(unlock.problem).toContainText('keyslots.json');
  await expect(unlock.passphraseInput).toHaveCount(0);
  await bench.checkScreen('unlock-problem');
});
