import type { Locator, Page } from '@playwright/test';

/** „Datenschutzprüfung und Systemwechsel“ (supervisor): the data key and the Gesamtexport. */
export class ExitPage {
  readonly heading: Locator;
  readonly dataKey: Locator;
  readonly fullExport: Locator;
  readonly shownKey: Locator;
  readonly pragmas: Locator;
  readonly hideKeyButton: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Datenschutzprüfung und Systemwechsel' });
    this.dataKey = main.getByRole('region', { name: 'Datenschlüssel für die Datenschutzprüfung' });
    this.fullExport = main.getByRole('region', { name: 'Gesamtexport bei Systemwechsel' });
    this.shownKey = this.dataKey.locator('code.exit-key');
    this.pragmas = this.dataKey.locator('pre.exit-pragmas');
    this.hideKeyButton = this.dataKey.getByRole('button', { name: 'Schlüssel verbergen' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Systemwechsel', exact: true }).click();
  }

  /** Fills one section's credentials; `acknowledge` ticks the warning. */
  async fillCredentials(section: Locator, passphrase: string, recoveryKey: string, acknowledge = true): Promise<void> {
    await section.getByLabel('Ihr Kennwort (Leitung)').fill(passphrase);
    await section.getByLabel('Wiederherstellungsschlüssel der Dienststelle').fill(recoveryKey);
    const checkbox = section.getByRole('checkbox');
    if (acknowledge) await checkbox.check();
    else await checkbox.uncheck();
  }
}
