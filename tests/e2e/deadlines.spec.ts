import { expect, test } from './fixtures';
import { DeadlinesPage } from './pages/DeadlinesPage';
import { MainLayout } from './pages';
import {
  addOwnDeadline,
  addStatus,
  birthDateTurning27In,
  call,
  createCase,
  daysFromToday,
  germanDate,
  setUpAndUnlock,
} from './support/seedCases';

interface CaseDeadlines {
  deadlines: { kind: string; title: string | null; state: string; resolutionReason: string | null }[];
}

/**
 * Müller: an own task 2 days overdue and an appointment today; Haidari: a Duldung that expires in
 * 20 days (expiry and renewal deadlines in "Nächste 30 Tage").
 */
async function seedDeadlines(bench: Parameters<typeof setUpAndUnlock>[0]) {
  await setUpAndUnlock(bench);
  const muller = await createCase(bench, { familyName: 'Müller', givenNames: 'Ayşe' });
  const haidari = await createCase(bench, { familyName: 'Haidari', givenNames: 'Ahmad', birthDate: birthDateTurning27In(200) });
  await addOwnDeadline(bench, muller.id, 'Zeugnisse kopieren', daysFromToday(-2), 'task');
  await addOwnDeadline(bench, muller.id, 'Ausländerbehörde, Zimmer 12', daysFromToday(0));
  await addStatus(bench, haidari.id, { status: 'duldung60a', validFrom: daysFromToday(-90), validUntil: daysFromToday(20) });
  return { muller, haidari };
}

test('the dashboard groups deadlines by urgency, in words and German dates', async ({ page, bench }) => {
  const { muller, haidari } = await seedDeadlines(bench);
  await bench.open();
  await new MainLayout(page).open('Fristen');
  const deadlines = new DeadlinesPage(page);
  await expect(deadlines.heading).toBeVisible();

  const overdue = deadlines.item(muller.code, 'Zeugnisse kopieren');
  await expect(overdue).toHaveCount(1);
  await expect(deadlines.itemsOf(muller.code, 'Überfällig')).toHaveCount(1);
  await expect(overdue).toContainText('Aufgabe: Zeugnisse kopieren');
  await expect(overdue).toContainText('seit 2 Tagen überfällig');
  await expect(overdue).toContainText(`Fällig am ${germanDate(daysFromToday(-2))}`);
  await expect(overdue).toContainText('Müller, Ayşe');

  await expect(deadlines.itemsOf(muller.code, 'Diese Woche')).toHaveCount(1);
  await expect(deadlines.item(muller.code, 'Zimmer 12')).toContainText('heute fällig');

  await expect(deadlines.itemsOf(haidari.code, 'Nächste 30 Tage')).toHaveCount(1);
  await expect(deadlines.item(haidari.code, 'Aufenthaltsdokument läuft ab')).toContainText('fällig in 20 Tagen');
  await expect(deadlines.item(haidari.code, 'Aufenthaltsdokument läuft ab')).toContainText(germanDate(daysFromToday(20)));
  // A Duldung has no Fiktionswirkung: its renewal was due six weeks before the expiry, so it is overdue.
  const renewal = deadlines.item(haidari.code, 'Verlängerung von Duldung/Gestattung');
  await expect(deadlines.itemsOf(haidari.code, 'Überfällig')).toHaveCount(1);
  await expect(renewal).toContainText('keine Fiktionswirkung');
  await expect(renewal).toContainText('seit 22 Tagen überfällig');
  // § 25a and the end of eligibility at 27 (both cases) are more than 30 days away: only counted here.
  await expect(page.getByText('Später als in 30 Tagen fällig: 3.')).toBeVisible();
  await bench.checkScreen('deadlines');

  await deadlines.showAll();
  await expect(deadlines.allButton).toHaveAttribute('aria-pressed', 'true');
  await expect(deadlines.itemsOf(haidari.code)).toHaveCount(2);

  await deadlines.openCase(haidari.code);
  await expect(deadlines.heading).toBeHidden();
  await expect.poll(() => bench.calls).toContain('cases:get');
});

test('"Erledigt" resolves at once; "Verwerfen" needs a reason and stores it', async ({ page, bench }) => {
  const { muller, haidari } = await seedDeadlines(bench);
  await bench.open();
  await new MainLayout(page).open('Fristen');
  const deadlines = new DeadlinesPage(page);

  await deadlines.markDone(muller.code, 'Zeugnisse kopieren');
  await expect(deadlines.item(muller.code, 'Zeugnisse kopieren')).toHaveCount(0);
  await expect(page.getByText(/ist als erledigt markiert/)).toBeAttached();
  await expect(deadlines.itemsOf(muller.code, 'Überfällig')).toHaveCount(0);

  await deadlines.startDismiss(haidari.code, 'Aufenthaltsdokument läuft ab');
  await expect(deadlines.dismissDialog).toBeVisible();
  await expect(deadlines.dismissReasonInput).toBeFocused();
  await bench.checkScreen('deadlines-dismiss-dialog');

  // An empty (or blank) reason is refused with a German message; nothing is stored.
  await deadlines.dismissReasonInput.fill('   ');
  await deadlines.confirmDismissButton.click();
  await expect(deadlines.dismissReasonError).toHaveText(/Bitte geben Sie einen Grund an\./);
  await expect(deadlines.dismissReasonInput).toHaveAttribute('aria-invalid', 'true');
  await expect(deadlines.dismissReasonInput).toBeFocused();
  await bench.checkScreen('deadlines-dismiss-error');
  // Only the "Erledigt" above reached the core; the empty reason never left the dialog.
  expect(bench.calls.filter((channel) => channel === 'deadlines:resolve')).toHaveLength(1);

  // Escape keeps everything as it was.
  await page.keyboard.press('Escape');
  await expect(deadlines.dismissDialog).toBeHidden();
  await expect(deadlines.item(haidari.code, 'Aufenthaltsdokument läuft ab')).toHaveCount(1);

  await deadlines.dismiss(haidari.code, 'Aufenthaltsdokument läuft ab', 'Neue Duldung liegt schon vor');
  await expect(deadlines.dismissDialog).toBeHidden();
  await expect(deadlines.item(haidari.code, 'Aufenthaltsdokument läuft ab')).toHaveCount(0);
  await expect(deadlines.item(haidari.code, 'Verlängerung')).toHaveCount(1);

  const detail = await call<CaseDeadlines>(bench, 'cases:get', { id: haidari.id });
  expect(detail.deadlines.find((deadline) => deadline.kind === 'statusExpiry')).toMatchObject({
    state: 'dismissed',
    resolutionReason: 'Neue Duldung liegt schon vor',
  });
  const task = (await call<CaseDeadlines>(bench, 'cases:get', { id: muller.id })).deadlines.find(
    (deadline) => deadline.title === 'Zeugnisse kopieren',
  );
  expect(task?.state).toBe('done');
});

test('an empty dashboard says there is nothing due', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  await bench.open();
  await new MainLayout(page).open('Fristen');
  const deadlines = new DeadlinesPage(page);
  await expect(deadlines.group('Überfällig')).toContainText('Keine überfälligen Fristen.');
  await expect(deadlines.group('Nächste 30 Tage')).toContainText('In den nächsten 30 Tagen ist nichts weiter fällig.');
  await bench.checkScreen('deadlines-empty');
});

test('a long group shows its first 50 deadlines and the rest on request; the count is the whole group', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  const busy = await createCase(bench, { familyName: 'Diallo', givenNames: 'Mamadou' });
  // 55 overdue tasks, the oldest first: "Aufgabe 01" is due 60 days ago, "Aufgabe 55" 6 days ago.
  for (let index = 1; index <= 55; index += 1)
    await addOwnDeadline(bench, busy.id, `Aufgabe ${String(index).padStart(2, '0')}`, daysFromToday(index - 61), 'task');
  await bench.open();
  await new MainLayout(page).open('Fristen');
  const deadlines = new DeadlinesPage(page);
  const overdue = deadlines.group('Überfällig');
  await expect(overdue).toContainText('55 offen');
  await expect(deadlines.itemsOf(busy.code, 'Überfällig')).toHaveCount(50);
  await expect(deadlines.item(busy.code, 'Aufgabe 01')).toHaveCount(1);
  await expect(deadlines.item(busy.code, 'Aufgabe 51')).toHaveCount(0);
  await expect(overdue).toContainText('50 von 55 angezeigt.');
  await bench.checkScreen('deadlines-more');

  await deadlines.showMore('Überfällig', 5);
  await expect(deadlines.itemsOf(busy.code, 'Überfällig')).toHaveCount(55);
  // The keyboard continues at the first deadline that was added, and the button is gone.
  await expect(deadlines.itemsOf(busy.code, 'Überfällig').nth(50).getByRole('link')).toBeFocused();
  await expect(deadlines.item(busy.code, 'Aufgabe 51')).toHaveCount(1);
  await expect(overdue.getByRole('button', { name: /^Weitere/ })).toHaveCount(0);
});
