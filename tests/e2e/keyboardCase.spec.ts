import { expect, test, type Bench } from './fixtures';
import { expectVisibleFocus, tabTo } from './keyboard';
import { CaseDetailPage } from './pages/CaseDetailPage';
import { CaseFormPage } from './pages/CaseFormPage';
import { CaseListPage } from './pages/CaseListPage';
import { MainLayout } from './pages';
import { daysFromToday, setUpAndUnlock } from './support/seedCases';

async function core<T>(bench: Bench, channel: string, payload: unknown): Promise<T> {
  const result = (await bench.core.invoke(channel, payload)) as { ok: true; value: T } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

test('keyboard only: create a case and log a contact with Tab, Enter and Ctrl+N', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  await bench.open();
  // From "Heute" to the list by keyboard: Tab to "Fälle" in the navigation, Enter.
  const layout = new MainLayout(page);
  await tabTo(page, layout.navLink('Fälle'));
  await page.keyboard.press('Enter');
  const list = new CaseListPage(page);
  await expect(list.heading).toBeFocused();

  // From the list to the form: Tab to "Neuer Fall", Enter.
  await tabTo(page, list.newCaseButton);
  await expectVisibleFocus(list.newCaseButton);
  await page.keyboard.press('Enter');
  const form = new CaseFormPage(page);
  await expect(form.familyNameInput).toBeFocused();

  // The tab order follows the screen: family name, given names, date of birth, gender.
  await page.keyboard.type('Nazari');
  await page.keyboard.press('Tab');
  await expect(form.givenNamesInput).toBeFocused();
  await page.keyboard.type('Mina');
  await page.keyboard.press('Tab');
  await expect(form.birthDateInput).toBeFocused();
  await page.keyboard.type('02.02.2005');
  await page.keyboard.press('Tab');
  await expect(form.genderRadio('weiblich')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(form.genderRadio('weiblich')).toBeChecked();

  await tabTo(page, form.programmeSelect);
  await page.keyboard.type('Teil');
  await expect(form.programmeSelect).toHaveValue('teilhabemanagement');
  await page.keyboard.press('Tab');
  await expect(form.accessRouteSelect).toBeFocused();
  await page.keyboard.type('Schule');
  await expect(form.accessRouteSelect).toHaveValue('school');
  // Enter in a single-line field saves the case.
  await page.keyboard.press('Tab');
  await expect(form.intakeDateInput).toBeFocused();
  await page.keyboard.press('Enter');

  const detail = new CaseDetailPage(page);
  await expect(detail.heading).toHaveText(/^Fall /);
  const [created] = await core<{ id: string; code: string; familyName: string }[]>(bench, 'cases:list', {});
  expect(created?.familyName).toBe('Nazari');

  // Ctrl+N: the quick entry, date today, focus on the date.
  await page.keyboard.press('Control+n');
  const journal = detail.journalDialog;
  await expect(journal.dateInput).toBeFocused();
  // The time of day sits next to the date (optional, issue 10).
  await page.keyboard.press('Tab');
  await expect(journal.timeInput).toBeFocused();
  await page.keyboard.type('9.30');
  await page.keyboard.press('Tab');
  await expect(journal.durationInput).toBeFocused();
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await expect(journal.kindSelect).toBeFocused();
  await page.keyboard.type('tele');
  await expect(journal.kindSelect).toHaveValue('phone');
  await page.keyboard.press('Tab');
  await expect(journal.interpreterCheckbox).toBeFocused();
  await page.keyboard.press('Space');
  await tabTo(page, journal.topic('Schule/Bildung'));
  await page.keyboard.press('Space');
  await tabTo(page, journal.noteInput);
  await page.keyboard.type('Anmeldung am Berufskolleg besprochen.');
  await page.keyboard.press('Control+Enter');
  await expect(journal.dialog).toBeHidden();

  const stored = await core<{
    journal: {
      occurredOn: string;
      occurredTime: string | null;
      durationMinutes: number;
      kind: string;
      interpreter: boolean;
      topics: string[];
      note: string;
    }[];
  }>(bench, 'cases:get', { id: created?.id });
  expect(stored.journal).toEqual([
    expect.objectContaining({
      occurredOn: daysFromToday(0),
      occurredTime: '09:30',
      durationMinutes: 20,
      kind: 'phone',
      interpreter: true,
      topics: ['education'],
      note: 'Anmeldung am Berufskolleg besprochen.',
    }),
  ]);

  // The sections are tabs: arrow keys move and open them, focus stays on the tab.
  await detail.tab('Überblick').focus();
  await page.keyboard.press('ArrowRight');
  await expect(detail.tab('Aufenthalt')).toBeFocused();
  await expect(detail.tab('Aufenthalt')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  const lastTab = page.getByRole('tablist', { name: 'Bereiche des Falls' }).getByRole('tab').last();
  await expect(lastTab).toBeFocused();
  await expect(lastTab).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(detail.tab('Verlauf')).toHaveAttribute('aria-selected', 'true');
  await expect(detail.journalEntries).toHaveCount(1);

  // Escape on a quick entry with input asks before dropping it.
  await page.keyboard.press('Control+n');
  await expect(journal.dateInput).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('5');
  await page.keyboard.press('Escape');
  await expect(journal.dialog.getByText('Die Eingaben sind noch nicht gespeichert. Verwerfen?')).toBeVisible();
  await expect(journal.dialog.getByRole('button', { name: 'Weiter bearbeiten' })).toBeFocused();
  await bench.checkScreen('journal-discard-question');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(journal.dialog).toBeHidden();
  await expect(detail.journalEntries).toHaveCount(1);
});
