import type { Locator, Page } from '@playwright/test';

/** "Fälle": the case grid with its filters, quick filter, column chooser and the search box. */
export class CaseListPage {
  readonly heading: Locator;
  readonly newCaseButton: Locator;
  readonly searchInput: Locator;
  readonly quickFilterInput: Locator;
  readonly grid: Locator;
  readonly rowCount: Locator;
  readonly columnsButton: Locator;
  readonly resetFiltersButton: Locator;
  readonly emptyState: Locator;
  readonly noMatch: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Fälle' });
    this.newCaseButton = main.getByRole('button', { name: 'Neuer Fall' });
    this.searchInput = main.getByRole('searchbox', { name: 'Volltextsuche' });
    this.quickFilterInput = main.getByLabel('Schnellfilter');
    this.grid = main.getByRole('grid', { name: 'Fallliste' });
    this.rowCount = main.locator('.row-count');
    this.columnsButton = main.getByRole('button', { name: 'Spalten' });
    this.resetFiltersButton = main.getByRole('button', { name: 'Filter zurücksetzen' }).first();
    this.emptyState = main.getByRole('heading', { name: 'Noch keine Fälle' });
    this.noMatch = main.getByText('Kein Fall passt zu diesen Filtern.');
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

  async quickFilter(text: string): Promise<void> {
    await this.quickFilterInput.fill(text);
  }

  async filterByStatus(label: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Filter' }).getByLabel('Aufenthaltsstatus').selectOption({ label });
  }

  async filterByPhase(label: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Filter' }).getByLabel('Phase').selectOption({ label });
  }

  async filterByCounsellor(name: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Filter' }).getByLabel('Beratungsfachkraft').selectOption({ label: name });
  }

  async filterByDeadline(label: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Filter' }).getByLabel('Nächste Frist').selectOption({ label });
  }

  /** 'offene Fälle', 'abgeschlossene Fälle' or 'alle Fälle'. */
  async showCases(label: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Filter' }).getByLabel('Fallstand').selectOption({ label });
  }

  async setColumnVisible(label: string, isVisible: boolean): Promise<void> {
    if ((await this.columnsButton.getAttribute('aria-expanded')) !== 'true') await this.columnsButton.click();
    await this.page.getByRole('group', { name: 'Sichtbare Spalten' }).getByRole('checkbox', { name: label, exact: true }).setChecked(isVisible);
  }

  async search(text: string): Promise<void> {
    await this.searchInput.fill(text);
    await this.searchInput.press('Enter');
  }

  /** Puts the keyboard on the grid the way a keyboard user does (it is one tab stop). */
  async focusGrid(): Promise<void> {
    await this.grid.focus();
  }
}
