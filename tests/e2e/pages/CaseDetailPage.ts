import type { Locator, Page } from '@playwright/test';

export type CaseTab = 'Überblick' | 'Aufenthalt' | 'Fristen' | 'Verlauf' | 'Planung' | 'Abschluss';

/** One case: header, tabs and the sections' controls. */
export class CaseDetailPage {
  readonly heading: Locator;
  readonly header: Locator;
  readonly currentStatus: Locator;
  readonly editButton: Locator;
  readonly newEntryButton: Locator;
  readonly notice: Locator;
  readonly panel: Locator;
  readonly journalDialog: JournalDialog;
  readonly confirmDialog: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.header = main.locator('.case-header');
    this.currentStatus = this.header.locator('.status-validity');
    this.editButton = main.getByRole('button', { name: 'Falldaten bearbeiten' });
    this.newEntryButton = this.header.getByRole('button', { name: 'Neuer Eintrag' });
    this.notice = main.getByRole('status');
    this.panel = main.getByRole('tabpanel');
    this.journalDialog = new JournalDialog(page);
    this.confirmDialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Behalten' }) });
  }

  tab(name: CaseTab): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  async open(name: CaseTab): Promise<void> {
    await this.tab(name).click();
  }

  // Aufenthalt
  get statusRows(): Locator {
    return this.panel.locator('li.status-card');
  }

  async addStatus(input: {
    status: string;
    validFrom?: string;
    validUntil?: string;
    workPermission?: string;
    residenceObligation?: string;
    identityClarified?: string;
    documentSeenOn?: string;
  }): Promise<void> {
    await this.panel.getByRole('button', { name: 'Status eintragen' }).click();
    const form = this.statusForm;
    await form.getByLabel(/^Status(\s|$)/).selectOption({ label: input.status });
    if (input.validFrom) await form.getByLabel('Gültig ab').fill(input.validFrom);
    if (input.validUntil) await form.getByLabel('Gültig bis').fill(input.validUntil);
    if (input.workPermission) await form.getByLabel('Nebenbestimmung zur Erwerbstätigkeit').selectOption({ label: input.workPermission });
    if (input.residenceObligation) await form.getByLabel('Wohnsitzauflage').selectOption({ label: input.residenceObligation });
    if (input.identityClarified) await form.getByLabel('Identität geklärt').selectOption({ label: input.identityClarified });
    if (input.documentSeenOn) await form.getByLabel('Dokument gesehen am').fill(input.documentSeenOn);
    await form.getByRole('button', { name: 'Status speichern' }).click();
  }

  get statusForm(): Locator {
    return this.panel.getByRole('form', { name: 'Neuen Status eintragen' });
  }

  // Fristen
  deadlineRow(text: string): Locator {
    return this.panel.locator('tbody tr').filter({ hasText: text });
  }

  async addOwnDeadline(kind: 'Termin' | 'Aufgabe', title: string, dueOn: string): Promise<void> {
    const form = this.panel.getByRole('form', { name: 'Termin oder Aufgabe eintragen' });
    await form.getByRole('radio', { name: kind }).check();
    await form.getByLabel('Bezeichnung').fill(title);
    await form.getByLabel('Datum').fill(dueOn);
    await form.getByRole('button', { name: 'Eintragen' }).click();
  }

  // Verlauf
  get journalEntries(): Locator {
    return this.panel.locator('li.journal-entry');
  }

  // Planung
  get goalRows(): Locator {
    return this.panel.getByRole('table', { name: 'Ziele' }).locator('tbody tr');
  }

  get referralRows(): Locator {
    return this.panel.getByRole('table', { name: 'Vermittlungen' }).locator('tbody tr');
  }

  planDialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  async addGoal(input: { field: string; wording: string; targetDate?: string }): Promise<void> {
    await this.panel.getByRole('button', { name: 'Ziel hinzufügen' }).click();
    const dialog = this.planDialog('Neues Ziel');
    await dialog.getByLabel('Handlungsfeld').selectOption({ label: input.field });
    await dialog.getByLabel(/^Ziel(\s|$)/).fill(input.wording);
    if (input.targetDate) await dialog.getByLabel('Zieldatum').fill(input.targetDate);
    await dialog.getByRole('button', { name: 'Speichern' }).click();
  }

  /** The choice to refer without a valid release, shown only when none exists for the chosen partner. */
  get withoutReleaseCheckbox(): Locator {
    return this.planDialog('Neue Vermittlung').getByRole('checkbox', { name: /^Ohne Schweigepflichtentbindung vermitteln/ });
  }

  async addReferral(input: { partner: string; offerKind: string; result?: string; withoutRelease?: boolean }): Promise<void> {
    await this.panel.getByRole('button', { name: 'Vermittlung hinzufügen' }).click();
    const dialog = this.planDialog('Neue Vermittlung');
    await dialog.getByLabel('Partner').selectOption({ label: input.partner });
    await dialog.getByLabel('Art des Angebots').selectOption({ label: input.offerKind });
    if (input.result) await dialog.getByLabel('Ergebnis').selectOption({ label: input.result });
    if (input.withoutRelease) await this.withoutReleaseCheckbox.check();
    await dialog.getByRole('button', { name: 'Speichern' }).click();
  }

  // Abschluss
  get closeForm(): Locator {
    return this.panel.getByRole('form', { name: 'Fall abschließen' });
  }

  /** The question before closing: what stays open, "Ja, Fall abschließen" and "Zurück zum Formular". */
  get closeConfirmation(): Locator {
    return this.page.getByRole('dialog', { name: /^Fall .+ abschließen\?$/ });
  }

  /** Fills the closure and asks to close; the confirmation is left open for the caller. */
  async askToClose(input: { reason: string; whereabouts: string; aftercareUntil?: string }): Promise<void> {
    await this.closeForm.getByLabel('Grund').selectOption({ label: input.reason });
    await this.closeForm.getByLabel('Verbleib').selectOption({ label: input.whereabouts });
    if (input.aftercareUntil) await this.closeForm.getByLabel('Nachbetreuung bis').fill(input.aftercareUntil);
    await this.closeForm.getByRole('button', { name: 'Fall abschließen …' }).click();
  }

  async closeCase(input: { reason: string; whereabouts: string; aftercareUntil?: string }): Promise<void> {
    await this.askToClose(input);
    await this.closeConfirmation.getByRole('button', { name: 'Ja, Fall abschließen' }).click();
  }
}

/** The quick entry (Ctrl+N) and edit dialog of the journal. */
export class JournalDialog {
  readonly dialog: Locator;
  readonly dateInput: Locator;
  readonly timeInput: Locator;
  readonly durationInput: Locator;
  readonly kindSelect: Locator;
  readonly interpreterCheckbox: Locator;
  readonly participantsInput: Locator;
  readonly noteInput: Locator;
  readonly saveButton: Locator;

  constructor(page: Page) {
    this.dialog = page.getByRole('dialog', { name: /Eintrag/ });
    this.dateInput = this.dialog.getByLabel('Datum');
    this.timeInput = this.dialog.getByLabel('Uhrzeit');
    this.durationInput = this.dialog.getByLabel('Dauer in Minuten');
    this.kindSelect = this.dialog.getByLabel('Art des Kontakts');
    this.interpreterCheckbox = this.dialog.getByLabel('Mit Dolmetschung');
    this.participantsInput = this.dialog.getByLabel('Beteiligte Stellen');
    this.noteInput = this.dialog.getByLabel('Notiz');
    this.saveButton = this.dialog.getByRole('button', { name: 'Eintrag speichern' });
  }

  topic(label: string): Locator {
    return this.dialog.getByRole('checkbox', { name: label });
  }

  async fill(input: {
    time?: string;
    duration?: string;
    kind?: string;
    topics?: string[];
    participants?: string;
    note?: string;
    interpreter?: boolean;
  }): Promise<void> {
    if (input.time !== undefined) await this.timeInput.fill(input.time);
    if (input.duration !== undefined) await this.durationInput.fill(input.duration);
    if (input.kind !== undefined) await this.kindSelect.selectOption({ label: input.kind });
    if (input.interpreter) await this.interpreterCheckbox.check();
    for (const topic of input.topics ?? []) await this.topic(topic).check();
    if (input.participants !== undefined) await this.participantsInput.fill(input.participants);
    if (input.note !== undefined) await this.noteInput.fill(input.note);
  }
}
