import type { Locator, Page } from '@playwright/test';

export type StatisticsView = 'Export erstellen' | 'Exportverlauf' | 'Exporte zusammenführen' | 'Empfängerprofile';

/**
 * "Statistik": the export (choose → preview → confirm → written), the export history, combining
 * exports and the recipient profiles. One class for the screen; the steps are its parts.
 */
export class StatisticsPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly stepHeading: Locator;
  // choose
  readonly quarterlyRadio: Locator;
  readonly yearlyRadio: Locator;
  readonly yearInput: Locator;
  readonly quarterSelect: Locator;
  readonly yearlyOnlyNotice: Locator;
  readonly previewButton: Locator;
  readonly alert: Locator;
  // preview
  readonly legend: Locator;
  readonly checks: Locator;
  readonly figures: Locator;
  readonly absentTables: Locator;
  readonly tables: Locator;
  readonly withheld: Locator;
  readonly quality: Locator;
  readonly qualityCases: Locator;
  readonly gaps: Locator;
  readonly correctionButton: Locator;
  readonly continueButton: Locator;
  // confirm
  readonly plannedFiles: Locator;
  readonly writeButton: Locator;
  // written
  readonly writtenRows: Locator;
  readonly writtenFolder: Locator;
  readonly againButton: Locator;
  // history
  readonly historyRows: Locator;
  // combine
  readonly loadFilesButton: Locator;
  readonly usedFiles: Locator;
  readonly refusedFiles: Locator;
  readonly combineExportButton: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.main = main;
    this.heading = main.getByRole('heading', { level: 1, name: 'Statistik' });
    this.stepHeading = main.getByRole('heading', { level: 2 });
    this.quarterlyRadio = main.getByRole('radio', { name: 'Quartalsbericht' });
    this.yearlyRadio = main.getByRole('radio', { name: 'Jahresbericht' });
    this.yearInput = main.getByRole('textbox', { name: /^Jahr\b/ });
    this.quarterSelect = main.getByRole('combobox', { name: /^Quartal\b/ });
    this.yearlyOnlyNotice = main.locator('.stats-yearly-notice');
    this.previewButton = main.getByRole('button', { name: 'Vorschau anzeigen' });
    this.alert = main.getByRole('alert');
    this.legend = main.getByRole('note', { name: 'Legende' });
    this.checks = main.locator('.stats-checks li');
    this.figures = main.locator('.stats-figures');
    this.absentTables = main.locator('.stats-absent');
    // The published tables only: the Datenqualität part has a table of its own.
    this.tables = main.locator('.stats-table-block table.stats-table');
    this.withheld = main.locator('.stats-withheld');
    this.quality = main.getByRole('region', { name: 'Datenqualität' });
    this.qualityCases = main.locator('.stats-quality-cases li');
    this.gaps = main.getByRole('region', { name: 'Lücken im Angebot' });
    this.correctionButton = main.getByRole('button', { name: 'Als Korrekturlieferung erstellen' });
    this.continueButton = main.getByRole('button', { name: 'Weiter: Dateien prüfen' });
    this.plannedFiles = main.locator('.stats-file-list .stats-file-name');
    this.writeButton = main.getByRole('button', { name: 'Ordner wählen und Dateien schreiben' });
    this.writtenRows = main.locator('table.stats-files-table tbody tr');
    this.writtenFolder = main.locator('.stats-path');
    this.againButton = main.getByRole('button', { name: 'Weiteren Export erstellen' });
    this.historyRows = main.locator('table.stats-history tbody tr');
    this.loadFilesButton = main.getByRole('button', { name: /JSON-Exporte laden|Andere Dateien laden/ });
    this.usedFiles = main.locator('.stats-file-list').first().locator('li');
    this.refusedFiles = main.locator('.stats-refused li');
    this.combineExportButton = main.getByRole('button', { name: 'Zusammengeführten Bericht schreiben' });
  }

  async openView(view: StatisticsView): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Bereiche der Statistik' }).getByRole('link', { name: view }).click();
  }

  profileRadio(name: string): Locator {
    return this.main.getByRole('radio', { name: new RegExp(`^${name}\\b`) });
  }

  async choose(period: { year: number; quarter: 1 | 2 | 3 | 4 | null }, profile: string): Promise<void> {
    if (period.quarter === null) await this.yearlyRadio.check();
    else await this.quarterlyRadio.check();
    await this.yearInput.fill(String(period.year));
    if (period.quarter !== null) await this.quarterSelect.selectOption(String(period.quarter));
    await this.profileRadio(profile).check();
  }

  /** The data-quality entry of one case, by its code. */
  qualityCase(code: string): Locator {
    return this.qualityCases.filter({ hasText: code });
  }

  /** A published table by its number (T02 …). */
  table(number: string): Locator {
    return this.tables.filter({ has: this.page.locator('caption', { hasText: number }) });
  }

  /** The text of every value cell of every preview table (numbers and "."), margins included; or of one table. */
  async cellTexts(number?: string): Promise<string[]> {
    return (number ? this.table(number) : this.tables)
      .locator('td.stats-cell')
      .evaluateAll((cells) =>
        cells.map((cell) => (cell.querySelector('[aria-hidden="true"]')?.textContent ?? cell.textContent ?? '').trim()),
      );
  }

  async plannedFileNames(): Promise<string[]> {
    return this.plannedFiles.allTextContents();
  }

  async writtenFiles(): Promise<{ name: string; sha256: string }[]> {
    return this.writtenRows.evaluateAll((rows) =>
      rows.map((row) => ({
        name: row.querySelector('th')?.textContent?.trim() ?? '',
        sha256: row.querySelector('.stats-hash')?.textContent?.trim() ?? '',
      })),
    );
  }

  // ----- profiles -----

  get profileNameInput(): Locator {
    return this.main.getByRole('textbox', { name: /^Name/ });
  }

  get kInput(): Locator {
    return this.main.getByRole('textbox', { name: /^Mindestfallzahl k/ });
  }

  methodRadio(label: 'Cell-Key-Methode' | 'Zellsperrung'): Locator {
    return this.main.getByRole('radiogroup', { name: /Verfahren/ }).getByRole('radio', { name: label });
  }

  tableCheckbox(number: string): Locator {
    return this.main.getByRole('checkbox', { name: new RegExp(`^${number} `) });
  }

  profileRow(name: string): Locator {
    return this.main
      .locator('table.stats-profiles tbody tr')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
  }
}
