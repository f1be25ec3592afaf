import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PEOPLE, expect, test } from './fixtures';
import { CasePrivacyPage } from './pages/CasePrivacyPage';
import { CaseListPage } from './pages/CaseListPage';
import { DataProtectionPage } from './pages/DataProtectionPage';
import { addOwnDeadline, call, caseFields, closeCase, createCase, daysFromToday, germanDate, setUpAndUnlock } from './support/seedCases';

/**
 * Data-subject rights in a case (issue 6): consent then referral with the release check, the
 * change history, the Auskunft files, and erasure with the open-deadline refusal.
 */

async function addPartner(bench: Parameters<typeof setUpAndUnlock>[0], name: string): Promise<string> {
  const { id } = await call<{ id: string }>(bench, 'partners:add', { partner: { name, kind: 'jobcenter', contact: '' } });
  return id;
}

test('consent then referral: the referral form says whether a valid release for the partner exists', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  await addPartner(bench, 'Jobcenter Leverkusen');
  await addPartner(bench, 'Caritas Migrationsdienst');
  const person = await createCase(bench, { familyName: 'Haidari', givenNames: 'Ahmad' });
  await bench.open();
  await (await CaseListPage.open(page)).openCase(person.code);
  const privacy = new CasePrivacyPage(page);
  await privacy.open();
  await expect(privacy.panel.getByText('Noch keine Einwilligung erfasst.')).toBeVisible();
  await bench.checkScreen('case-privacy-empty');

  await privacy.addConsentButton.click();
  await privacy.consentDialog.getByLabel(/^Art/).selectOption({ label: 'Schweigepflichtentbindung' });
  await privacy.consentDialog.getByRole('button', { name: 'Speichern' }).click();
  // A release needs a recipient and a purpose: German messages at the fields, nothing saved.
  await expect(privacy.consentDialog.getByText('Bitte nennen Sie den Empfänger der Schweigepflichtentbindung.')).toBeVisible();
  await bench.checkScreen('consent-dialog-errors');
  await privacy.consentDialog.getByRole('button', { name: 'Abbrechen' }).click();

  await privacy.recordRelease({
    partner: 'Jobcenter Leverkusen',
    purpose: 'Vermittlung in eine Einstiegsqualifizierung',
    givenOn: germanDate(daysFromToday(-3)),
    validUntil: germanDate(daysFromToday(200)),
    categories: ['Stammdaten (Name, Geburtsdatum, Geschlecht)', 'Ausbildung und Arbeit'],
    special: ['Gesundheit'],
  });
  await expect(privacy.consentDialog).toBeHidden();
  await expect(privacy.consentRows).toHaveCount(1);
  await expect(privacy.consentRows.first()).toContainText('Jobcenter Leverkusen');
  await expect(privacy.consentRows.first()).toContainText('gültig');
  await expect(privacy.consentRows.first()).toContainText('Art. 9: Gesundheit');
  await bench.checkScreen('case-privacy-consent');

  // The referral form, in the planning tab.
  await page.getByRole('tab', { name: /^Planung/ }).click();
  await page.getByRole('button', { name: 'Vermittlung hinzufügen' }).click();
  const referral = page.getByRole('dialog');
  await referral.getByLabel(/^Partner/).selectOption({ label: 'Jobcenter Leverkusen (Jobcenter)' });
  await expect(referral.getByText('Gültige Schweigepflichtentbindung für Jobcenter Leverkusen liegt vor.')).toBeVisible();
  await bench.checkScreen('referral-release-valid');
  await referral.getByLabel(/^Partner/).selectOption({ label: 'Caritas Migrationsdienst (Jobcenter)' });
  await expect(referral.getByText('Gültige Schweigepflichtentbindung für Caritas Migrationsdienst fehlt.')).toBeVisible();
  await bench.checkScreen('referral-release-missing');
  await referral.getByRole('button', { name: 'Abbrechen' }).click();

  // Withdrawing the release turns the check to "fehlt" and shows in the history.
  await privacy.open();
  await privacy.consentRows
    .first()
    .getByRole('button', { name: /Widerrufen/ })
    .click();
  await expect(page.getByRole('dialog', { name: 'Widerruf eintragen' })).toBeVisible();
  await bench.checkScreen('consent-withdraw-dialog');
  await page.getByRole('dialog', { name: 'Widerruf eintragen' }).getByRole('button', { name: 'Widerrufen' }).click();
  await expect(privacy.consentRows.first()).toContainText('widerrufen');
  await expect(privacy.historyRows.first()).toContainText('Widerrufen am');
  const check = await call<{ status: string }>(bench, 'consents:checkRelease', {
    caseId: person.id,
    partnerId: (await call<{ id: string; name: string }[]>(bench, 'partners:list', {})).find(
      (partner) => partner.name === 'Jobcenter Leverkusen',
    )?.id,
    recipientText: null,
  });
  expect(check.status).toBe('withdrawn');
});

test('history shows who changed what, and the Auskunft writes a PDF and a JSON file with their SHA-256', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  const person = await createCase(bench, { familyName: 'Tesfay', givenNames: 'Senait' });
  await call(bench, 'cases:update', {
    id: person.id,
    fields: caseFields({ familyName: 'Tesfay-Berhe', givenNames: 'Senait', germanLevel: 'B1' }),
  });
  await bench.open();
  await (await CaseListPage.open(page)).openCase(person.code);
  const privacy = new CasePrivacyPage(page);
  await privacy.open();
  const familyNameRow = privacy.historyRows.filter({ hasText: 'Familienname' });
  await expect(familyNameRow).toContainText('Tesfay');
  await expect(familyNameRow).toContainText('Tesfay-Berhe');
  await expect(familyNameRow).toContainText('Samira Berger');
  await expect(privacy.historyRows.filter({ hasText: 'Deutschkenntnisse (GER)' })).toContainText('B1');

  await privacy.disclosureButton.click();
  await expect(privacy.writtenFiles).toHaveCount(2);
  const files = (await readdir(bench.saveDir)).sort();
  expect(files.some((name) => name.endsWith('.pdf'))).toBe(true);
  expect(files.some((name) => name.endsWith('.json'))).toBe(true);
  for (const name of files) {
    const hash = createHash('sha256')
      .update(await readFile(path.join(bench.saveDir, name)))
      .digest('hex');
    await expect(privacy.writtenFiles.filter({ hasText: name })).toContainText(hash);
  }
  const json = JSON.parse(await readFile(path.join(bench.saveDir, files.find((name) => name.endsWith('.json')) ?? ''), 'utf8')) as unknown;
  expect(JSON.stringify(json)).toContain('Tesfay-Berhe');
  await bench.checkScreen('case-privacy-history-disclosure');
});

test('erasure: preview, code typed in, open deadlines refused until confirmed; then gone from list and search', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  const keep = await createCase(bench, { familyName: 'Bleibt', givenNames: 'Amal' });
  const person = await createCase(bench, { familyName: 'Loeschmich', givenNames: 'Karim' });
  await addOwnDeadline(bench, person.id, 'Termin Ausländerbehörde', daysFromToday(10));
  await bench.open();
  const list = await CaseListPage.open(page);
  await list.openCase(person.code);
  const privacy = new CasePrivacyPage(page);
  await privacy.open();
  await privacy.eraseButton.click();
  // The own appointment and the end of eligibility at 27, derived from the birth date.
  await expect(privacy.erasureDialog).toContainText('Fristen: 2');
  await expect(privacy.erasureDialog).toContainText('Zu diesem Fall gibt es noch 2 offene Fristen.');
  await bench.checkScreen('erasure-dialog');

  // A wrong code: a German message at the field, nothing erased.
  await privacy.erase({ reason: 'Antrag der Person (Art. 17 DSGVO)', code: keep.code });
  await expect(
    privacy.erasureDialog.getByText('Das eingegebene Fallzeichen stimmt nicht mit dem Fall überein. Es wurde nichts gelöscht.'),
  ).toBeVisible();
  // The right code, but the open deadline not confirmed: refused with the count.
  await privacy.erase({ reason: 'Antrag der Person (Art. 17 DSGVO)', code: person.code });
  await expect(privacy.erasureDialog.getByRole('alert')).toContainText('Zu diesem Fall gibt es noch 2 offene Fristen.');
  await bench.checkScreen('erasure-open-deadlines');
  expect((await call<{ code: string }[]>(bench, 'cases:list', {})).map((row) => row.code).sort()).toEqual([keep.code, person.code].sort());

  await privacy.erase({ reason: 'Antrag der Person (Art. 17 DSGVO)', code: person.code, includeDeadlines: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Fälle' })).toBeVisible();
  await expect(list.row(person.code)).toHaveCount(0);
  await expect(list.row(keep.code)).toHaveCount(1);
  expect(await call<unknown[]>(bench, 'search:query', { text: 'Loeschmich' })).toEqual([]);
  expect((await call<unknown[]>(bench, 'search:query', { text: 'Bleibt' })).length).toBe(1);
  await bench.checkScreen('erasure-done-list');
});

test('retention: the dry run lists what is due and why; the supervisor runs exactly that list; the processing record exports', async ({
  page,
  bench,
}) => {
  await setUpAndUnlock(bench);
  const old = await createCase(bench, { familyName: 'Altfall', intakeDate: '2019-03-01' });
  await closeCase(bench, old.id, '2020-06-30');
  const current = await createCase(bench, { familyName: 'Laufend' });
  await call(bench, 'vault:lock', {});
  await call(bench, 'vault:unlock', { account: PEOPLE.supervisor.name, passphrase: PEOPLE.supervisor.passphrase });
  await bench.open();
  const data = new DataProtectionPage(page);
  await data.open();
  await data.retentionPreviewButton.click();
  const plan = page.locator('.retention-plan');
  await expect(plan).toContainText(old.code);
  await expect(plan).toContainText('Abgeschlossen am 30.06.2020; Aufbewahrung 3 Jahre nach Ende des Abschlussjahres.');
  await expect(plan).not.toContainText(current.code);
  await bench.checkScreen('retention-dry-run');
  await plan.getByRole('button', { name: 'Diese 1 Einträge löschen …' }).click();
  const confirm = page.getByRole('dialog', { name: 'Fällige Einträge löschen' });
  await bench.checkScreen('retention-confirm');
  await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(page.getByText('1 Einträge wurden gelöscht.')).toBeVisible();
  await expect(plan).toContainText('Nach den aktuellen Fristen ist nichts zu löschen.');

  // Art. 30: the record as text and as files.
  await expect(data.recordPreview).toContainText('Verzeichnis von Verarbeitungstätigkeiten');
  await page.getByLabel('Verantwortlicher').fill('Stadt Leverkusen, Fachbereich Soziales');
  await page.getByRole('button', { name: 'Angaben speichern' }).click();
  await expect(data.recordPreview).toContainText('Stadt Leverkusen, Fachbereich Soziales');
  await page.getByRole('button', { name: 'Als PDF speichern …' }).click();
  await page.getByRole('button', { name: 'Als Markdown speichern …' }).click();
  await expect(data.writtenFiles).toHaveCount(1);
  const saved = await readdir(bench.saveDir);
  expect(saved.some((name) => name.endsWith('.pdf'))).toBe(true);
  expect(saved.some((name) => name.endsWith('.md'))).toBe(true);
  await bench.checkScreen('processing-record');

  await call(bench, 'vault:lock', {});
  await call(bench, 'vault:unlock', { account: PEOPLE.counsellor.name, passphrase: PEOPLE.counsellor.passphrase });
  expect((await call<{ code: string }[]>(bench, 'cases:list', { includeClosed: true })).map((row) => row.code)).toEqual([current.code]);
});
