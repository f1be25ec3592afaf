import type { Locator, Page } from '@playwright/test';

/** Break-the-glass: "Grund für den Zugriff", and the counsellor's "Fall über Fallnummer öffnen". */
export class ReasonDialog {
  readonly dialog: Locator;
  readonly textInput: Locator;
  readonly openButton: Locator;
  readonly cancelButton: Locator;
  readonly lookupButton: Locator;
  readonly lookupDialog: Locator;
  readonly codeInput: Locator;

  constructor(page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Grund für den Zugriff' });
    this.textInput = this.dialog.getByRole('textbox');
    this.openButton = this.dialog.getByRole('button', { name: 'Fall öffnen' });
    this.cancelButton = this.dialog.getByRole('button', { name: 'Abbrechen' });
    this.lookupButton = page.getByRole('navigation').getByRole('button', { name: 'Fall über Fallnummer öffnen …' });
    this.lookupDialog = page.getByRole('dialog', { name: 'Fall über Fallnummer öffnen' });
    this.codeInput = this.lookupDialog.getByLabel('Fallnummer');
  }

  reason(label: 'Vertretung' | 'Fallkonferenz' | 'Sonstiges'): Locator {
    return this.dialog.getByRole('radio', { name: label });
  }

  async lookUp(code: string): Promise<void> {
    await this.lookupButton.click();
    await this.codeInput.fill(code);
    await this.lookupDialog.getByRole('button', { name: 'Fall suchen und öffnen' }).click();
  }
}
