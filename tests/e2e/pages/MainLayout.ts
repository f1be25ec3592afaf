import type { Locator, Page } from '@playwright/test';

export type Area = 'Heute' | 'Fälle' | 'Fristen' | 'Statistik' | 'Protokoll' | 'Konten' | 'Einstellungen';

/** The signed-in frame: header, navigation, main landmark. */
export class MainLayout {
  readonly header: Locator;
  readonly user: Locator;
  readonly lockButton: Locator;
  readonly navigation: Locator;
  readonly main: Locator;
  readonly pageHeading: Locator;
  readonly skipLink: Locator;
  readonly notAvailable: Locator;

  constructor(private readonly page: Page) {
    this.header = page.getByRole('banner');
    this.user = this.header.locator('.header-user-name');
    this.lockButton = page.getByRole('button', { name: 'Sperren', exact: true });
    this.navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
    this.main = page.getByRole('main');
    this.pageHeading = this.main.getByRole('heading', { level: 1 });
    this.skipLink = page.getByRole('link', { name: 'Zum Inhalt springen' });
    this.notAvailable = this.main.getByText('Noch nicht verfügbar');
  }

  /** A navigation entry by its visible label, in whatever language is active. */
  navLink(label: string): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name: label, exact: true });
  }

  async open(area: Area): Promise<void> {
    await this.navLink(area).click();
  }

  async lockWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+l');
  }
}
