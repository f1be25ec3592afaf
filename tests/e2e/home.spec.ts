import { PEOPLE, expect, test } from './fixtures';
import { tabTo } from './keyboard';
import { MainLayout, SettingsPage, UnlockPage } from './pages';
import { CaseDetailPage } from './pages/CaseDetailPage';
import { COLLEAGUE, createColleague } from './support/issue4';
import { addJournal, addOwnDeadline, call, createCase, daysFromToday, setUpAndUnlock } from './support/seedCases';

/** A counsellor's day: an overdue appointment, a later task, a quiet case, a consent ending soon, a case opened lately. */
async function seedDay(bench: Parameters<typeof setUpAndUnlock>[0]) {
  await setUpAndUnlock(bench);
  const overdue = await createCase(bench, { familyName: 'Haidari', givenNames: 'Ahmad', intakeDate: daysFromToday(-20) });
  const quiet = await createCase(bench, { familyName: 'Tesfay', givenNames: 'Selam', intakeDate: daysFromToday(-200) });
  const consent = await createCase(bench, { familyName: 'Müller', givenNames: 'Ayşe', intakeDate: daysFromToday(-10) });
  await addJournal(bench, overdue.id, 'Unterlagen gesichtet.', daysFromToday(-3));
  await addJournal(bench, quiet.id, 'Erstgespräch.', daysFromToday(-60));
  await addJournal(bench, consent.id, 'Einwilligung besprochen.', daysFromToday(-1));
  await addOwnDeadline(bench, overdue.id, 'Termin Ausländerbehörde', daysFromToday(-2));
  await addOwnDeadline(bench, quiet.id, 'Zeugnisse anfordern', daysFromToday(25), 'task');
  await call(bench, 'consents:record', {
    caseId: consent.id,
    consent: {
      kind: 'processing',
      recipientPartnerId: null,
      recipientText: null,
      purpose: 'Beratung',
      dataCategories: ['identity'],
      specialCategories: [],
      form: 'written',
      language: null,
      interpreter: false,
      givenOn: daysFromToday(-300),
      validUntil: daysFromToday(12),
      note: '',
    },
  });
  await call(bench, 'cases:get', { id: consent.id });
  return { overdue, quiet, consent };
}

for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test(`„Heute“ for a counsellor at ${width}×${height}: every item a link into its case, names hidden on request`, async ({
    page,
    bench,
  }) => {
    await page.setViewportSize({ width, height });
    const { overdue, quiet, consent } = await seedDay(bench);
    await bench.open();
    const layout = new MainLayout(page);
    await expect(layout.pageHeading).toHaveText('Heute');
    await expect(layout.navLink('Heute')).toHaveAttribute('aria-current', 'page');
    const section = (name: string | RegExp) => layout.main.getByRole('region', { name });
    await expect(section('Fristen: überfällig und diese Woche')).toContainText('Termin Ausländerbehörde');
    await expect(section('Fristen: überfällig und diese Woche')).toContainText('seit 2 Tagen überfällig');
    await expect(section('Eigene offene Aufgaben, später fällig')).toContainText('Zeugnisse anfordern');
    await expect(section('Ohne Kontakt seit mehr als 4 Wochen')).toContainText(quiet.code);
    await expect(section('Ohne Kontakt seit mehr als 4 Wochen')).not.toContainText(overdue.code);
    await expect(section(/^Einwilligungen, die/)).toContainText('Einwilligung in die Verarbeitung');
    await expect(section('Zuletzt geöffnete Fälle')).toContainText(consent.code);
    await expect(section('Zuletzt geöffnete Fälle')).toContainText('Müller, Ayşe');
    // One call fills the page.
    expect(bench.calls.filter((channel) => channel === 'home:today')).toHaveLength(1);
    await bench.checkScreen(`home-counsellor-${width}`);

    // Privacy mode: the same items, codes only.
    await page.keyboard.press('Control+Shift+P');
    const text = (await layout.main.innerText()).toLocaleLowerCase('de');
    for (const name of ['haidari', 'ahmad', 'tesfay', 'selam', 'müller', 'ayşe']) expect(text).not.toContain(name);
    await expect(section('Zuletzt geöffnete Fälle')).toContainText(consent.code);
    await bench.checkScreen(`home-counsellor-privacy-${width}`);
    await page.keyboard.press('Control+Shift+P');

    // By keyboard: Tab reaches the overdue appointment's link, Enter opens the case at its deadlines.
    const link = section('Fristen: überfällig und diese Woche').getByRole('link', { name: new RegExp(overdue.code) });
    await tabTo(page, link, { limit: 40 });
    await page.keyboard.press('Enter');
    const detail = new CaseDetailPage(page);
    await expect(detail.heading).toContainText(overdue.code);
    await expect(page.getByRole('tab', { name: /^Fristen/ })).toHaveAttribute('aria-selected', 'true');
  });
}

test('the weeks without contact are a setting of the counsellor; a wrong figure is refused in German', async ({ page, bench }) => {
  const { quiet } = await seedDay(bench);
  await bench.open();
  const layout = new MainLayout(page);
  await layout.main.getByRole('link', { name: 'Zeitraum ändern' }).click();
  const settings = new SettingsPage(page);
  await expect(settings.heading).toBeVisible();
  const weeks = page.getByLabel('Fälle ohne Kontakt zeigen nach … Wochen');
  await expect(weeks).toHaveValue('4');
  await weeks.fill('0');
  await page.getByRole('button', { name: 'Zeitraum speichern' }).click();
  await expect(weeks).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('main')).toContainText('Bitte eine ganze Zahl von 1 bis 52 Wochen.');
  await expect(weeks).toHaveValue('0');
  await bench.checkScreen('settings-home-weeks-error');
  await weeks.fill('10');
  await page.getByRole('button', { name: 'Zeitraum speichern' }).click();
  await expect(page.getByRole('main')).toContainText('Gespeichert: Fälle ohne Kontakt seit mehr als 10 Wochen.');
  await layout.open('Heute');
  await expect(layout.main.getByRole('region', { name: 'Ohne Kontakt seit mehr als 10 Wochen' })).not.toContainText(quiet.code);
  await expect(layout.main.getByRole('region', { name: 'Ohne Kontakt seit mehr als 10 Wochen' })).toContainText(
    'Jeder offene Fall hatte in den letzten 10 Wochen Kontakt.',
  );
});

test('„Heute“ for a supervisor: log state, backup age and accounts that need attention, no names to hide', async ({ page, bench }) => {
  await bench.setUpVault();
  await createColleague(bench);
  await bench.open();
  await new UnlockPage(page).unlock(PEOPLE.supervisor.name, PEOPLE.supervisor.passphrase);
  const layout = new MainLayout(page);
  await expect(layout.pageHeading).toHaveText('Heute');
  await expect(page.getByRole('button', { name: /Namen verbergen/ })).toHaveCount(0);
  const section = (name: string) => layout.main.getByRole('region', { name });
  await expect(section('Protokoll')).toContainText('Das Protokoll wurde noch nie geprüft');
  await expect(section('Protokoll')).toContainText('Es gibt noch keinen signierten Prüfpunkt außerhalb des Tresors.');
  await expect(section('Sicherung')).toContainText('Es gibt noch keine Sicherung dieses Tresors.');
  await expect(section('Konten, die Aufmerksamkeit brauchen')).toContainText(COLLEAGUE.name);
  await expect(section('Konten, die Aufmerksamkeit brauchen')).toContainText('Das erste Kennwort ist noch nicht ersetzt.');
  await bench.checkScreen('home-supervisor');

  // Each line leads where it is dealt with; after a check the log line says when.
  await section('Protokoll')
    .getByRole('link', { name: /noch nie geprüft/ })
    .click();
  await expect(layout.pageHeading).toHaveText('Protokoll');
  await page.getByRole('button', { name: 'Protokoll prüfen' }).click();
  await expect(page.locator('[data-intact="true"]')).toBeVisible();
  await layout.open('Heute');
  await expect(section('Protokoll')).toContainText(/Zuletzt geprüft am .+; seither ein neuer Eintrag\./);
  await section('Konten, die Aufmerksamkeit brauchen')
    .getByRole('link', { name: new RegExp(COLLEAGUE.name) })
    .click();
  await expect(layout.pageHeading).toHaveText('Konten');
});
