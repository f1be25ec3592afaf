import { expect, test } from './fixtures';
import { CaseDetailPage } from './pages/CaseDetailPage';
import { CaseFormPage } from './pages/CaseFormPage';
import { CaseListPage } from './pages/CaseListPage';
import { createCase, setUpAndUnlock } from './support/seedCases';

/** Issue 10: contact data and the name as in the document (shown only in the case), the time of a journal entry. */

const PHONE = '0214 406-1234';
const EMAIL = 'ahmad.mohammadi@example.org';
const STREET = 'Wiesdorfer Platz 7';

test('contact data and the name as in the document: entered in the form, shown only in the case, hidden in privacy mode', async ({
  page,
  bench,
}) => {
  await setUpAndUnlock(bench);
  await bench.open();
  const list = await CaseListPage.open(page);
  await list.newCaseButton.click();
  const form = new CaseFormPage(page);
  await form.fill({
    familyName: 'محمدی',
    givenNames: 'احمد',
    gender: 'männlich',
    programme: 'KIM-Case Management',
    accessRoute: 'Jobcenter',
  });
  await expect(form.documentFamilyNameInput).toHaveAccessibleDescription(/In lateinischer Schrift, so wie in Pass, Duldung/);
  await expect(page.getByRole('group', { name: 'Kontaktdaten (nur in diesem Fall sichtbar)' })).toContainText(
    'erscheinen nie in Listen, in der Suche, im Protokoll, in der Statistik oder in Exporten',
  );

  // Bad input: a clear German message on each field, focus on the first, nothing saved.
  await form.documentFamilyNameInput.fill('محمدی');
  await form.phoneInput.fill('Handy');
  await form.emailInput.fill('ahmad at example');
  await form.createButton.click();
  await expect(form.documentFamilyNameInput).toBeFocused();
  expect(await form.errorOf(form.documentFamilyNameInput)).toBe(
    'Bitte in lateinischer Schrift eingeben, so wie im Dokument (z. B. Mohammadi).',
  );
  expect(await form.errorOf(form.phoneInput)).toContain('Bitte eine Telefonnummer aus Ziffern eingeben');
  expect(await form.errorOf(form.emailInput)).toBe('Bitte eine E-Mail-Adresse wie name@beispiel.de eingeben.');
  await bench.checkScreen('case-new-contact-errors');
  expect(((await bench.core.invoke('cases:list', {})) as { ok: true; value: unknown[] }).value).toEqual([]);

  await form.documentFamilyNameInput.fill('Mohammadi');
  await form.documentGivenNamesInput.fill('Ahmad');
  await form.phoneInput.fill(PHONE);
  await form.emailInput.fill(EMAIL);
  await form.postalAddressInput.fill(`${STREET}\n51373 Leverkusen`);
  await form.createButton.click();

  const detail = new CaseDetailPage(page);
  await expect(detail.heading).toHaveText(/^Fall /);
  const contact = page.getByRole('region', { name: 'Kontaktdaten', exact: true });
  await expect(contact).toContainText(PHONE);
  await expect(contact).toContainText(EMAIL);
  await expect(contact).toContainText(STREET);
  await expect(detail.panel).toContainText('Mohammadi, Ahmad');
  await bench.checkScreen('case-overview-contact');

  // Privacy mode hides the contact data like the name.
  await page.keyboard.press('Control+Shift+P');
  await expect(contact).not.toContainText(PHONE);
  await expect(detail.panel).not.toContainText('Mohammadi');
  await bench.checkScreen('case-overview-contact-private');
  await page.keyboard.press('Control+Shift+P');

  // The list never shows contact data; the document name is a column on request and found by the quick filter.
  await page.getByRole('navigation').getByRole('link', { name: 'Fälle', exact: true }).click();
  await expect(list.rows).toHaveCount(1);
  for (const value of [PHONE, EMAIL, STREET]) await expect(page.getByRole('main')).not.toContainText(value);
  await list.setColumnVisible('Name wie im Dokument', true);
  await expect(list.columnHeader('Name wie im Dokument')).toBeVisible();
  await expect(list.rows.first()).toContainText('Mohammadi, Ahmad');
  await list.columnsButton.click();
  await list.quickFilter('mohammadi');
  await expect(list.rows).toHaveCount(1);
  await bench.checkScreen('case-list-document-name');
});

test('a journal entry with a time of day: typed as people do, shown next to the date; a wrong time gets a message', async ({
  page,
  bench,
}) => {
  await setUpAndUnlock(bench);
  const { id } = await createCase(bench, { familyName: 'Haddad', givenNames: 'Rami' });
  await bench.open();
  await (await CaseListPage.open(page)).rows.first().click();
  const detail = new CaseDetailPage(page);
  await expect(detail.heading).toHaveText(/^Fall /);
  await page.keyboard.press('Control+n');
  const journal = detail.journalDialog;
  await expect(journal.timeInput).toHaveAccessibleDescription('Optional, z. B. 14:30');
  await journal.fill({ time: '25.00', note: 'Rückruf wegen Praktikum' });
  await journal.saveButton.click();
  await expect(journal.timeInput).toBeFocused();
  await expect(journal.timeInput).toHaveAccessibleDescription(/Bitte eine Uhrzeit wie 14:30 eingeben/);
  await bench.checkScreen('journal-time-error');
  await journal.fill({ time: '14.30' });
  await journal.saveButton.click();
  await expect(journal.dialog).toBeHidden();
  await detail.open('Verlauf');
  await expect(detail.journalEntries.first().getByRole('heading')).toContainText('14:30 Uhr');
  await bench.checkScreen('journal-with-time');
  const stored = (await bench.core.invoke('cases:get', { id })) as { ok: true; value: { journal: { occurredTime: string | null }[] } };
  expect(stored.value.journal.map((entry) => entry.occurredTime)).toEqual(['14:30']);
});
