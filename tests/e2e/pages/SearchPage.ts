import type { Locator, Page } from '@playwright/test';

/** "Suche": full-text search results with highlighted snippets. */
export class SearchPage {
  readonly heading: Locator;
  readonly searchInput: Locator;
  readonly resultCount: Locator;
  readonly results: Locator;
  readonly privacyNote: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Suche' });
    this.searchInput = main.getByRole('searchbox', { name: 'Volltextsuche' });
    this.resultCount = main.locator('#search-result-count');
    this.results = main.locator('li.search-result');
    this.privacyNote = main.locator('.search-privacy');
  }

  resultsOf(code: string): Locator {
    return this.page.locator(`li.search-result[data-case-code="${code}"]`);
  }

  /** The highlighted words of the results, in order. */
  async highlights(): Promise<string[]> {
    return this.page.locator('li.search-result mark').allInnerTexts();
  }

  async search(text: string): Promise<void> {
    await this.searchInput.fill(text);
    await this.searchInput.press('Enter');
  }

  async openResult(code: string): Promise<void> {
    await this.resultsOf(code).first().getByRole('link').click();
  }
}
