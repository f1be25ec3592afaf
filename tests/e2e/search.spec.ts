import { expect, test } from './fixtures';
import { MainLayout } from './pages';
import { CaseListPage } from './pages/CaseListPage';
import { SearchPage } from './pages/SearchPage';
import { addJournal, createCase, daysFromToday, setUpAndUnlock } from './support/seedCases';

const NOTE = 'Frau Müller kam mit ihrer Schwester Leyla. Bewerbung bei der Bäckerei Schröder besprochen, Praktikum ab März.';

async function seedNotes(bench: Parameters<typeof setUpAndUnlock>[0]) {
  await setUpAndUnlock(bench);
  const muller = await createCase(bench, { familyName: 'Müller', givenNames: 'Ayşe' });
  const haidari = await createCase(bench, { familyName: 'Haidari', givenNames: 'Ahmad' });
  await addJournal(bench, muller.id, NOTE, daysFromToday(-1));
  await addJournal(bench, haidari.id, 'Termin im Jobcenter vorbereitet; Unterlagen für die Werkstatt fehlen noch.', daysFromToday(-2));
  return { muller, haidari };
}

test('"muller" finds the note about Müller with the match highlighted; Enter opens the case', async ({ page, bench }) => {
  const { muller, haidari } = await seedNotes(bench);
  await bench.open();
  const list = await CaseListPage.open(page);
  await list.search('muller');
  const search = new SearchPage(page);
  await expect(search.heading).toBeVisible();
  await expect(search.resultCount).toHaveText('2 Treffer für „muller“');
  const journalHit = search.resultsOf(muller.code).filter({ hasText: 'Fundstelle: Verlauf' });
  await expect(journalHit).toContainText('Bewerbung bei der Bäckerei');
  await expect(journalHit.locator('mark')).toHaveText(['Müller']);
  await expect(search.resultsOf(muller.code).filter({ hasText: 'Fundstelle: Falldaten' })).toHaveCount(1);
  await expect(search.resultsOf(haidari.code)).toHaveCount(0);
  // The snippet is text, never markup: no control characters, no HTML.
  const snippetHtml = await journalHit.locator('.snippet').innerHTML();
  expect(snippetHtml).not.toContain('\u0002');
  expect(snippetHtml).not.toContain('\u0003');
  await bench.checkScreen('search-results');

  // Prefix search, and a query without hits explains what to try.
  await search.search('werkst');
  await expect(search.resultsOf(haidari.code).locator('mark')).toHaveText(['Werkstatt']);
  await search.search('Zahnarzt');
  await expect(search.resultCount).toHaveText('Keine Treffer für „Zahnarzt“.');
  await expect(page.getByText('Tipp: Ein Wortanfang genügt')).toBeVisible();
  await bench.checkScreen('search-no-results');

  await search.search('bäckerei');
  const link = search.resultsOf(muller.code).first().getByRole('link');
  await link.focus();
  const before = bench.calls.length;
  await page.keyboard.press('Enter');
  await expect(search.heading).toBeHidden();
  await expect.poll(() => bench.calls.slice(before)).toContain('cases:get');
});

test('Strg+F and "/" lead to the search field', async ({ page, bench }) => {
  await seedNotes(bench);
  await bench.open();
  const list = await CaseListPage.open(page);
  await expect(list.heading).toBeVisible();
  await page.getByRole('main').getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('/');
  await expect(list.searchInput).toBeFocused();

  await new MainLayout(page).open('Fristen');
  await page.keyboard.press('Control+f');
  const search = new SearchPage(page);
  await expect(search.heading).toBeVisible();
  await expect(search.searchInput).toBeFocused();
  await expect(page.getByText('Tastenkürzel: Strg+F oder /')).toBeVisible();
  await page.keyboard.type('jobcenter');
  await page.keyboard.press('Enter');
  await expect(search.resultCount).toHaveText('1 Treffer für „jobcenter“');
});

test('privacy mode masks the person’s name in journal snippets and hides case-data snippets', async ({ page, bench }) => {
  const { muller } = await seedNotes(bench);
  await bench.open();
  const list = await CaseListPage.open(page);
  await expect(list.heading).toBeVisible();
  await page.keyboard.press('Control+Shift+P');
  await list.search('muller');
  const search = new SearchPage(page);
  await expect(search.privacyNote).toBeVisible();
  await expect(search.resultCount).toHaveText('2 Treffer');
  const journalHit = search.resultsOf(muller.code).filter({ hasText: 'Fundstelle: Verlauf' });
  await expect(journalHit.locator('mark')).toHaveText(['[Name]']);
  await expect(journalHit).toContainText('Bewerbung bei der Bäckerei');
  await expect(search.resultsOf(muller.code).filter({ hasText: 'Fundstelle: Falldaten' })).toContainText('Ausschnitt verborgen');
  const text = (await page.locator('body').innerText()).toLowerCase();
  for (const name of ['müller', 'ayşe', 'haidari', 'ahmad']) expect(text).not.toContain(name);
  await bench.checkScreen('search-privacy');
});
