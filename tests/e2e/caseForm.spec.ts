import { expect, test } from './fixtures';
import { MainLayout } from './pages';
import { CaseDetailPage } from './pages/CaseDetailPage';
import { CaseFormPage } from './pages/CaseFormPage';
import { CaseListPage } from './pages/CaseListPage';
import { createCase, setUpAndUnlock } from './support/seedCases';

async function listCases(bench: Parameters<typeof setUpAndUnlock>[0]): Promise<{ code: string; familyName: string }[]> {
  const result = (await bench.core.invoke('cases:list', { includeClosed: true })) as {
    ok: true;
    value: { code: string; familyName: string }[];
  };
  expect(result.ok).toBe(true);
  return result.value;
}

test('a new case: German fields, age warning, case code shown and the case opened', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  await bench.open();
  await (await CaseListPage.open(page)).newCaseButton.click();
  const form = new CaseFormPage(page);
  await expect(form.heading).toHaveText('Neuer Fall');
  // The first field has the focus, so typing starts at once; intake date and phase are prefilled.
  await expect(form.familyNameInput).toBeFocused();
  await expect(form.phaseSelect).toHaveValue('intake');
  await bench.checkScreen('case-new');

  await form.fill({
    familyName: 'Haddad',
    givenNames: 'Rami',
    birthDate: '3.4.1996',
    gender: 'männlich',
    nationality: 'syrien',
    countryOfOrigin: 'Syrien',
    languages: 'Arabisch, Kurdisch',
    entryDate: '15.09.2023',
    programme: 'KIM-Case Management',
    accessRoute: 'Jobcenter',
  });
  // 30 years old today: a warning in words, not a block.
  await expect(form.ageWarning).toContainText('Das Programm richtet sich an 18- bis 27-Jährige');
  await expect(form.ageWarning).toContainText('Sie können den Fall trotzdem anlegen');
  await bench.checkScreen('case-new-age-warning');
  await form.createButton.click();

  const detail = new CaseDetailPage(page);
  await expect(detail.heading).toHaveText(/^Fall [A-Z]{2,5}-\d{4}-\d{4}$/);
  const code = (await detail.heading.innerText()).replace('Fall ', '');
  await expect(detail.notice).toContainText(`Der Fall ${code} wurde angelegt.`);
  await expect(page.getByRole('main')).toContainText('Das Alter liegt außerhalb von 18 bis 27 Jahren');
  await expect(detail.header).toContainText('Haddad, Rami');

  // What the core stored: ISO dates, country codes, the languages split.
  const created = await listCases(bench);
  expect(created.map((row) => row.code)).toEqual([code]);
  const stored = (await bench.core.invoke('cases:get', {
    id: ((await bench.core.invoke('cases:list', {})) as { ok: true; value: { id: string }[] }).value[0]?.id,
  })) as {
    ok: true;
    value: { fields: Record<string, unknown> };
  };
  expect(stored.value.fields).toMatchObject({
    birthDate: '1996-04-03',
    nationalities: ['SY'],
    countryOfOrigin: 'SY',
    languages: ['Arabisch', 'Kurdisch'],
    entryDate: '2023-09-15',
    programme: 'kim',
    accessRoute: 'jobcenter',
    gender: 'male',
  });
});

test('bad input: missing fields, wrong dates and a birth date in the future — German messages at the fields, nothing saved', async ({
  page,
  bench,
}) => {
  await setUpAndUnlock(bench);
  await bench.open();
  await (await CaseListPage.open(page)).newCaseButton.click();
  const form = new CaseFormPage(page);
  await form.intakeDateInput.fill('');
  await form.createButton.click();
  await expect(form.familyNameInput).toHaveAttribute('aria-invalid', 'true');
  expect(await form.errorOf(form.familyNameInput)).toBe('Bitte füllen Sie dieses Feld aus.');
  expect(await form.errorOf(form.givenNamesInput)).toBe('Bitte füllen Sie dieses Feld aus.');
  expect(await form.errorOf(form.programmeSelect)).toBe('Bitte füllen Sie dieses Feld aus.');
  expect(await form.errorOf(form.intakeDateInput)).toBe('Bitte füllen Sie dieses Feld aus.');
  await expect(page.getByRole('radiogroup', { name: /Geschlecht/ })).toContainText('Bitte füllen Sie dieses Feld aus.');
  await expect(form.familyNameInput).toBeFocused();
  await bench.checkScreen('case-new-errors');

  await form.fill({
    familyName: 'Tesfay',
    givenNames: 'Selam',
    birthDate: '31.02.2004',
    gender: 'weiblich',
    nationality: 'Atlantis',
    programme: 'Durchstarten in Ausbildung und Arbeit',
    accessRoute: 'Selbstmeldung',
    intakeDate: '01.10.2026',
  });
  await form.createButton.click();
  expect(await form.errorOf(form.birthDateInput)).toBe('Bitte geben Sie ein gültiges Datum ein (TT.MM.JJJJ).');
  expect(await form.errorOf(form.nationalityInput)).toBe('Bitte wählen Sie ein Land aus der Liste.');

  // A birth date in the future passes the form; the core refuses it, and the message lands on the field.
  await form.birthDateInput.fill('01.01.2090');
  await form.nationalityInput.fill('Eritrea');
  await form.createButton.click();
  await expect(form.birthDateInput).toHaveAttribute('aria-invalid', 'true');
  expect(await form.errorOf(form.birthDateInput)).toBe('Das Geburtsdatum liegt in der Zukunft.');
  await expect(form.birthDateInput).toBeFocused();
  expect(await listCases(bench)).toEqual([]);
});

test('leaving a form with unsaved input asks first; "Weiter bearbeiten" keeps the input', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  await bench.open();
  await (await CaseListPage.open(page)).newCaseButton.click();
  const form = new CaseFormPage(page);
  await form.familyNameInput.fill('Osman');
  const layout = new MainLayout(page);
  await layout.open('Fristen');
  const dialog = page.getByRole('dialog', { name: 'Ungespeicherte Änderungen' });
  await expect(dialog).toBeVisible();
  await bench.checkScreen('case-new-unsaved-dialog');
  await dialog.getByRole('button', { name: 'Weiter bearbeiten' }).click();
  await expect(form.familyNameInput).toHaveValue('Osman');
  await form.cancelButton.click();
  await dialog.getByRole('button', { name: 'Änderungen verwerfen' }).click();
  await expect(new CaseListPage(page).heading).toBeVisible();
  expect(await listCases(bench)).toEqual([]);
});

test('editing a case uses the same form with the stored values', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  const seeded = await createCase(bench, {
    familyName: 'Rahimi',
    givenNames: 'Farid',
    birthDate: '2003-07-01',
    gender: 'male',
    nationalities: ['AF'],
    countryOfOrigin: 'AF',
  });
  await bench.open();
  await (await CaseListPage.open(page)).openCase(seeded.code);
  const detail = new CaseDetailPage(page);
  await detail.editButton.click();
  const form = new CaseFormPage(page);
  await expect(form.heading).toHaveText(`Fall ${seeded.code} bearbeiten`);
  await expect(form.birthDateInput).toHaveValue('01.07.2003');
  await expect(form.nationalityInput).toHaveValue('Afghanistan');
  await bench.checkScreen('case-edit');
  await form.schoolYearsInput.fill('zehn');
  await form.saveButton.click();
  expect(await form.errorOf(form.schoolYearsInput)).toBe('Bitte eine ganze Zahl eingeben.');
  await form.schoolYearsInput.fill('10');
  await form.saveButton.click();
  await expect(detail.notice).toContainText('Die Änderungen wurden gespeichert.');
  const stored = (await bench.core.invoke('cases:get', { id: seeded.id })) as { ok: true; value: { fields: { schoolYears: number } } };
  expect(stored.value.fields.schoolYears).toBe(10);
});
