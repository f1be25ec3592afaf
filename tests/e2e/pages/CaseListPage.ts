import { expect, type Locator, type Page } from '@playwright/test';

/**
 * "Fälle": the case grid with one search field (filters as you type, full text on Enter), the
 * filter panel, the column chooser and the density switch.
 */
export class CaseListPage {
  readonly heading: Locator;
  readonly newCaseButton: Locator;
  readonly searchInput: Locator;
  readonly fullTextButton: Locator;
  readonly grid: Locator;
  readonly rowCount: Locator;
  readonly columnsButton: Locator;
  readonly filtersButton: Locator;
  readonly compactButton: Locator;
  readonly resetFiltersButton: Locator;
  readonly emptyState: Locator;
  readonly noMatch: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Fälle' });
    this.newCaseButton = main.getByRole('button', { name: 'Neuer Fall' });
    this.searchInput = main.getByRole('searchbox', { name: 'Suchen' });
    this.fullTextButton = main.getByRole('button', { name: 'Volltextsuche' });
    this.grid = main.getByRole('grid', { name: 'Fallliste' });
    this.rowCount = main.locator('.row-count');
    this.columnsButton = main.getByRole('button', { name: 'Spalten' });
    this.filtersButton = main.getByRole('button', { name: /^Filter(?! zurücksetzen)/ });
    this.compactButton = main.getByRole('button', { name: 'Kompakt' });
    this.resetFiltersButton = main.getByRole('button', { name: 'Filter zurücksetzen' }).first();
    this.emptyState = main.getByRole('heading', { name: 'Noch keine Fälle' });
    this.noMatch = main.getByText('Kein Fall passt zu diesen Filtern.');
  }

  /**
   * "Heute" is the page after unlocking: the list is one click away in the navigation. Waits until
   * the whole list is there (not only its first screen), unless `whole` is false.
   */
  static async open(page: Page, { whole = true }: { whole?: boolean } = {}): Promise<CaseListPage> {
    const list = new CaseListPage(page);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Fälle', exact: true }).click();
    await list.heading.waitFor();
    // "Fälle werden geladen …" turns into the first screen (a busy grid) in one render, then into the whole list.
    if (whole) await expect(page.getByRole('main').locator('.loading, [role="grid"][aria-busy="true"]')).toHaveCount(0);
    return list;
  }

  /** The data rows currently in the DOM (the grid is virtualised: only those in view). */
  get rows(): Locator {
    return this.grid.locator('[role="row"][data-code]');
  }

  row(code: string): Locator {
    return this.grid.locator(`[role="row"][data-code="${code}"]`);
  }

  columnHeader(label: string): Locator {
    return this.grid.getByRole('columnheader', { name: label, exact: true });
  }

  async visibleCodes(): Promise<string[]> {
    return this.rows.evaluateAll((rows) =>
      rows
        .map((row) => ({ code: row.getAttribute('data-code') ?? '', index: Number(row.getAttribute('aria-rowindex')) }))
        .sort((left, right) => left.index - right.index)
        .map((row) => row.code),
    );
  }

  async columnLabels(): Promise<string[]> {
    return (await this.grid.getByRole('columnheader').allInnerTexts()).map((text) => text.replace(/[▲▼↕]/g, '').trim());
  }

  /** The case code of the row the grid marks as active (aria-activedescendant). */
  async activeCode(): Promise<string | null> {
    return this.grid.evaluate((grid) => {
      const id = grid.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.getAttribute('data-code') ?? null) : null;
    });
  }

  async openCase(code: string): Promise<void> {
    await this.row(code).click();
  }

  async sortBy(label: string): Promise<void> {
    await this.columnHeader(label).getByRole('button').click();
  }

  /** Typing in the search field filters the list at once. */
  async quickFilter(text: string): Promise<void> {
    await this.searchInput.fill(text);
  }

  /** The filter panel, opened first when it is folded away. */
  async filters(): Promise<Locator> {
    if ((await this.filtersButton.getAttribute('aria-expanded')) !== 'true') await this.filtersButton.click();
    return this.page.getByRole('group', { name: 'Filter' });
  }

  async filterByStatus(label: string): Promise<void> {
    await (await this.filters()).getByLabel('Aufenthaltsstatus').selectOption({ label });
  }

  async filterByPhase(label: string): Promise<void> {
    await (await this.filters()).getByLabel('Phase').selectOption({ label });
  }

  async filterByCounsellor(name: string): Promise<void> {
    await (await this.filters()).getByLabel('Beratungsfachkraft').selectOption({ label: name });
  }

  async filterByDeadline(label: string): Promise<void> {
    await (await this.filters()).getByLabel('Nächste Frist').selectOption({ label });
  }

  /** 'offene Fälle', 'abgeschlossene Fälle' or 'alle Fälle'. */
  async showCases(label: string): Promise<void> {
    await (await this.filters()).getByLabel('Fallstand').selectOption({ label });
  }

  async setColumnVisible(label: string, isVisible: boolean): Promise<void> {
    if ((await this.columnsButton.getAttribute('aria-expanded')) !== 'true') await this.columnsButton.click();
    await this.page
      .getByRole('group', { name: 'Sichtbare Spalten' })
      .getByRole('checkbox', { name: label, exact: true })
      .setChecked(isVisible);
  }

  /** Enter in the search field: the full-text search over every note and case field. */
  async search(text: string): Promise<void> {
    await this.searchInput.fill(text);
    await this.searchInput.press('Enter');
  }

  /** Puts the keyboard on the grid the way a keyboard user does (it is one tab stop). */
  async focusGrid(): Promise<void> {
    await this.grid.focus();
  }
}
