import type { Locator, Page } from '@playwright/test';

/** The first screen on a fresh profile: setting up the vault. */
export class SetupScreen {
  readonly heading: Locator;

  constructor(page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Fallbuch einrichten' });
  }
}
