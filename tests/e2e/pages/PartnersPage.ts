import type { Locator, Page } from '@playwright/test';

/** "Partnerverzeichnis": organisations referrals go to. */
export class PartnersPage {
  readonly heading: Locator;
  readonly nameInput: Locator;
  readonly kindSelect: Locator;
  readonly contactInput: Locator;
  readonly addButton: Locator;
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Partnerverzeichnis' });
    this.nameInput = main.getByLabel('Name der Stelle');
    this.kindSelect = main.getByLabel(/^Art(\s|$)/);
    this.contactInput = main.getByLabel('Kontakt');
    this.addButton = main.getByRole('button', { name: 'Partner hinzufügen' });
    this.rows = main.locator('table.data-table tbody tr');
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }

  async add(name: string, kind: string, contact = ''): Promise<void> {
    await this.nameInput.fill(name);
    await this.kindSelect.selectOption({ label: kind });
    if (contact) await this.contactInput.fill(contact);
    await this.addButton.click();
  }
}
