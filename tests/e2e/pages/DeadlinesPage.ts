import type { Locator, Page } from '@playwright/test';

export type DeadlineGroup = 'Überfällig' | 'Diese Woche' | 'Nächste 30 Tage';

/** "Fristen": open deadlines grouped by urgency, with "Erledigt" and "Verwerfen". */
export class DeadlinesPage {
  readonly heading: Locator;
  readonly mineButton: Locator;
  readonly allButton: Locator;
  readonly dismissDialog: Locator;
  readonly dismissReasonInput: Locator;
  readonly confirmDismissButton: Locator;
  readonly cancelDismissButton: Locator;
  readonly dismissReasonError: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Fristen' });
    this.mineButton = main.getByRole('button', { name: 'Meine Fälle' });
    this.allButton = main.getByRole('button', { name: 'Alle Fälle' });
    this.dismissDialog = page.getByRole('dialog', { name: 'Frist verwerfen' });
    this.dismissReasonInput = this.dismissDialog.getByLabel('Grund');
    this.confirmDismissButton = this.dismissDialog.getByRole('button', { name: 'Frist verwerfen' });
    this.cancelDismissButton = this.dismissDialog.getByRole('button', { name: 'Abbrechen' });
    this.dismissReasonError = this.dismissDialog.locator('.field-error');
  }

  group(name: DeadlineGroup): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name}`) });
  }

  /** Every deadline item of a case (optionally only in one group). */
  itemsOf(code: string, group?: DeadlineGroup): Locator {
    return (group ? this.group(group) : this.page.getByRole('main')).locator(`li.deadline-item[data-case-code="${code}"]`);
  }

  /** The one item of `code` whose kind or title contains `text`. */
  item(code: string, text: string): Locator {
    return this.itemsOf(code).filter({ has: this.page.getByRole('heading', { level: 3, name: new RegExp(text) }) });
  }

  async markDone(code: string, text: string): Promise<void> {
    await this.item(code, text).getByRole('button', { name: 'Erledigt' }).click();
  }

  async startDismiss(code: string, text: string): Promise<void> {
    await this.item(code, text).getByRole('button', { name: 'Verwerfen' }).click();
  }

  async dismiss(code: string, text: string, reason: string): Promise<void> {
    await this.startDismiss(code, text);
    await this.dismissReasonInput.fill(reason);
    await this.confirmDismissButton.click();
  }

  async openCase(code: string): Promise<void> {
    await this.itemsOf(code)
      .first()
      .getByRole('link', { name: `Fall ${code} öffnen` })
      .click();
  }

  /** "Weitere {count} anzeigen" under a group that shows only its first deadlines. */
  async showMore(group: DeadlineGroup, count: number): Promise<void> {
    await this.group(group)
      .getByRole('button', { name: `Weitere ${count} anzeigen` })
      .click();
  }

  async showAll(): Promise<void> {
    await this.allButton.click();
  }
}
