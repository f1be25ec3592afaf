import type { Locator, Page } from '@playwright/test';

/** "Protokoll" (supervisor): filters, the virtualised log, integrity checks, export and retention. */
export class AuditPage {
  readonly heading: Locator;
  readonly filters: Locator;
  readonly userFilter: Locator;
  readonly caseCodeFilter: Locator;
  readonly actionFilter: Locator;
  readonly fromFilter: Locator;
  readonly toFilter: Locator;
  readonly breakGlassOnly: Locator;
  readonly resetFiltersButton: Locator;
  readonly table: Locator;
  readonly count: Locator;
  /** What the count counts: „Stand: bis Eintrag Nr. N, gelesen am …“ or „Stand der Prüfung: …“. */
  readonly scope: Locator;
  readonly reloadButton: Locator;
  readonly verifyButton: Locator;
  readonly saveCheckpointButton: Locator;
  readonly compareButton: Locator;
  readonly verifyResult: Locator;
  /** A running check: „Geprüft: N von M Einträgen“ (the bar's label) and „Prüfung abbrechen“. */
  readonly verifyProgress: Locator;
  readonly cancelVerifyButton: Locator;
  readonly integrity: Locator;
  readonly exportSection: Locator;
  readonly retention: Locator;
  readonly dialog: Locator;

  /** "Heute" is the supervisor's page after unlocking: the log is one click away in the navigation. */
  static async open(page: Page): Promise<AuditPage> {
    const audit = new AuditPage(page);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Protokoll', exact: true }).click();
    await audit.heading.waitFor();
    return audit;
  }

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Protokoll' });
    this.filters = main.getByRole('group', { name: 'Filter' });
    this.userFilter = this.filters.getByLabel('Konto', { exact: true });
    this.caseCodeFilter = this.filters.getByLabel('Fallnummer', { exact: true });
    this.actionFilter = this.filters.getByLabel('Aktion', { exact: true });
    this.fromFilter = this.filters.getByLabel('Von (TT.MM.JJJJ)');
    this.toFilter = this.filters.getByLabel('Bis (TT.MM.JJJJ)');
    this.breakGlassOnly = this.filters.getByRole('checkbox', { name: /^nur Zugriffe mit Begründung/ });
    this.resetFiltersButton = this.filters.getByRole('button', { name: 'Filter zurücksetzen' });
    this.table = main.getByRole('table', { name: 'Einträge' });
    this.count = main.locator('.audit-summary .row-count');
    this.scope = main.locator('.audit-summary .audit-scope');
    this.reloadButton = main.getByRole('button', { name: /^Neu laden \(/ });
    this.integrity = main.getByRole('region', { name: 'Unverändertheit prüfen' });
    this.verifyButton = this.integrity.getByRole('button', { name: 'Protokoll prüfen' });
    this.saveCheckpointButton = this.integrity.getByRole('button', { name: 'Prüfpunkt speichern' });
    this.compareButton = this.integrity.getByRole('button', { name: 'Mit Prüfpunkt vergleichen' });
    this.verifyResult = this.integrity.locator('.verify-result');
    this.verifyProgress = this.integrity.getByRole('progressbar', { name: /^Geprüft: / });
    this.cancelVerifyButton = this.integrity.getByRole('button', { name: 'Prüfung abbrechen' });
    this.exportSection = main.getByRole('region', { name: 'Auszug exportieren' });
    this.retention = main.getByRole('region', { name: 'Aufbewahrung des Protokolls' });
    this.dialog = page.getByRole('dialog');
  }

  /** Loaded data rows in the DOM (the table is virtualised), newest first. */
  get rows(): Locator {
    return this.table.locator('[role="row"][data-seq]');
  }

  rowWithText(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  async filterByUser(label: string): Promise<void> {
    await this.userFilter.selectOption({ label });
  }

  async filterByAction(label: string): Promise<void> {
    await this.actionFilter.selectOption({ label });
  }

  async exportAs(format: 'CSV' | 'PDF'): Promise<void> {
    await this.exportSection.getByRole('button', { name: `Als ${format} exportieren` }).click();
  }

  /** The texts of one column of the rows in the DOM, top to bottom. */
  async columnTexts(column: 'seq' | 'at' | 'action' | 'object' | 'user' | 'reason'): Promise<string[]> {
    return this.rows.evaluateAll(
      (rows, name) =>
        rows
          .map((row) => ({
            index: Number(row.getAttribute('aria-rowindex')),
            text: row.querySelector(`.audit-col-${name}`)?.textContent ?? '',
          }))
          .sort((left, right) => left.index - right.index)
          .map((row) => row.text.replace('⚠', '').trim()),
      column,
    );
  }
}
