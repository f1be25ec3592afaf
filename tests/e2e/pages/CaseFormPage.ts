import type { Locator, Page } from '@playwright/test';

export interface CaseFormInput {
  familyName?: string;
  givenNames?: string;
  birthDate?: string;
  gender?: 'weiblich' | 'männlich' | 'divers' | 'keine Angabe';
  nationality?: string;
  countryOfOrigin?: string;
  languages?: string;
  entryDate?: string;
  programme?: string;
  accessRoute?: string;
  intakeDate?: string;
}

/** "Neuer Fall" / "Fall … bearbeiten": the case form. Labels as the user reads them. */
export class CaseFormPage {
  readonly heading: Locator;
  readonly form: Locator;
  readonly familyNameInput: Locator;
  readonly givenNamesInput: Locator;
  readonly documentFamilyNameInput: Locator;
  readonly documentGivenNamesInput: Locator;
  readonly phoneInput: Locator;
  readonly emailInput: Locator;
  readonly postalAddressInput: Locator;
  readonly birthDateInput: Locator;
  readonly nationalityInput: Locator;
  readonly addNationalityButton: Locator;
  readonly countryOfOriginInput: Locator;
  readonly languagesInput: Locator;
  readonly interpreterCheckbox: Locator;
  readonly entryDateInput: Locator;
  readonly programmeSelect: Locator;
  readonly accessRouteSelect: Locator;
  readonly intakeDateInput: Locator;
  readonly phaseSelect: Locator;
  readonly schoolYearsInput: Locator;
  readonly createButton: Locator;
  readonly saveButton: Locator;
  readonly cancelButton: Locator;
  readonly ageWarning: Locator;
  readonly errors: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.form = main.locator('form.case-form');
    // Not the names "wie im Dokument" (issue 10), whose labels begin with the same word.
    this.familyNameInput = main.getByLabel(/^Familienname(?! wie im Dokument)/);
    this.givenNamesInput = main.getByLabel(/^Vornamen(?! wie im Dokument)/);
    this.documentFamilyNameInput = main.getByLabel(/^Familienname wie im Dokument/);
    this.documentGivenNamesInput = main.getByLabel(/^Vornamen wie im Dokument/);
    this.phoneInput = main.getByLabel(/^Telefon/);
    this.emailInput = main.getByLabel(/^E-Mail/);
    this.postalAddressInput = main.getByLabel(/^Postanschrift/);
    this.birthDateInput = main.getByLabel('Geburtsdatum');
    this.nationalityInput = main.getByLabel('Staatsangehörigkeit 1', { exact: true });
    this.addNationalityButton = main.getByRole('button', { name: 'Weitere Staatsangehörigkeit hinzufügen' });
    this.countryOfOriginInput = main.getByLabel('Herkunftsland');
    this.languagesInput = main.getByLabel('Sprachen');
    this.interpreterCheckbox = main.getByLabel('Dolmetschung nötig');
    this.entryDateInput = main.getByLabel('Einreise nach Deutschland');
    this.programmeSelect = main.getByLabel('Programm');
    this.accessRouteSelect = main.getByLabel('Zugangsweg');
    this.intakeDateInput = main.getByLabel('Aufnahme am');
    this.phaseSelect = main.getByLabel(/^Phase/);
    this.schoolYearsInput = main.getByLabel('Schuljahre');
    this.createButton = main.getByRole('button', { name: 'Fall anlegen' });
    this.saveButton = main.getByRole('button', { name: 'Speichern', exact: true });
    this.cancelButton = main.getByRole('button', { name: 'Abbrechen' });
    this.ageWarning = main.locator('.field-warning');
    this.errors = main.locator('.field-error');
  }

  genderRadio(label: string): Locator {
    return this.page.getByRole('main').getByRole('radio', { name: label, exact: true });
  }

  /** The error text under the field with this label (linked by aria-describedby). */
  async errorOf(input: Locator): Promise<string> {
    const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'));
    // The "!" icon is decorative (aria-hidden); the words are the message.
    const texts = await Promise.all(ids.map(async (id) => (await this.page.locator(`[id="${id}"]`).innerText()).replace(/^!\s*/, '')));
    return texts.join(' ').trim();
  }

  async fill(input: CaseFormInput): Promise<void> {
    if (input.familyName !== undefined) await this.familyNameInput.fill(input.familyName);
    if (input.givenNames !== undefined) await this.givenNamesInput.fill(input.givenNames);
    if (input.birthDate !== undefined) await this.birthDateInput.fill(input.birthDate);
    if (input.gender !== undefined) await this.genderRadio(input.gender).check();
    if (input.nationality !== undefined) await this.nationalityInput.fill(input.nationality);
    if (input.countryOfOrigin !== undefined) await this.countryOfOriginInput.fill(input.countryOfOrigin);
    if (input.languages !== undefined) await this.languagesInput.fill(input.languages);
    if (input.entryDate !== undefined) await this.entryDateInput.fill(input.entryDate);
    if (input.programme !== undefined) await this.programmeSelect.selectOption({ label: input.programme });
    if (input.accessRoute !== undefined) await this.accessRouteSelect.selectOption({ label: input.accessRoute });
    if (input.intakeDate !== undefined) await this.intakeDateInput.fill(input.intakeDate);
  }
}
