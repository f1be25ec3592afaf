import type { Locator, Page } from '@playwright/test';

/** "Einstellungen": language, automatic lock, the 27th-birthday lead time, passphrase change. */
export class SettingsPage {
  readonly heading: Locator;
  readonly german: Locator;
  readonly english: Locator;
  readonly autoLockInput: Locator;
  readonly saveAutoLockButton: Locator;
  readonly ageLimitLeadInput: Locator;
  readonly saveAgeLimitLeadButton: Locator;
  readonly currentPassphraseInput: Locator;
  readonly newPassphraseInput: Locator;
  readonly newPassphraseConfirmationInput: Locator;
  readonly changePassphraseButton: Locator;
  readonly statusMessages: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Einstellungen' });
    this.german = page.getByRole('radio', { name: 'Deutsch' });
    this.english = page.getByRole('radio', { name: 'English' });
    this.autoLockInput = page.getByLabel('Sperren nach so vielen Minuten ohne Eingabe');
    this.saveAutoLockButton = page.getByRole('button', { name: 'Speichern', exact: true });
    this.ageLimitLeadInput = page.getByLabel('Erinnern so viele Tage vor dem 27. Geburtstag');
    this.saveAgeLimitLeadButton = page.getByRole('button', { name: 'Vorlauf speichern' });
    this.currentPassphraseInput = page.getByLabel('Aktuelles Kennwort', { exact: true });
    this.newPassphraseInput = page.getByLabel('Neues Kennwort', { exact: true });
    this.newPassphraseConfirmationInput = page.getByLabel('Neues Kennwort wiederholen', { exact: true });
    this.changePassphraseButton = page.getByRole('button', { name: 'Kennwort ändern' });
    this.statusMessages = page.getByRole('main').getByRole('status');
  }

  async setAutoLock(minutes: string): Promise<void> {
    await this.autoLockInput.fill(minutes);
    await this.saveAutoLockButton.click();
  }

  async setAgeLimitLead(days: string): Promise<void> {
    await this.ageLimitLeadInput.fill(days);
    await this.saveAgeLimitLeadButton.click();
  }

  async changePassphrase(current: string, next: string, confirmation = next): Promise<void> {
    await this.currentPassphraseInput.fill(current);
    await this.newPassphraseInput.fill(next);
    await this.newPassphraseConfirmationInput.fill(confirmation);
    await this.changePassphraseButton.click();
  }
}
