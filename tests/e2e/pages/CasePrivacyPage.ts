import type { Locator, Page } from '@playwright/test';

/** The "Datenschutz" tab of a case: consents, history, Auskunft, erasure. German labels. */
export class CasePrivacyPage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly addConsentButton: Locator;
  readonly consentRows: Locator;
  readonly consentDialog: Locator;
  readonly historyRows: Locator;
  readonly disclosureButton: Locator;
  readonly writtenFiles: Locator;
  readonly eraseButton: Locator;
  readonly erasureDialog: Locator;

  constructor(private readonly page: Page) {
    this.tab = page.getByRole('tab', { name: /^Datenschutz/ });
    this.panel = page.getByRole('tabpanel');
    this.addConsentButton = this.panel.getByRole('button', { name: 'Einwilligung erfassen' });
    this.consentRows = this.panel.locator('table.consent-table tbody tr');
    this.consentDialog = page.getByRole('dialog', { name: /Einwilligung (erfassen|berichtigen)/ });
    this.historyRows = this.panel.locator('table.history-table tbody tr');
    this.disclosureButton = this.panel.getByRole('button', { name: 'Auskunft erstellen …' });
    this.writtenFiles = this.panel.locator('.written-files li');
    this.eraseButton = this.panel.getByRole('button', { name: 'Person löschen …' });
    this.erasureDialog = page.getByRole('dialog', { name: 'Person endgültig löschen' });
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  /** Records a release (Schweigepflichtentbindung) for a partner of the directory. */
  async recordRelease(input: {
    partner: string;
    purpose: string;
    givenOn: string;
    validUntil?: string;
    categories: string[];
    special?: string[];
  }): Promise<void> {
    await this.addConsentButton.click();
    const dialog = this.consentDialog;
    await dialog.getByLabel(/^Art/).selectOption({ label: 'Schweigepflichtentbindung' });
    await dialog.getByLabel('Empfänger aus dem Partnerverzeichnis').selectOption({ label: input.partner });
    await dialog.getByLabel(/^Zweck/).fill(input.purpose);
    for (const category of input.categories) await dialog.getByRole('checkbox', { name: category }).check();
    for (const category of input.special ?? []) await dialog.getByRole('checkbox', { name: category }).check();
    await dialog.getByLabel(/^Erteilt am/).fill(input.givenOn);
    if (input.validUntil) await dialog.getByLabel(/^Gültig bis/).fill(input.validUntil);
    await dialog.getByRole('button', { name: 'Speichern' }).click();
  }

  erasureCodeInput(): Locator {
    return this.erasureDialog.getByLabel('Fallzeichen zur Bestätigung');
  }

  async erase(input: { reason: string; code: string; includeDeadlines?: boolean }): Promise<void> {
    await this.erasureDialog.getByRole('radio', { name: input.reason }).check();
    if (input.includeDeadlines) await this.erasureDialog.getByRole('checkbox', { name: /offenen Fristen geprüft/ }).check();
    await this.erasureCodeInput().fill(input.code);
    await this.erasureDialog.getByRole('button', { name: 'Endgültig löschen' }).click();
  }
}
