import { expect, test, type Bench } from './fixtures';
import { MainLayout } from './pages';
import { CaseDetailPage } from './pages/CaseDetailPage';
import { CaseFormPage } from './pages/CaseFormPage';
import { CaseListPage } from './pages/CaseListPage';
import { DeadlinesPage } from './pages/DeadlinesPage';
import { PartnersPage } from './pages/PartnersPage';
import { SearchPage } from './pages/SearchPage';
import { StructuralNotesPage } from './pages/StructuralNotesPage';
import { addJournal, createCase, daysFromToday, germanDate, setUpAndUnlock } from './support/seedCases';

/** The person of the journey; no part of the name may show in privacy mode. */
const PERSON = { familyName: 'Haddad', givenNames: 'Rami' };

async function core<T>(bench: Bench, channel: string, payload: unknown): Promise<T> {
  const result = (await bench.core.invoke(channel, payload)) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

test('the counsellor journey: new case, status with expiry → Fristen, journal, goal, referral, search, privacy mode, closure', async ({
  page,
  bench,
}) => {
  await setUpAndUnlock(bench);
  await bench.open();
  const layout = new MainLayout(page);

  // A partner for the referral, in the directory.
  await layout.navLink('Partner').click();
  const partners = new PartnersPage(page);
  await expect(partners.heading).toBeVisible();
  await partners.add('JMD Leverkusen', 'Jugendmigrationsdienst (JMD)', 'Zentrale, Di/Do vormittags');
  await expect(partners.row('JMD Leverkusen')).toContainText('Jugendmigrationsdienst (JMD)');
  await bench.checkScreen('partners');

  // 1. New case.
  await layout.open('Fälle');
  await new CaseListPage(page).newCaseButton.click();
  const form = new CaseFormPage(page);
  await form.fill({
    ...PERSON,
    birthDate: '12.08.2003',
    gender: 'männlich',
    nationality: 'Syrien',
    countryOfOrigin: 'Syrien',
    languages: 'Arabisch',
    programme: 'KIM-Case Management',
    accessRoute: 'Ausländerbehörde',
  });
  await form.createButton.click();
  const detail = new CaseDetailPage(page);
  await expect(detail.notice).toContainText('wurde angelegt');
  const code = (await detail.heading.innerText()).replace('Fall ', '');
  const caseId = (await core<{ id: string; code: string }[]>(bench, 'cases:list', {})).find((row) => row.code === code)?.id ?? '';
  expect(caseId).not.toBe('');
  await expect(detail.currentStatus).toHaveText('Noch kein Aufenthaltsstatus erfasst');
  await bench.checkScreen('case-overview');

  // 2. A Duldung expiring in 20 days: the header says so in words, the deadlines follow.
  const validUntil = daysFromToday(20);
  await detail.open('Aufenthalt');
  await detail.panel.getByRole('button', { name: 'Status eintragen' }).click();
  await expect(detail.statusForm.getByLabel(/^Status/)).toBeFocused();
  await bench.checkScreen('case-status-form');
  await detail.statusForm.getByRole('button', { name: 'Abbrechen' }).click();
  await detail.addStatus({
    status: 'Duldung (§ 60a AufenthG)',
    validFrom: germanDate(daysFromToday(-70)),
    validUntil: germanDate(validUntil),
    workPermission: 'Beschäftigung nur mit Genehmigung der Ausländerbehörde',
    residenceObligation: 'ja',
    identityClarified: 'in Klärung',
    documentSeenOn: germanDate(daysFromToday(-1)),
  });
  await expect(detail.statusRows).toHaveCount(1);
  await expect(detail.statusRows.first()).toContainText('Beschäftigung nur mit Genehmigung der Ausländerbehörde');
  await expect(detail.currentStatus).toContainText('Duldung (§ 60a AufenthG)');
  await expect(detail.currentStatus).toContainText(`gültig bis ${germanDate(validUntil)} – läuft in 20 Tagen ab`);
  await bench.checkScreen('case-status');

  await detail.open('Fristen');
  await expect(detail.deadlineRow('Aufenthaltsdokument läuft ab')).toContainText('in 20 Tagen');
  await detail.addOwnDeadline('Termin', 'Vorsprache Ausländerbehörde', germanDate(daysFromToday(3)));
  await expect(detail.deadlineRow('Vorsprache Ausländerbehörde')).toContainText('in 3 Tagen');
  await bench.checkScreen('case-deadlines');
  await detail
    .deadlineRow('Vorsprache Ausländerbehörde')
    .getByRole('button', { name: /verwerfen/ })
    .click();
  const dismiss = page.getByRole('dialog', { name: /Frist „Vorsprache Ausländerbehörde“ verwerfen/ });
  await dismiss.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(dismiss.locator('.field-error')).toContainText('Bitte geben Sie einen Grund an.');
  await bench.checkScreen('case-deadline-dismiss-dialog');
  await dismiss.getByLabel(/^Grund/).fill('Termin wurde von der Behörde abgesagt');
  await dismiss.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(detail.deadlineRow('Vorsprache Ausländerbehörde')).toContainText('Termin wurde von der Behörde abgesagt');

  // … and on the Fristen dashboard.
  await layout.open('Fristen');
  const dashboard = new DeadlinesPage(page);
  await expect(dashboard.heading).toBeVisible();
  await expect(dashboard.itemsOf(code, 'Nächste 30 Tage').first()).toBeVisible();
  await bench.checkScreen('journey-deadlines-dashboard');
  await dashboard.openCase(code);

  // 3. Journal: Ctrl+N from the case, date defaults to today.
  await expect(detail.heading).toHaveText(`Fall ${code}`);
  await page.keyboard.press('Control+n');
  const journal = detail.journalDialog;
  await expect(journal.dialog).toBeVisible();
  await expect(journal.dateInput).toHaveValue(germanDate(daysFromToday(0)));
  await expect(journal.dateInput).toBeFocused();
  await journal.fill({
    duration: '45',
    kind: 'persönlich',
    topics: ['Aufenthalt', 'Ausbildung'],
    note: 'Herr Haddad bringt die Zeugnisse mit; Zeugnisanerkennung bei der Bezirksregierung angestoßen.',
  });
  await bench.checkScreen('journal-quick-entry');
  await journal.saveButton.click();
  await expect(journal.dialog).toBeHidden();

  await detail.newEntryButton.click();
  await journal.fill({ kind: 'Fallkonferenz' });
  await journal.saveButton.click();
  await expect(journal.participantsInput).toHaveAttribute('aria-invalid', 'true');
  await bench.checkScreen('journal-case-conference-errors');
  await journal.fill({ participants: 'Jobcenter, Ausländerbehörde', note: 'Gemeinsamer Plan zur Ausbildungsduldung.' });
  await journal.saveButton.click();
  await expect(journal.dialog).toBeHidden();

  await detail.open('Verlauf');
  await expect(detail.journalEntries).toHaveCount(2);
  await expect(detail.journalEntries.first()).toContainText('Beteiligte Stellen: Jobcenter, Ausländerbehörde');
  await expect(detail.journalEntries.nth(1)).toContainText('45 Minuten');
  await expect(detail.journalEntries.nth(1)).toContainText('Aufenthalt, Ausbildung');
  await bench.checkScreen('case-journal');

  // 4. Planning: assessment, a goal, a referral to the partner.
  await detail.open('Planung');
  await detail.panel.getByRole('button', { name: '„Ausbildung“ einschätzen' }).click();
  const assessment = detail.planDialog('Einschätzung: Ausbildung');
  await assessment.getByRole('textbox', { name: 'Bedarfe' }).fill('Ausbildungsplatz im Handwerk gesucht');
  await assessment.getByRole('checkbox', { name: /In diesem Feld besteht Bedarf/ }).check();
  await assessment.getByLabel('Priorität').selectOption({ label: 'hoch' });
  await bench.checkScreen('planning-assessment-dialog');
  await assessment.getByRole('button', { name: 'Speichern' }).click();
  await expect(detail.panel.getByRole('row', { name: /Ausbildung/ }).first()).toContainText('Ausbildungsplatz im Handwerk gesucht');
  await detail.panel.getByRole('button', { name: 'Ziel hinzufügen' }).click();
  const goal = detail.planDialog('Neues Ziel');
  await goal.getByLabel('Zieldatum').fill(germanDate(daysFromToday(-400)));
  await goal.getByRole('button', { name: 'Speichern' }).click();
  await expect(goal).toContainText('Bitte füllen Sie dieses Feld aus.');
  await bench.checkScreen('planning-goal-dialog-errors');
  await goal.getByRole('button', { name: 'Abbrechen' }).click();
  await detail.addGoal({
    field: 'Ausbildung',
    wording: 'Ausbildungsvertrag als Anlagenmechaniker bis zum Sommer',
    targetDate: germanDate(daysFromToday(200)),
  });
  await expect(detail.goalRows).toHaveCount(1);
  await detail.panel.getByRole('button', { name: 'Vermittlung hinzufügen' }).click();
  await bench.checkScreen('planning-referral-dialog');
  await detail.planDialog('Neue Vermittlung').getByRole('button', { name: 'Abbrechen' }).click();
  await detail.addReferral({
    partner: 'JMD Leverkusen (Jugendmigrationsdienst (JMD))',
    offerKind: 'Sprach-/Integrationskurs',
    withoutRelease: true,
  });
  await expect(detail.referralRows).toHaveCount(1);
  await expect(detail.referralRows.first()).toContainText('JMD Leverkusen');
  await bench.checkScreen('case-planning');
  const plan = await core<{ goals: unknown[]; referrals: { partnerName: string }[]; assessments: { field: string; hasNeed: boolean }[] }>(
    bench,
    'plan:get',
    { caseId },
  );
  expect(plan.goals).toHaveLength(1);
  expect(plan.referrals.map((referral) => referral.partnerName)).toEqual(['JMD Leverkusen']);
  expect(plan.assessments).toEqual([expect.objectContaining({ field: 'vocationalTraining', hasNeed: true })]);

  // 5. Search finds the note.
  await layout.open('Fälle');
  await new CaseListPage(page).search('zeugnisanerkennung');
  const search = new SearchPage(page);
  await expect(search.resultsOf(code)).toHaveCount(1);

  // 6. Privacy mode: no part of the name on any screen visited.
  await page.keyboard.press('Control+Shift+P');
  const screens: [string, () => Promise<void>][] = [
    ['search', async () => undefined],
    ['list', async () => layout.open('Fälle')],
    ['deadlines', async () => layout.open('Fristen')],
    ['case-overview', async () => dashboard.openCase(code)],
    ['case-journal', async () => detail.open('Verlauf')],
    ['case-planning', async () => detail.open('Planung')],
    ['case-status', async () => detail.open('Aufenthalt')],
  ];
  for (const [name, go] of screens) {
    await go();
    await page.waitForTimeout(150);
    const text = await page.locator('body').innerText();
    const title = await page.title();
    for (const word of [PERSON.familyName, PERSON.givenNames]) {
      expect(text, `"${word}" visible on ${name} in privacy mode`).not.toContain(word);
      expect(title, `"${word}" in the window title on ${name}`).not.toContain(word);
    }
  }
  await detail.open('Verlauf');
  await expect(detail.journalEntries.nth(1)).toContainText('Herr ••• bringt die Zeugnisse mit');
  await bench.checkScreen('case-journal-privacy');
  await page.keyboard.press('Control+Shift+P');
  await expect(detail.header).toContainText('Haddad, Rami');

  // 7. Close the case; reopen is offered.
  await detail.open('Abschluss');
  await bench.checkScreen('case-closure-form');
  await detail.closeCase({ reason: 'Ziele erreicht', whereabouts: 'Ausbildung', aftercareUntil: germanDate(daysFromToday(90)) });
  await expect(detail.header).toContainText(`abgeschlossen am ${germanDate(daysFromToday(0))}`);
  await expect(detail.panel.getByRole('button', { name: 'Fall wieder öffnen' })).toBeVisible();
  await bench.checkScreen('case-closed');
  const closed = await core<{ closedOn: string | null }>(bench, 'cases:get', { id: caseId });
  expect(closed.closedOn).toBe(daysFromToday(0));
  const closures = await core<{ reason: string; whereabouts: string; statusAtClosure: string | null }[]>(bench, 'closure:list', { caseId });
  expect(closures).toEqual([
    expect.objectContaining({ reason: 'goalsAchieved', whereabouts: 'vocationalTraining', statusAtClosure: 'duldung60a' }),
  ]);

  // Reopen: asks first, then the case is open again and the closure stays in the history.
  await detail.panel.getByRole('button', { name: 'Fall wieder öffnen' }).click();
  await bench.checkScreen('case-reopen-dialog');
  await page.getByRole('dialog', { name: 'Fall wieder öffnen?' }).getByRole('button', { name: 'Fall wieder öffnen' }).click();
  await expect(detail.header).toContainText('offen');
  await expect(detail.closeForm).toBeVisible();
  await expect(detail.panel.getByRole('table')).toContainText(germanDate(daysFromToday(0)));
  expect((await core<{ closedOn: string | null }>(bench, 'cases:get', { id: caseId })).closedOn).toBeNull();
});

test('Systemhinweise: anonymous notes per Handlungsfeld; a case code or a name in the text is refused', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  await bench.open();
  await new MainLayout(page).navLink('Systemhinweise').click();
  const notes = new StructuralNotesPage(page);
  await expect(notes.heading).toBeVisible();
  await notes.saveButton.click();
  await expect(page.getByRole('main').locator('.field-error').first()).toContainText('Bitte füllen Sie dieses Feld aus.');
  await bench.checkScreen('structural-notes-errors');
  const { code } = await createCase(bench, { ...PERSON });
  await notes.add({ field: 'Sprache', kind: 'Wartezeit', text: `Im Fall ${code} wartet die Person sechs Monate.` });
  await expect(notes.textInput).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('main')).toContainText('Systemhinweise müssen anonym sein.');
  await notes.textInput.fill('Herr Haddad wartet sechs Monate auf einen Kurs.');
  await notes.saveButton.click();
  await expect(page.getByRole('main')).toContainText('Systemhinweise müssen anonym sein.');
  expect(await core<unknown[]>(bench, 'structuralNotes:list', {})).toEqual([]);
  await notes.monthInput.fill('13.2026');
  await notes.textInput.fill('Wartezeit auf Berufssprachkurse B2 derzeit sechs Monate.');
  await notes.saveButton.click();
  await expect(notes.monthInput).toHaveAttribute('aria-invalid', 'true');
  await notes.monthInput.fill(germanDate(daysFromToday(0)).slice(3));
  await notes.saveButton.click();
  await expect(notes.notes).toHaveCount(1);
  await expect(notes.notes.first()).toContainText('Sprache · Wartezeit');
  await bench.checkScreen('structural-notes');
  const stored = await core<{ text: string }[]>(bench, 'structuralNotes:list', {});
  expect(stored.map((note) => note.text)).toEqual(['Wartezeit auf Berufssprachkurse B2 derzeit sechs Monate.']);
  await notes.notes.first().getByRole('button', { name: 'Löschen' }).click();
  await bench.checkScreen('structural-notes-delete-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Löschen' }).click();
  await expect(notes.notes).toHaveCount(0);
  expect(await core<unknown[]>(bench, 'structuralNotes:list', {})).toEqual([]);
});

test('status history: "gültig bis" before "gültig ab" is refused at the field, nothing saved; deleting asks first', async ({
  page,
  bench,
}) => {
  await setUpAndUnlock(bench);
  const { id, code } = await createCase(bench, { ...PERSON });
  await addJournal(bench, id, 'Erstgespräch mit Herrn Haddad.', daysFromToday(-2));
  await bench.open();
  await (await CaseListPage.open(page)).openCase(code);
  const detail = new CaseDetailPage(page);
  await detail.open('Aufenthalt');
  await detail.addStatus({ status: 'Aufenthaltsgestattung (§ 55 AsylG)', validFrom: '01.12.2026', validUntil: '30.11.2026' });
  const until = detail.statusForm.getByLabel('Gültig bis');
  await expect(until).toHaveAttribute('aria-invalid', 'true');
  await expect(detail.statusForm).toContainText('„Gültig bis“ liegt vor „gültig ab“.');
  await bench.checkScreen('case-status-errors');
  await detail.statusForm.getByLabel('Dokument gesehen am').fill('31.02.2026');
  await detail.statusForm.getByRole('button', { name: 'Status speichern' }).click();
  await expect(detail.statusForm).toContainText('Bitte geben Sie ein gültiges Datum ein (TT.MM.JJJJ).');
  expect((await core<{ statuses: unknown[] }>(bench, 'cases:get', { id })).statuses).toEqual([]);

  // The document cannot have been seen in the future: the core says so, at the field.
  await until.fill('');
  await detail.statusForm.getByLabel('Dokument gesehen am').fill(germanDate(daysFromToday(2)));
  await detail.statusForm.getByRole('button', { name: 'Status speichern' }).click();
  await expect(detail.statusForm).toContainText('Das Datum liegt in der Zukunft.');
  expect((await core<{ statuses: unknown[] }>(bench, 'cases:get', { id })).statuses).toEqual([]);
  await detail.statusForm.getByLabel('Dokument gesehen am').fill('');
  await detail.statusForm.getByRole('button', { name: 'Status speichern' }).click();
  await expect(detail.statusRows).toHaveCount(1);
  await expect(detail.currentStatus).toContainText('Aufenthaltsgestattung (§ 55 AsylG)');
  await expect(detail.currentStatus).toContainText('ohne Ablaufdatum');

  await detail.statusRows
    .first()
    .getByRole('button', { name: /löschen/ })
    .click();
  await expect(detail.confirmDialog).toBeVisible();
  await expect(detail.confirmDialog.getByRole('button', { name: 'Behalten' })).toBeFocused();
  await bench.checkScreen('case-status-delete-dialog');
  await detail.confirmDialog.getByRole('button', { name: 'Löschen' }).click();
  await expect(detail.statusRows).toHaveCount(0);
  expect((await core<{ statuses: unknown[] }>(bench, 'cases:get', { id })).statuses).toEqual([]);

  // A journal entry: edit keeps the rest, delete asks first.
  await detail.open('Verlauf');
  await detail.journalEntries
    .first()
    .getByRole('button', { name: /bearbeiten/ })
    .click();
  await expect(detail.journalDialog.dialog).toHaveAccessibleName('Eintrag bearbeiten');
  await detail.journalDialog.noteInput.fill('Erstgespräch, Unterlagen gesichtet.');
  await detail.journalDialog.saveButton.click();
  await expect(detail.journalEntries.first()).toContainText('Erstgespräch, Unterlagen gesichtet.');
  await detail.journalEntries
    .first()
    .getByRole('button', { name: /löschen/ })
    .click();
  await bench.checkScreen('journal-delete-dialog');
  await detail.confirmDialog.getByRole('button', { name: 'Löschen' }).click();
  await expect(detail.journalEntries).toHaveCount(0);
  expect((await core<{ journal: unknown[] }>(bench, 'cases:get', { id })).journal).toEqual([]);
});
