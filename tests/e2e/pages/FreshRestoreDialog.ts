import type { Locator, Page } from '@playwright/test';

/** "Aus Sicherung wiederherstellen" from the set-up screen or the unlock screen's problem notice. */
export class FreshRestoreDialog {
  readonly entryButton: Locator;
  readonly dialog: Locator;
  readonly chooseFileButton: Locator;
  readonly folderInput: Locator;
  readonly passphraseInput: Locator;
  readonly recoveryKeyInput: Locator;
  readonly restoreButton: Locator;

  constructor(private readonly page: Page) {
    this.entryButton = page.getByRole('button', { name: 'Aus Sicherung wiederherstellen' });
    this.dialog = page.getByRole('dialog', { name: 'Aus Sicherung wiederherstellen' });
    this.chooseFileButton = this.dialog.getByRole('button', { name: /Sicherungsdatei wählen|Andere Datei wählen/ });
    this.folderInput = this.dialog.getByLabel('Ordner für den Tresor');
    this.passphraseInput = this.dialog.getByLabel('Kennwort', { exact: true });
    this.recoveryKeyInput = this.dialog.getByRole('textbox', { name: 'Wiederherstellungsschlüssel', exact: true });
    this.restoreButton = this.dialog.getByRole('button', { name: 'Wiederherstellen', exact: true });
  }

  account(): Locator {
    return this.dialog.getByLabel('Konto', { exact: true });
  }

  async useRecoveryKey(): Promise<void> {
    await this.dialog.getByRole('radio', { name: 'Wiederherstellungsschlüssel' }).check();
  }
}
