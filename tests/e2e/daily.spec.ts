import { PEOPLE, expect, test } from './fixtures';
import { MainLayout, UnlockPage } from './pages';
import { CaseDetailPage } from './pages/CaseDetailPage';
import { CaseListPage } from './pages/CaseListPage';
import { addOwnDeadline, addStatus, call, createCase, daysFromToday, germanDate, setUpAndUnlock } from './support/seedCases';

test('closing asks first and says what stays open; a closed case offers reopening as its main action', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  const person = await createCase(bench, { familyName: 'Rahimi', givenNames: 'Farid' });
  await addStatus(bench, person.id, { status: 'duldung60a', validFrom: daysFromToday(-30), validUntil: daysFromToday(60) });
  await addOwnDeadline(bench, person.id, 'Termin Jobcenter', daysFromToday(9));
  const { id: partnerId } = await call<{ id: string }>(bench, 'partners:add', {
    partner: { name: 'JMD Leverkusen', kind: 'youthMigrationService', contact: '' },
  });
  await call(bench, 'plan:addGoal', {
    caseId: person.id,
    goal: { field: 'language', wording: 'B1-Prüfung bestehen', agreedOn: daysFromToday(-5), targetDate: null, status: 'open' },
  });
  await call(bench, 'plan:addReferral', {
    caseId: person.id,
    referral: { partnerId, offerKind: 'languageCourse', referredOn: daysFromToday(-2), result: 'open', note: '', withoutRelease: true },
  });
  await bench.open();
  await (await CaseListPage.open(page)).openCase(person.code);
  const detail = new CaseDetailPage(page);
  await expect(detail.newEntryButton).toHaveClass(/button-primary/);
  await detail.open('Abschluss');
  await detail.askToClose({ reason: 'Ziele erreicht', whereabouts: 'Ausbildung' });

  const question = detail.closeConfirmation;
  await expect(question).toBeVisible();
  await expect(question).toContainText(`Abschluss am ${germanDate(daysFromToday(0))} – Grund: Ziele erreicht; Verbleib: Ausbildung.`);
  await expect(question.locator('[data-summary="deadlines"]')).toContainText(
    `Termin: Termin Jobcenter – fällig ${germanDate(daysFromToday(9))}`,
  );
  await expect(question.locator('[data-summary="goals"]')).toContainText('B1-Prüfung bestehen (offen)');
  await expect(question.locator('[data-summary="referrals"]')).toContainText('JMD Leverkusen');
  await expect(question).toContainText('enden mit dem Abschluss');
  // The safe answer has the focus; going back keeps the input and closes nothing.
  await expect(question.getByRole('button', { name: 'Zurück zum Formular' })).toBeFocused();
  await bench.checkScreen('case-close-question');
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(detail.closeForm.getByLabel('Grund')).toHaveValue('goalsAchieved');
  expect((await call<{ closedOn: string | null }>(bench, 'cases:get', { id: person.id })).closedOn).toBeNull();

  await detail.closeCase({ reason: 'Ziele erreicht', whereabouts: 'Ausbildung' });
  await expect(detail.header).toContainText(`abgeschlossen am ${germanDate(daysFromToday(0))}`);
  // The main button is no longer "Neuer Eintrag": reopening is, with the closed state in words.
  const reopen = detail.header.getByRole('button', { name: 'Fall wieder öffnen …' });
  await expect(reopen).toHaveClass(/button-primary/);
  await expect(detail.newEntryButton).not.toHaveClass(/button-primary/);
  await expect(page.getByRole('main')).toContainText(`Dieser Fall ist seit dem ${germanDate(daysFromToday(0))} abgeschlossen.`);
  await bench.checkScreen('case-closed-header');
  await reopen.click();
  await page.getByRole('dialog', { name: 'Fall wieder öffnen?' }).getByRole('button', { name: 'Fall wieder öffnen' }).click();
  await expect(detail.header).toContainText('offen');
  await expect(detail.newEntryButton).toHaveClass(/button-primary/);
});

test('the header stays put when names are hidden; the backup reminder waits until a backup is due', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  await bench.open();
  const layout = new MainLayout(page);
  await expect(layout.pageHeading).toHaveText('Heute');
  // A fresh vault needs no backup yet: the reminder comes once the configured interval has passed.
  await expect(page.getByRole('note', { name: 'Erinnerung an die Sicherung' })).toHaveCount(0);

  for (const width of [1024, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const boxes = async () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.app-header > *')].map((element) => {
          const box = element.getBoundingClientRect();
          return [Math.round(box.left), Math.round(box.top), Math.round(box.width), Math.round(box.height)];
        }),
      );
    const before = await boxes();
    const header = await page.locator('.app-header').boundingBox();
    await page.keyboard.press('Control+Shift+P');
    await expect(page.getByRole('button', { name: /Namen verbergen/ })).toHaveAttribute('aria-pressed', 'true');
    expect(await boxes()).toEqual(before);
    expect(await page.locator('.app-header').boundingBox()).toEqual(header);
    // Nothing in the header is cut off or pushed out of the window.
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('.app-header > *')].every((element) => element.getBoundingClientRect().right <= window.innerWidth),
      ),
    ).toBe(true);
    await page.keyboard.press('Control+Shift+P');
  }

  // Eight days later (reminder every seven days) the reminder appears, calmly, with its way out.
  await layout.lockButton.click();
  bench.advanceClock(8 * 86_400_000);
  await new UnlockPage(page).unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  await expect(page.getByRole('note', { name: 'Erinnerung an die Sicherung' })).toContainText(
    'Es gibt noch keine Sicherung dieses Tresors.',
  );
});

test('a referral without a valid release needs the explicit choice in the dialog, and the saved referral shows it', async ({
  page,
  bench,
}) => {
  await setUpAndUnlock(bench);
  const person = await createCase(bench, { familyName: 'Osman', givenNames: 'Nuriye' });
  const { id: school } = await call<{ id: string }>(bench, 'partners:add', {
    partner: { name: 'Berufskolleg Opladen', kind: 'school', contact: '' },
  });
  await call(bench, 'partners:add', { partner: { name: 'JMD Leverkusen', kind: 'youthMigrationService', contact: '' } });
  await call(bench, 'consents:record', {
    caseId: person.id,
    consent: {
      kind: 'release',
      recipientPartnerId: school,
      recipientText: null,
      purpose: 'Anmeldung zur Ausbildungsvorbereitung',
      dataCategories: ['identity', 'education'],
      specialCategories: [],
      form: 'written',
      language: null,
      interpreter: false,
      givenOn: daysFromToday(-10),
      validUntil: daysFromToday(300),
      note: '',
    },
  });
  await bench.open();
  await (await CaseListPage.open(page)).openCase(person.code);
  const detail = new CaseDetailPage(page);
  await detail.open('Planung');
  await detail.panel.getByRole('button', { name: 'Vermittlung hinzufügen' }).click();
  const dialog = detail.planDialog('Neue Vermittlung');
  await dialog.getByLabel('Partner').selectOption({ label: 'JMD Leverkusen (Jugendmigrationsdienst (JMD))' });
  await dialog.getByLabel('Art des Angebots').selectOption({ label: 'Sprach-/Integrationskurs' });
  await dialog.getByLabel('Notiz').fill('B1-Kurs ab Februar');
  await expect(dialog).toContainText('Gültige Schweigepflichtentbindung für JMD Leverkusen fehlt.');
  await expect(detail.withoutReleaseCheckbox).not.toBeChecked();

  // Saving without the choice: a German message at the box, which takes the focus; nothing is lost or saved.
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(detail.withoutReleaseCheckbox).toHaveAttribute('aria-invalid', 'true');
  await expect(detail.withoutReleaseCheckbox).toBeFocused();
  await expect(dialog).toContainText('Bitte bestätigen Sie ausdrücklich, dass ohne sie vermittelt wird');
  await expect(dialog.getByLabel('Notiz')).toHaveValue('B1-Kurs ab Februar');
  await bench.checkScreen('referral-release-choice');
  expect((await call<{ referrals: unknown[] }>(bench, 'plan:get', { caseId: person.id })).referrals).toEqual([]);

  await page.keyboard.press('Space');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(detail.referralRows.first()).toContainText('ohne Schweigepflichtentbindung');

  // With a valid release towards the school there is nothing to choose, and no mark.
  await detail.addReferral({ partner: 'Berufskolleg Opladen (Schule/Berufskolleg)', offerKind: 'Schule/Schulabschluss' });
  await expect(detail.referralRows).toHaveCount(2);
  await expect(detail.referralRows.filter({ hasText: 'Berufskolleg Opladen' })).not.toContainText('ohne Schweigepflichtentbindung');
  await bench.checkScreen('referrals-with-release-marks');
  const referrals = (
    await call<{ referrals: { partnerName: string; withoutRelease: boolean | null }[] }>(bench, 'plan:get', { caseId: person.id })
  ).referrals;
  expect(referrals.map((referral) => [referral.partnerName, referral.withoutRelease])).toEqual([
    ['JMD Leverkusen', true],
    ['Berufskolleg Opladen', false],
  ]);
});
