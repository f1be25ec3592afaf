import type { Locator, Page } from '@playwright/test';

/** "Konten" (supervisor): the account table, "Konto anlegen", case assignment and hand-over. German labels. */
export class AccountsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly status: Locator;
  readonly createSection: Locator;
  readonly nameInput: Locator;
  readonly initialPassphraseInput: Locator;
  readonly initialPassphraseConfirmationInput: Locator;
  readonly createButton: Locator;
  readonly dialog: Locator;
  readonly assignSection: Locator;
  readonly handOverSection: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Konten' });
    this.table = main.getByRole('table', { name: 'Konten mit Rolle, Zustand und offenen Fällen' });
    this.status = main.getByRole('region', { name: 'Alle Konten' }).getByRole('status');
    this.createSection = main.getByRole('region', { name: 'Konto anlegen' });
    this.nameInput = this.createSection.getByLabel('Name', { exact: true });
    this.initialPassphraseInput = this.createSection.getByLabel('Erstes Kennwort', { exact: true });
    this.initialPassphraseConfirmationInput = this.createSection.getByLabel('Erstes Kennwort wiederholen', { exact: true });
    this.createButton = this.createSection.getByRole('button', { name: 'Konto anlegen' });
    this.dialog = page.getByRole('dialog');
    this.assignSection = main.getByRole('region', { name: 'Fälle zuordnen' });
    this.handOverSection = main.getByRole('region', { name: 'Alle Fälle übergeben' });
  }

  row(name: string): Locator {
    return this.table.locator(`tr[data-account="${name}"]`);
  }

  async createAccount(name: string, role: 'Beratungsfachkraft' | 'Leitung', passphrase: string): Promise<void> {
    await this.nameInput.fill(name);
    await this.createSection.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
    await this.initialPassphraseInput.fill(passphrase);
    await this.initialPassphraseConfirmationInput.fill(passphrase);
    await this.createButton.click();
  }

  disableButton(name: string): Locator {
    return this.row(name).getByRole('button', { name: `Deaktivieren ${name}` });
  }

  /** The message the core gave for this row's action, shown at its button. */
  rowError(name: string): Locator {
    return this.table.locator(`tr[data-account-error="${name}"]`).getByRole('alert');
  }

  async disable(name: string): Promise<void> {
    await this.disableButton(name).click();
    await this.dialog.getByRole('button', { name: 'Deaktivieren', exact: true }).click();
  }

  async enable(name: string, passphrase: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Aktivieren ${name}` })
      .click();
    await this.fillInitialPassphrase(passphrase);
    await this.dialog.getByRole('button', { name: 'Aktivieren', exact: true }).click();
  }

  async openReset(name: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Zugang zurücksetzen ${name}` })
      .click();
  }

  async fillReset(recoveryKey: string, passphrase: string): Promise<void> {
    await this.dialog.getByLabel('Wiederherstellungsschlüssel', { exact: true }).fill(recoveryKey);
    await this.fillInitialPassphrase(passphrase);
    await this.dialog.getByRole('button', { name: 'Zugang zurücksetzen', exact: true }).click();
  }

  private async fillInitialPassphrase(passphrase: string): Promise<void> {
    await this.dialog.getByLabel('Erstes Kennwort', { exact: true }).fill(passphrase);
    await this.dialog.getByLabel('Erstes Kennwort wiederholen', { exact: true }).fill(passphrase);
  }

  caseCheckbox(code: string): Locator {
    return this.assignSection.getByRole('checkbox', { name: new RegExp(`^${code} `) });
  }

  async assign(codes: string[], counsellor: string): Promise<void> {
    for (const code of codes) await this.caseCheckbox(code).check();
    await this.assignSection.getByLabel('Zuordnen an').selectOption({ label: counsellor });
    await this.assignSection.getByRole('button', { name: /^Ausgewählte Fälle zuordnen/ }).click();
  }

  async handOver(from: string, to: string): Promise<void> {
    await this.selectByName(this.handOverSection.getByLabel('Offene Fälle von'), from);
    await this.selectByName(this.handOverSection.getByLabel('übergeben an'), to);
    await this.handOverSection.getByRole('button', { name: 'Fälle übergeben' }).click();
  }

  /** Options read "Name (n offene Fälle)": choose by the name. */
  private async selectByName(select: Locator, name: string): Promise<void> {
    const value = await select.locator('option', { hasText: `${name} (` }).getAttribute('value');
    await select.selectOption(value ?? '');
  }
}

/** The first unlock with an initial passphrase: "Eigenes Kennwort festlegen" before anything else. */
export class FirstPassphrasePage {
  readonly heading: Locator;
  readonly initialInput: Locator;
  readonly newInput: Locator;
  readonly confirmationInput: Locator;
  readonly submitButton: Locator;

  constructor(page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Eigenes Kennwort festlegen' });
    this.initialInput = page.getByLabel('Erstes Kennwort (das Sie erhalten haben)');
    this.newInput = page.getByLabel('Neues Kennwort', { exact: true });
    this.confirmationInput = page.getByLabel('Neues Kennwort wiederholen', { exact: true });
    this.submitButton = page.getByRole('button', { name: 'Kennwort festlegen und weiter' });
  }

  async change(initial: string, next: string, confirmation = next): Promise<void> {
    await this.initialInput.fill(initial);
    await this.newInput.fill(next);
    await this.confirmationInput.fill(confirmation);
    await this.submitButton.click();
  }
}
