import type { Locator, Page } from '@playwright/test';

export interface AccountInput {
  name: string;
  passphrase: string;
  /** Defaults to the passphrase. */
  confirmation?: string;
}

/** "Fallbuch einrichten": folder, supervisor, counsellor, recovery key. German labels. */
export class SetupPage {
  readonly heading: Locator;
  readonly stepHeading: Locator;
  readonly folderInput: Locator;
  readonly chooseFolderButton: Locator;
  readonly nextButton: Locator;
  readonly backButton: Locator;
  readonly createButton: Locator;
  readonly nameInput: Locator;
  readonly passphraseInput: Locator;
  readonly confirmationInput: Locator;
  readonly strength: Locator;
  readonly recoveryKey: Locator;
  readonly printButton: Locator;
  readonly copyButton: Locator;
  readonly storedSafelyCheckbox: Locator;
  readonly continueButton: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Fallbuch einrichten' });
    this.stepHeading = page.getByRole('heading', { level: 2 });
    this.folderInput = page.getByLabel('Ordner des Tresors');
    this.chooseFolderButton = page.getByRole('button', { name: 'Ordner wählen …' });
    this.nextButton = page.getByRole('button', { name: 'Weiter', exact: true });
    this.backButton = page.getByRole('button', { name: 'Zurück', exact: true });
    this.createButton = page.getByRole('button', { name: 'Tresor anlegen' });
    this.nameInput = page.getByLabel('Name', { exact: true });
    this.passphraseInput = page.getByLabel('Kennwort', { exact: true });
    this.confirmationInput = page.getByLabel('Kennwort wiederholen', { exact: true });
    this.strength = page.getByText(/^Stärke:/);
    this.recoveryKey = page.getByRole('group', { name: 'Wiederherstellungsschlüssel' });
    this.printButton = page.getByRole('button', { name: 'Drucken' });
    this.copyButton = page.getByRole('button', { name: 'Kopieren' });
    this.storedSafelyCheckbox = page.getByRole('checkbox', { name: 'Ich habe den Wiederherstellungsschlüssel sicher verwahrt.' });
    this.continueButton = this.nextButton;
  }

  async fillAccount(account: AccountInput): Promise<void> {
    await this.nameInput.fill(account.name);
    await this.passphraseInput.fill(account.passphrase);
    await this.confirmationInput.fill(account.confirmation ?? account.passphrase);
  }

  /** Steps 1–3 with the suggested folder; ends on the recovery key. */
  async createVault(supervisor: AccountInput, counsellor: AccountInput): Promise<void> {
    await this.nextButton.click();
    await this.fillAccount(supervisor);
    await this.nextButton.click();
    await this.fillAccount(counsellor);
    await this.createButton.click();
  }

  /** The key as shown, e.g. `ABCD-EFGH-…` (13 groups). */
  async readRecoveryKey(): Promise<string> {
    const groups = await this.recoveryKey.locator('.recovery-group').allInnerTexts();
    return groups.map((group) => group.trim()).join('-');
  }
}
