import type { Locator, Page } from '@playwright/test';

/** "Systemhinweise": anonymous observations per Handlungsfeld. */
export class StructuralNotesPage {
  readonly heading: Locator;
  readonly fieldSelect: Locator;
  readonly kindSelect: Locator;
  readonly monthInput: Locator;
  readonly textInput: Locator;
  readonly saveButton: Locator;
  readonly notes: Locator;

  constructor(page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Systemhinweise' });
    this.fieldSelect = main.getByLabel('Handlungsfeld');
    this.kindSelect = main.getByLabel(/^Art(\s|$)/);
    this.monthInput = main.getByLabel('Beobachtet im Monat');
    this.textInput = main.getByLabel('Beobachtung');
    this.saveButton = main.getByRole('button', { name: 'Hinweis speichern' });
    this.notes = main.locator('li.note-item');
  }

  async add(input: { field: string; kind: string; month?: string; text: string }): Promise<void> {
    await this.fieldSelect.selectOption({ label: input.field });
    await this.kindSelect.selectOption({ label: input.kind });
    if (input.month !== undefined) await this.monthInput.fill(input.month);
    await this.textInput.fill(input.text);
    await this.saveButton.click();
  }
}
