import type { Locator, Page } from '@playwright/test';

/** "Fallbuch entsperren", with the recovery-key form behind its button. German labels. */
export class UnlockPage {
  readonly heading: Locator;
  readonly passphraseInput: Locator;
  readonly unlockButton: Locator;
  readonly countdown: Locator;
  readonly autoLockNotice: Locator;
  readonly useRecoveryKeyButton: Locator;
  readonly recoveryHeading: Locator;
  readonly recoveryKeyInput: Locator;
  readonly newPassphraseInput: Locator;
  readonly newPassphraseConfirmationInput: Locator;
  readonly recoverySubmitButton: Locator;
  readonly backToPassphraseButton: Locator;
  readonly problem: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Fallbuch entsperren' });
    this.passphraseInput = page.getByLabel('Kennwort', { exact: true });
    this.unlockButton = page.getByRole('button', { name: 'Entsperren', exact: true });
    this.countdown = page.getByRole('timer');
    this.autoLockNotice = page
      .getByRole('main')
      .getByText('Fallbuch wurde gesperrt, weil eine Zeit lang nichts eingegeben wurde.', { exact: false });
    this.useRecoveryKeyButton = page.getByRole('button', { name: 'Mit Wiederherstellungsschlüssel entsperren' });
    this.recoveryHeading = page.getByRole('heading', { level: 2, name: 'Mit Wiederherstellungsschlüssel entsperren' });
    this.recoveryKeyInput = page.getByLabel('Wiederherstellungsschlüssel', { exact: true });
    this.newPassphraseInput = page.getByLabel('Neues Kennwort', { exact: true });
    this.newPassphraseConfirmationInput = page.getByLabel('Neues Kennwort wiederholen', { exact: true });
    this.recoverySubmitButton = page.getByRole('button', { name: 'Entsperren und Kennwort festlegen' });
    this.backToPassphraseButton = page.getByRole('button', { name: 'Zurück zur Anmeldung mit Kennwort' });
    this.problem = page.getByRole('alert');
  }

  account(name: string): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${name}\\b`) });
  }

  async unlock(account: string, passphrase: string): Promise<void> {
    await this.account(account).check();
    await this.passphraseInput.fill(passphrase);
    await this.unlockButton.click();
  }

  async unlockWithRecoveryKey(account: string, recoveryKey: string, newPassphrase: string): Promise<void> {
    await this.useRecoveryKeyButton.click();
    await this.account(account).check();
    await this.recoveryKeyInput.fill(recoveryKey);
    await this.newPassphraseInput.fill(newPassphrase);
    await this.newPassphraseConfirmationInput.fill(newPassphrase);
    await this.recoverySubmitButton.click();
  }
}
