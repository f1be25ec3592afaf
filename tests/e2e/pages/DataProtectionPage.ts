import type { Locator, Page } from '@playwright/test';

/** The "Datenschutz" page: backups, restore, recovery key, retention, processing record. */
export class DataProtectionPage {
  readonly heading: Locator;
  readonly main: Locator;
  readonly createBackupButton: Locator;
  readonly backupState: Locator;
  readonly writtenFiles: Locator;
  readonly restoreButton: Locator;
  readonly restoreDialog: Locator;
  readonly restorePassphrase: Locator;
  readonly newRecoveryKeyButton: Locator;
  readonly recoveryDialog: Locator;
  readonly recoveryKeyShown: Locator;
  readonly retentionPreviewButton: Locator;
  readonly recordPreview: Locator;
  readonly banner: Locator;

  constructor(private readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: 'Datenschutz' });
    this.createBackupButton = this.main.getByRole('button', { name: 'Sicherung erstellen …' });
    this.backupState = this.main.locator('.backup-state');
    this.writtenFiles = this.main.locator('.written-files li');
    this.restoreButton = this.main.getByRole('button', { name: 'Sicherungsdatei wählen …' });
    this.restoreDialog = page.getByRole('dialog', { name: 'Sicherung wiederherstellen?' });
    this.restorePassphrase = this.restoreDialog.getByLabel('Ihr Kennwort zur Bestätigung');
    this.newRecoveryKeyButton = this.main.getByRole('button', { name: 'Neuen Schlüssel erzeugen …' });
    this.recoveryDialog = page.getByRole('dialog', { name: 'Neuer Wiederherstellungsschlüssel' });
    this.recoveryKeyShown = this.recoveryDialog.locator('.recovery-key');
    this.retentionPreviewButton = this.main.getByRole('button', { name: 'Probelauf: was würde gelöscht?' });
    this.recordPreview = this.main.locator('pre.record-preview');
    this.banner = page.locator('.backup-banner');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Datenschutz', exact: true }).click();
  }
}
