import { mkdir, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Bench } from './fixtures';
import { MainLayout } from './pages';
import { CaseDetailPage } from './pages/CaseDetailPage';
import { CaseFormPage } from './pages/CaseFormPage';
import { CaseListPage } from './pages/CaseListPage';
import { StatisticsPage } from './pages/StatisticsPage';
import { call, createCase, setUpAndUnlock } from './support/seedCases';
import { pdfPageTexts } from '../unit/helpers/pdfText';
import { Q3_2026, YEAR_2025, expectNothingPersonal, openStatistics, seedStatistics } from './support/statistics';

/**
 * Statistics, second step (issue 13) end to end: a period delivered again only as an explicit
 * Korrekturlieferung with the changed tables withheld and said why; the Datenqualität part of the
 * preview with a way from every missing item to its field; the Bedarfs- und Angebotsanalyse with the
 * referral start date and its gap view; and the referral dialog's start date with a German message.
 */

/** A vault with one counsellor unlocked, and the folder the fake folder dialog answers with. */
async function prepare(bench: Bench): Promise<void> {
  await setUpAndUnlock(bench);
  await mkdir(bench.chosenVaultDir, { recursive: true });
}

async function exportThroughCore(bench: Bench, period: { year: number; quarter: 1 | 2 | 3 | 4 | null }, profileId: string) {
  const preview = await call<{ previewHash: string }>(bench, 'stats:preview', { period, profileId });
  await call(bench, 'stats:export', { period, profileId, previewHash: preview.previewHash, csvLayout: 'sections' });
}

test('a quarter delivered again: refused until chosen as a Korrekturlieferung, then the changed tables are withheld with the reason', async ({
  page,
  bench,
}) => {
  test.setTimeout(150_000);
  await prepare(bench);
  const codes = await seedStatistics(bench);
  await exportThroughCore(bench, Q3_2026, 'buendnis');
  const first = (await readdir(bench.chosenVaultDir)).sort();
  expect(first).toContain('fallbuch-statistik_2026-Q3_buendnis.json');
  // A case taken in during the quarter is entered late.
  const late = await createCase(bench, {
    familyName: 'Kanarienfamilie',
    givenNames: 'Nachzügler',
    intakeDate: '2026-08-14',
    phase: 'intake',
  });

  const statistics = await openStatistics(page, bench);
  await statistics.choose(Q3_2026, 'Bündnis');
  await statistics.previewButton.click();
  await expect(statistics.alert).toContainText('bereits an „Bündnis“ geliefert');
  await expect(statistics.alert).toContainText('nur als Korrekturlieferung möglich');
  await expect(statistics.correctionButton).toBeVisible();
  await bench.checkScreen('statistics-correction-required');

  await statistics.correctionButton.click();
  await expect(statistics.stepHeading).toHaveText('Vorschau: genau das wird weitergegeben');
  await expect(statistics.main.locator('.stats-summary')).toContainText('Korrekturlieferung 1');
  await expect(statistics.withheld).toContainText('T02 Geschlecht und Altersgruppe: seit der Lieferung für 3. Quartal 2026');
  await expect(statistics.withheld).toContainText('weniger als 10 Personen verändert');
  await expect(statistics.table('T02')).toHaveCount(0);
  await expect(statistics.table('T01')).toBeVisible();
  await expect(statistics.checks.filter({ hasText: 'früheren Lieferungen überlappender Zeiträume' })).toContainText('Hinweis:');
  await bench.checkScreen('statistics-preview-correction');

  await statistics.continueButton.click();
  const planned = await statistics.plannedFileNames();
  expect(planned).toEqual([
    'fallbuch-statistik_2026-Q3_buendnis_korrektur-1.json',
    'fallbuch-statistik_2026-Q3_buendnis_korrektur-1.csv',
    'fallbuch-statistik_2026-Q3_buendnis_korrektur-1.pdf',
  ]);
  await statistics.writeButton.click();
  await expect(statistics.stepHeading).toHaveText('Dateien geschrieben');
  // The earlier delivery is untouched; the correction says what it is and which tables the recipient keeps.
  expect((await readdir(bench.chosenVaultDir)).sort()).toEqual([...first, ...planned].sort());
  const correction = JSON.parse(await readFile(path.join(bench.chosenVaultDir, planned[0]!), 'utf8')) as {
    revision: number;
    withheldTables: string[];
  };
  expect(correction.revision).toBe(1);
  expect(correction.withheldTables).toContain('T02_genderAge');
  await expectNothingPersonal(bench.chosenVaultDir, [...codes, late.code]);

  await statistics.main.getByRole('button', { name: 'Zum Exportverlauf' }).click();
  await expect(statistics.historyRows.first()).toContainText('Korrekturlieferung 1');
  await bench.checkScreen('statistics-history-correction');
});

test('Datenqualität: shares per table, the own incomplete or implausible cases by code, each missing item one click from its field', async ({
  page,
  bench,
}) => {
  test.setTimeout(150_000);
  await prepare(bench);
  const codes = await seedStatistics(bench);
  const gaps = await createCase(bench, {
    birthDate: null,
    countryOfOrigin: null,
    nationalities: [],
    benefits: null,
    intakeDate: '2026-07-03',
  });
  const tooOld = await createCase(bench, { birthDate: '1990-01-01', intakeDate: '2026-07-04' });
  // Taken in after today (a typing error; the bench's clock is the real one).
  const future = await createCase(bench, { intakeDate: new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10) });

  const statistics = await openStatistics(page, bench);
  await statistics.choose(Q3_2026, 'Ministerium');
  await statistics.previewButton.click();
  await expect(statistics.quality).toBeVisible();
  await expect(statistics.quality).toContainText('T02 Geschlecht und Altersgruppe');
  await expect(statistics.quality).toContainText('Geburtsdatum');
  // Tables only a yearly report has are not rated for a quarter.
  await expect(statistics.quality).not.toContainText('T12 Abschlussgründe');
  await expect(statistics.qualityCase(gaps.code)).toContainText('Fehlt:');
  await expect(statistics.qualityCase(gaps.code).getByRole('button', { name: `Geburtsdatum in ${gaps.code} ergänzen` })).toBeVisible();
  await expect(statistics.qualityCase(tooOld.code)).toContainText('Alter bei Aufnahme außerhalb von 18–27');
  await expect(statistics.qualityCase(future.code)).toContainText('Aufnahmedatum liegt in der Zukunft');
  await expect(statistics.checks.filter({ hasText: 'Vollständigkeit der benötigten Angaben' })).toBeVisible();
  await bench.checkScreen('statistics-quality');

  // The way to the field: the case form opens with the birth date field focused.
  await statistics
    .qualityCase(gaps.code)
    .getByRole('button', { name: `Geburtsdatum in ${gaps.code} ergänzen` })
    .click();
  const form = new CaseFormPage(page);
  await expect(form.birthDateInput).toBeFocused();
  await bench.checkScreen('statistics-quality-case-field');
  // Bad input: a date that does not exist gets a German message and nothing else changes.
  await form.birthDateInput.fill('31.02.2004');
  await form.saveButton.click();
  await expect(form.form).toContainText('Bitte geben Sie ein gültiges Datum ein (TT.MM.JJJJ).');
  await form.birthDateInput.fill('12.03.2004');
  await form.saveButton.click();
  await expect(new CaseDetailPage(page).heading).toContainText(gaps.code);

  // Back to the statistics: the birth date is no longer missing; the export carries no case code.
  await new MainLayout(page).open('Statistik');
  await statistics.choose(Q3_2026, 'Ministerium');
  await statistics.previewButton.click();
  await expect(statistics.qualityCase(gaps.code)).not.toContainText('Geburtsdatum');
  await statistics.continueButton.click();
  await statistics.writeButton.click();
  await expect(statistics.stepHeading).toHaveText('Dateien geschrieben');
  await expectNothingPersonal(bench.chosenVaultDir, [...codes, gaps.code, tooOld.code, future.code]);
});

test('Bedarfs- und Angebotsanalyse: needs and referrals per field, the wait until the start, partners, the gap view; the referral start date in the dialog', async ({
  page,
  bench,
}) => {
  test.setTimeout(150_000);
  await prepare(bench);
  await seedStatistics(bench);
  const partner = await call<{ id: string }>(bench, 'partners:add', {
    partner: { name: 'Sprachschule am Rhein', kind: 'courseProvider', contact: '' },
  });
  // Twelve persons of 2025 with a language need, referred to a course; most began two to five weeks later.
  for (let index = 0; index < 12; index += 1) {
    const person = await createCase(bench, { intakeDate: `2025-0${1 + (index % 6)}-1${index % 9}` });
    await call(bench, 'plan:saveAssessment', {
      caseId: person.id,
      assessment: { field: 'language', resources: '', needs: 'Kurs', hasNeed: true, priority: 'high' },
    });
    await call(bench, 'plan:addReferral', {
      caseId: person.id,
      referral: {
        partnerId: partner.id,
        offerKind: 'languageCourse',
        referredOn: '2025-09-01',
        result: index < 9 ? 'accepted' : 'discontinued',
        startedOn: index < 10 ? `2025-09-${String(15 + index).padStart(2, '0')}` : null,
        note: '',
        // No release consent is seeded: referring without one is the explicit choice (issue 10, defect 7).
        withoutRelease: true,
      },
    });
  }
  const statistics = await openStatistics(page, bench);
  await statistics.choose(YEAR_2025, 'Bündnis');
  await statistics.previewButton.click();
  await expect(statistics.table('T16a')).toContainText('Bedarfe und Vermittlungen nach Handlungsfeld');
  await expect(statistics.table('T16a').getByRole('rowheader', { name: 'Sprache' })).toBeVisible();
  await expect(statistics.table('T16b').getByRole('columnheader', { name: 'Median Tage bis Beginn' })).toBeVisible();
  await expect(statistics.table('T16c')).toContainText('Angebote im Partnerverzeichnis');
  await expect(statistics.gaps).toBeVisible();
  await bench.checkScreen('statistics-preview-analysis');
  await statistics.continueButton.click();
  await statistics.writeButton.click();
  await expect(statistics.stepHeading).toHaveText('Dateien geschrieben');
  const pdf = await readFile(path.join(bench.chosenVaultDir, 'fallbuch-statistik_2025_buendnis.pdf'));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // The report as the alliance reads it: the analysis with titles in words, the gap view on the first page.
  const pages = await pdfPageTexts(pdf);
  expect(pages[0]).toContain('Lücken im Angebot');
  expect(pages.join('\n')).toContain('Bedarfe und Vermittlungen nach Handlungsfeld');
  expect(pages.join('\n')).toContain('Angebote im Partnerverzeichnis');

  // The referral dialog: a start before the referral is refused in German, nothing typed is lost.
  const person = await createCase(bench, { intakeDate: '2026-10-01' });
  await new MainLayout(page).open('Fälle');
  // The grid is virtualised and holds 73 cases: the quick filter brings the new one into view.
  const list = new CaseListPage(page);
  await list.quickFilter(person.code);
  await list.openCase(person.code);
  const detail = new CaseDetailPage(page);
  await detail.open('Planung');
  await detail.panel.getByRole('button', { name: 'Vermittlung hinzufügen' }).click();
  const dialog = detail.planDialog('Neue Vermittlung');
  await dialog.getByLabel('Partner').selectOption({ label: 'Sprachschule am Rhein (Kurs-/Maßnahmeträger)' });
  await dialog.getByLabel('Art des Angebots').selectOption({ label: 'Sprach-/Integrationskurs' });
  await dialog.getByLabel('Vermittelt am').fill('10.11.2026');
  await dialog.getByLabel('Beginn des Angebots').fill('01.11.2026');
  // This partner has no release on file: referring without one is an explicit choice (issue 10, defect 7).
  await dialog.getByRole('checkbox', { name: /Ohne Schweigepflichtentbindung vermitteln/ }).check();
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toContainText('Der Beginn kann nicht vor dem Datum der Vermittlung liegen.');
  await expect(dialog.getByLabel('Beginn des Angebots')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Vermittelt am')).toHaveValue('10.11.2026');
  await bench.checkScreen('referral-start-error');
  await dialog.getByLabel('Beginn des Angebots').fill('17.11.2026');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toHaveCount(0);
  const plan = await call<{ referrals: { startedOn: string | null }[] }>(bench, 'plan:get', { caseId: person.id });
  expect(plan.referrals.map((referral) => referral.startedOn)).toEqual(['2026-11-17']);
});

test('a year delivered again with the same figures is a plain repeat; the LP audit works on the catalogue as one system of equations', async ({
  page,
  bench,
}) => {
  test.setTimeout(120_000);
  await prepare(bench);
  await seedStatistics(bench);
  await exportThroughCore(bench, YEAR_2025, 'ministerium');
  const statistics = new StatisticsPage(page);
  await bench.open();
  await new MainLayout(page).open('Statistik');
  await statistics.choose(YEAR_2025, 'Ministerium');
  await statistics.previewButton.click();
  // Nothing changed since the first delivery: the same tables again are a plain repeat, no correction needed.
  await expect(statistics.stepHeading).toHaveText('Vorschau: genau das wird weitergegeben');
  await expect(statistics.checks.filter({ hasText: 'Erneute Lieferung dieses Zeitraums' })).toBeVisible();
  await expect(statistics.checks.filter({ hasText: 'Gleichungssystem' })).toContainText('Bestanden:');
});
