import { PEOPLE, expect, test } from './fixtures';
import { expectVisibleFocus, tabTo } from './keyboard';
import { MainLayout, SetupPage, UnlockPage } from './pages';

// Only Tab, Shift+Tab, Enter, Space and typing: no mouse click anywhere in these tests.

test('set-up with the keyboard only', async ({ page, bench }) => {
  const setup = new SetupPage(page);
  const layout = new MainLayout(page);
  await bench.open();
  await expect(setup.folderInput).toHaveValue(bench.defaultVaultDir);

  // Step 1: the folder button works with Space, then Enter in the field goes on.
  await tabTo(page, setup.chooseFolderButton);
  await expectVisibleFocus(setup.chooseFolderButton);
  await page.keyboard.press('Space');
  await expect(setup.folderInput).toHaveValue(bench.chosenVaultDir);
  await tabTo(page, setup.nextButton);
  await page.keyboard.press('Enter');

  for (const [heading, person] of [
    ['Konto der Leitung', PEOPLE.supervisor],
    ['Konto der ersten Beratungsfachkraft', PEOPLE.counsellor],
  ] as const) {
    await expect(setup.stepHeading).toHaveText(heading);
    await expect(setup.stepHeading).toBeFocused();
    await tabTo(page, setup.nameInput);
    await expectVisibleFocus(setup.nameInput);
    await page.keyboard.type(person.name);
    await page.keyboard.press('Tab');
    await expect(setup.passphraseInput).toBeFocused();
    await page.keyboard.type(person.passphrase);
    await page.keyboard.press('Tab');
    await expect(setup.confirmationInput).toBeFocused();
    await page.keyboard.type(person.passphrase);
    await page.keyboard.press('Enter');
  }

  await expect(setup.stepHeading).toHaveText('Ihr Wiederherstellungsschlüssel');
  await tabTo(page, setup.storedSafelyCheckbox);
  await page.keyboard.press('Space');
  await expect(setup.storedSafelyCheckbox).toBeChecked();
  await tabTo(page, setup.continueButton);
  await page.keyboard.press('Enter');

  await expect(layout.user).toHaveText('Samira Berger (Beratungsfachkraft)');
  await expect(layout.pageHeading).toBeFocused();

  // The skip link is the first stop and leads into the main landmark.
  await tabTo(page, layout.skipLink, { backwards: true });
  await expectVisibleFocus(layout.skipLink);
  await page.keyboard.press('Enter');
  await expect(layout.main).toBeFocused();

  // Navigation by Tab and Enter; the new page's heading takes focus.
  await tabTo(page, layout.navLink('Fristen'), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(layout.pageHeading).toHaveText('Fristen');
  await expect(layout.pageHeading).toBeFocused();
  await expect(layout.navLink('Fristen')).toHaveAttribute('aria-current', 'page');
});

test('unlock and lock with the keyboard only', async ({ page, bench }) => {
  await bench.setUpVault();
  await bench.open();
  const unlock = new UnlockPage(page);
  const layout = new MainLayout(page);

  // The first counsellor is preselected and the passphrase field has focus.
  await expect(unlock.passphraseInput).toBeFocused();
  await page.keyboard.type(PEOPLE.counsellor.passphrase);
  await page.keyboard.press('Enter');
  await expect(layout.pageHeading).toHaveText('Heute');

  await tabTo(page, layout.lockButton, { backwards: true });
  await expectVisibleFocus(layout.lockButton);
  await page.keyboard.press('Enter');
  await expect(unlock.heading).toBeVisible();

  // Second round: the account radio is one Tab stop and already on the counsellor; the button
  // is pressed with Space this time.
  await expect(unlock.account(PEOPLE.counsellor.name)).toBeChecked();
  await tabTo(page, unlock.account(PEOPLE.counsellor.name), { backwards: true });
  await expectVisibleFocus(unlock.account(PEOPLE.counsellor.name));
  await tabTo(page, unlock.passphraseInput);
  await page.keyboard.type(PEOPLE.counsellor.passphrase);
  await tabTo(page, unlock.unlockButton);
  await page.keyboard.press('Space');
  await expect(layout.user).toHaveText('Samira Berger (Beratungsfachkraft)');

  await page.keyboard.press('Control+l');
  await expect(unlock.heading).toBeVisible();
});
