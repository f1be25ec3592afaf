import type { Locator, Page } from '@playwright/test';

/** The „Dokumente“ tab of a case, its add dialog and the viewer. */
export class DocumentsPage {
  readonly panel: Locator;
  /** The section files are dropped onto. */
  readonly dropZone: Locator;
  readonly addButton: Locator;
  readonly table: Locator;
  readonly outcome: Locator;
  readonly addDialog: Locator;
  readonly viewer: Locator;
  readonly confirmDialog: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByRole('tabpanel');
    this.dropZone = this.panel.locator('.documents-section');
    this.addButton = this.panel.getByRole('button', { name: 'Dokumente hinzufügen …' });
    this.table = this.panel.locator('table.documents-table');
    this.outcome = this.panel.locator('.documents-outcome');
    this.addDialog = page.getByRole('dialog', { name: 'Dokumente hinzufügen' });
    this.viewer = page.locator('dialog.document-viewer-dialog');
    this.confirmDialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Behalten' }) });
  }

  get rows(): Locator {
    return this.table.locator('tbody tr');
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** Opens the add dialog, fills the details and presses the file-dialog button (the harness answers it). */
  async addThroughDialog(input: { kind: string; date?: string; note?: string }): Promise<void> {
    await this.addButton.click();
    await this.addDialog.getByLabel('Art', { exact: true }).selectOption({ label: input.kind });
    if (input.date !== undefined) await this.addDialog.getByLabel('Datum des Dokuments').fill(input.date);
    if (input.note !== undefined) await this.addDialog.getByLabel('Notiz').fill(input.note);
    await this.addDialog.getByRole('button', { name: 'Dateien auswählen und hinzufügen …' }).click();
  }

  action(label: string, name: string): Locator {
    return this.panel.getByRole('button', { name: `${label}`.replace('{name}', name), exact: true });
  }

  get viewerPage(): Locator {
    return this.viewer.locator('.document-viewer-page');
  }

  get viewerCanvas(): Locator {
    return this.viewer.locator('canvas');
  }
}
