import type { Locator, Page } from '@playwright/test';

/**
 * "Liste übernehmen": the import wizard (file → table → columns → values → dry run → done) and the
 * earlier imports with their undo. One class for the screen; the steps are its parts.
 */
export class ImportPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly stepHeading: Locator;
  readonly progress: Locator;
  readonly alert: Locator;
  readonly status: Locator;
  // file
  readonly profileSelect: Locator;
  readonly chooseFileButton: Locator;
  // table
  readonly sheetSelect: Locator;
  readonly headerRowSelect: Locator;
  readonly previewTable: Locator;
  // every step
  readonly nextButton: Locator;
  readonly backButton: Locator;
  readonly cancelButton: Locator;
  // dry run
  readonly counts: Locator;
  readonly errorsTable: Locator;
  readonly notesTable: Locator;
  readonly duplicatesTable: Locator;
  readonly refreshButton: Locator;
  readonly commitButton: Locator;
  readonly profileName: Locator;
  readonly saveProfileButton: Locator;
  // done
  readonly sourceWarning: Locator;
  readonly deleteSourceButton: Locator;
  readonly dialog: Locator;
  // earlier imports
  readonly batchesTable: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.main = main;
    this.heading = main.getByRole('heading', { level: 1, name: 'Fallliste übernehmen' });
    this.stepHeading = main.locator('.import-step h2');
    this.progress = main.locator('.import-steps .steps-progress');
    this.alert = main.getByRole('alert');
    this.status = main.locator('.import-wizard > .status-slot');
    this.profileSelect = main.getByRole('combobox', { name: 'Gespeicherte Zuordnung verwenden' });
    this.chooseFileButton = main.getByRole('button', { name: 'Datei wählen …' });
    this.sheetSelect = main.getByRole('combobox', { name: 'Tabellenblatt' });
    this.headerRowSelect = main.getByRole('combobox', { name: /^Überschriftenzeile/ });
    this.previewTable = main.getByRole('table', { name: 'Die ersten Zeilen der Tabelle' });
    this.nextButton = main.getByRole('button', { name: 'Weiter', exact: true });
    this.backButton = main.getByRole('button', { name: 'Zurück', exact: true });
    this.cancelButton = main.getByRole('button', { name: 'Abbrechen und Liste verwerfen' });
    this.counts = main.locator('.import-counts');
    this.errorsTable = main.getByRole('table', { name: 'Fehler' });
    this.notesTable = main.getByRole('table', { name: 'Hinweise' });
    this.duplicatesTable = main.getByRole('table', { name: /^Mögliche Dubletten/ });
    this.refreshButton = main.getByRole('button', { name: 'Probelauf aktualisieren' });
    this.commitButton = main.getByRole('button', { name: /^\d+ Fälle übernehmen$/ });
    this.profileName = main.getByRole('textbox', { name: /^Name der Zuordnung/ });
    this.saveProfileButton = main.getByRole('button', { name: 'Zuordnung speichern' });
    this.sourceWarning = main.getByRole('region', { name: /unverschlüsselt auf diesem Computer/ });
    this.deleteSourceButton = main.getByRole('button', { name: 'Datei jetzt löschen …' });
    this.dialog = page.getByRole('dialog');
    this.batchesTable = main.getByRole('table', { name: 'Bisherige Übernahmen' });
  }

  /** The select that maps one column, by its letter and header. */
  columnSelect(letter: string, header: string): Locator {
    return this.main.getByRole('combobox', { name: `Spalte ${letter} „${header}“ übernehmen als` });
  }

  /** The select that maps one distinct list value. */
  valueSelect(value: string): Locator {
    return this.main.getByRole('combobox', { name: `Zuordnung für „${value}“` });
  }

  decisionSelect(row: number): Locator {
    return this.main.getByRole('combobox', { name: `Vorgehen für Zeile ${row}` });
  }

  count(label: string): Locator {
    return this.counts.locator('.import-count', { hasText: label }).locator('dd');
  }

  undoButton(date: string): Locator {
    return this.main.getByRole('button', { name: `Übernahme vom ${date} rückgängig machen` });
  }
}
