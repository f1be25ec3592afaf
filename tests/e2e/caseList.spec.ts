import { PEOPLE, expect, test } from './fixtures';
import { MainLayout, UnlockPage } from './pages';
import { CaseListPage } from './pages/CaseListPage';
import { tabTo } from './keyboard';
import { createCase, seedFourCases, setUpAndUnlock, SEEDED_PEOPLE } from './support/seedCases';

test('an empty list says what to do next and leads to a new case', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  await bench.open();
  const list = await CaseListPage.open(page);
  await expect(list.emptyState).toBeVisible();
  // What the form really requires (defect 6): names, gender, programme, access route; birth date optional.
  await expect(page.getByRole('main')).toContainText(
    'Pflichtangaben sind Familienname, Vornamen, Geschlecht, Programm und Zugangsweg; Aufnahmedatum und Phase sind schon vorbelegt.',
  );
  await expect(page.getByRole('main')).toContainText('Das Geburtsdatum und alle weiteren Angaben sind freiwillig');
  await bench.checkScreen('cases-empty');
  await page.getByRole('button', { name: 'Ersten Fall anlegen' }).click();
  await expect(list.emptyState).toBeHidden();
});

test('the list shows status validity and deadlines in words, sorts and filters', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  const { muller, haidari, tesfay, osman, closed } = await seedFourCases(bench);
  await bench.open();
  const list = await CaseListPage.open(page);
  await expect(list.rowCount).toHaveText('4 von 5 Fällen');
  await expect(list.grid).toHaveAttribute('aria-rowcount', '5');
  await expect(list.row(muller.code)).toContainText('Müller, Ayşe');
  await expect(list.row(muller.code)).toContainText('Duldung § 60a');
  await expect(list.row(muller.code)).toContainText('läuft bald ab');
  await expect(list.row(haidari.code)).toContainText('abgelaufen');
  await expect(list.row(haidari.code)).toContainText('überfällig');
  await expect(list.row(osman.code)).toContainText('nicht erfasst');
  await expect(list.row(closed.code)).toHaveCount(0);
  await bench.checkScreen('cases-list');

  // Sorting by click: by name ascending, then descending; aria-sort follows.
  await list.sortBy('Name');
  await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => list.visibleCodes()).toEqual([haidari.code, muller.code, osman.code, tesfay.code]);
  await list.sortBy('Name');
  await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending');
  await expect(list.columnHeader('Fallcode')).toHaveAttribute('aria-sort', 'none');
  await expect.poll(() => list.visibleCodes()).toEqual([tesfay.code, osman.code, muller.code, haidari.code]);
  // … and by keyboard: Enter on a header's button sorts by "Gültig bis", missing dates last.
  await list.columnHeader('Gültig bis').getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(list.columnHeader('Gültig bis')).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => list.visibleCodes()).toEqual([haidari.code, muller.code, tesfay.code, osman.code]);

  await list.filterByStatus('Duldung § 60a');
  await expect(list.rowCount).toHaveText('1 von 5 Fällen');
  await expect.poll(() => list.visibleCodes()).toEqual([muller.code]);
  await bench.checkScreen('cases-filtered');
  await list.resetFiltersButton.click();

  await list.filterByPhase('Hilfeplanung');
  await expect.poll(() => list.visibleCodes()).toEqual([tesfay.code]);
  await list.resetFiltersButton.click();

  // Müller's Duldung runs out in 5 days: its renewal (no Fiktionswirkung) was due six weeks before.
  await list.filterByDeadline('überfällig');
  await expect.poll(() => list.visibleCodes()).toEqual([haidari.code, muller.code]);
  await list.filterByDeadline('keine offene Frist');
  await expect.poll(() => list.visibleCodes()).toEqual([osman.code]);
  await list.resetFiltersButton.click();

  await list.filterByCounsellor(PEOPLE.counsellor.name);
  await expect(list.rowCount).toHaveText('4 von 5 Fällen');
  await list.showCases('abgeschlossene Fälle');
  await expect.poll(() => list.visibleCodes()).toEqual([closed.code]);
  await expect(list.row(closed.code)).toContainText('abgeschlossen');
  await list.showCases('alle Fälle');
  await expect(list.rowCount).toHaveText('5 von 5 Fällen');
  await list.resetFiltersButton.click();

  // Quick filter: diacritics folded, several words narrow down.
  await list.quickFilter('mull');
  await expect.poll(() => list.visibleCodes()).toEqual([muller.code]);
  await list.quickFilter('ahmad haid');
  await expect.poll(() => list.visibleCodes()).toEqual([haidari.code]);
  await list.quickFilter('niemand');
  await expect(list.noMatch).toBeVisible();
  await bench.checkScreen('cases-no-match');

  // Back to the code: the core's order again (the grid takes it as it comes), and reversed.
  await list.resetFiltersButton.click();
  await list.sortBy('Fallcode');
  await expect(list.columnHeader('Fallcode')).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => list.visibleCodes()).toEqual([muller.code, haidari.code, tesfay.code, osman.code]);
  await list.sortBy('Fallcode');
  await expect(list.columnHeader('Fallcode')).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => list.visibleCodes()).toEqual([osman.code, tesfay.code, haidari.code, muller.code]);
});

test('keyboard only: one tab stop, arrows move, Home/End jump, Enter opens the case', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  const { muller, haidari, tesfay, osman } = await seedFourCases(bench);
  await bench.open();
  const list = await CaseListPage.open(page);
  await expect(list.rows).toHaveCount(4);
  await tabTo(page, list.grid, { limit: 40 });
  expect(await list.activeCode()).toBe(muller.code);
  await page.keyboard.press('ArrowDown');
  expect(await list.activeCode()).toBe(haidari.code);
  await expect(list.row(haidari.code)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  expect(await list.activeCode()).toBe(osman.code);
  await page.keyboard.press('ArrowDown');
  expect(await list.activeCode()).toBe(osman.code);
  await page.keyboard.press('Home');
  expect(await list.activeCode()).toBe(muller.code);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await list.activeCode()).toBe(tesfay.code);
  await bench.checkScreen('cases-keyboard');
  const before = bench.calls.length;
  await page.keyboard.press('Enter');
  await expect(list.grid).toBeHidden();
  // The case screen asks the core for exactly this case.
  await expect.poll(() => bench.calls.slice(before)).toContain('cases:get');
});

test('5,000-row lists stay virtual: few rows in the DOM, End reaches the last one', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  const codes: string[] = [];
  for (let index = 0; index < 300; index += 1) codes.push((await createCase(bench, { familyName: `Person${index}` })).code);
  await bench.open();
  const list = await CaseListPage.open(page);
  await expect(list.grid).toHaveAttribute('aria-rowcount', '301');
  expect(await list.rows.count()).toBeLessThan(60);
  await list.focusGrid();
  await page.keyboard.press('End');
  await expect(list.row(codes.at(-1) ?? '')).toBeVisible();
  await expect(list.row(codes.at(-1) ?? '')).toHaveAttribute('aria-rowindex', '301');
  expect(await list.rows.count()).toBeLessThan(60);
});

test('the first screen is there before the whole list: the first open cases in code order, sorting waits', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  const codes: string[] = [];
  for (let index = 0; index < 70; index += 1) codes.push((await createCase(bench, { familyName: `Person${index}` })).code);
  // The whole list (no `first`) stays on its way until the test lets it go.
  const release = bench.holdCalls('cases:list', (payload) => (payload as { first?: number }).first === undefined);
  await bench.open();
  const list = await CaseListPage.open(page, { whole: false });
  await expect(list.row(codes[0] ?? '')).toBeVisible();
  await expect(list.grid).toHaveAttribute('aria-busy', 'true');
  await expect(list.grid).toHaveAttribute('aria-rowcount', '61');
  await expect(list.rowCount).toHaveText('Weitere Fälle werden geladen …');
  await expect(list.columnHeader('Name').getByRole('button')).toBeDisabled();
  expect(await list.visibleCodes()).toEqual(codes.slice(0, await list.rows.count()));
  await bench.checkScreen('cases-first-screen');

  release();
  await expect(list.rowCount).toHaveText('70 von 70 Fällen');
  await expect(list.grid).toHaveAttribute('aria-busy', 'false');
  await expect(list.grid).toHaveAttribute('aria-rowcount', '71');
  await list.sortBy('Name');
  await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending');
});

test('the column choice and the sort order are stored through the core and survive a lock', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  await seedFourCases(bench);
  await bench.open();
  const list = await CaseListPage.open(page);
  await expect(list.rows).toHaveCount(4);
  await list.setColumnVisible('Programm', true);
  await list.setColumnVisible('Phase', false);
  await expect.poll(() => list.columnLabels()).toEqual(['Fallcode', 'Name', 'Status', 'Gültig bis', 'Nächste Frist', 'Programm']);
  await expect(page.getByRole('checkbox', { name: 'Fallcode' })).toBeDisabled();
  await bench.checkScreen('cases-columns');
  await page.keyboard.press('Escape');
  await expect(list.columnsButton).toHaveAttribute('aria-expanded', 'false');
  await expect(list.columnsButton).toBeFocused();
  await list.sortBy('Name');
  await list.sortBy('Name');
  await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending');
  expect(bench.calls).toContain('prefs:set');

  await new MainLayout(page).lockButton.click();
  await new UnlockPage(page).unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  await CaseListPage.open(page);
  await expect(list.rows).toHaveCount(4);
  await expect.poll(() => list.columnLabels()).toEqual(['Fallcode', 'Name', 'Status', 'Gültig bis', 'Nächste Frist', 'Programm']);
  await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending');
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
});

test('privacy mode shows codes only on the list, the Fristen dashboard and the search', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  const { muller, haidari } = await seedFourCases(bench);
  await bench.open();
  const list = await CaseListPage.open(page);
  await expect(list.row(muller.code)).toContainText('Müller');
  await page.keyboard.press('Control+Shift+P');
  const names = [...SEEDED_PEOPLE.flatMap((person) => [person.familyName, ...person.givenNames.split(' ')]), 'Rahimi', 'Farid'];
  const expectNoNames = async () => {
    const text = (await page.locator('body').innerText()).toLocaleLowerCase('de');
    for (const name of names) expect(text, `"${name}" on screen in privacy mode`).not.toContain(name.toLocaleLowerCase('de'));
  };
  await expect(list.row(muller.code)).toContainText('Name verborgen');
  await expectNoNames();
  await expect(page.getByText('auch nach Namen, die verborgen bleiben')).toBeVisible();
  // The quick filter still finds by name, but shows only the code.
  await list.quickFilter('haidari');
  await expect.poll(() => list.visibleCodes()).toEqual([haidari.code]);
  await expectNoNames();
  await bench.checkScreen('cases-privacy');

  const layout = new MainLayout(page);
  await layout.open('Fristen');
  await expect(page.locator('li.deadline-item').first()).toBeVisible();
  await expectNoNames();
  await bench.checkScreen('deadlines-privacy');

  await layout.open('Fälle');
  await list.search('müller');
  await expect(page.locator('li.search-result').first()).toBeVisible();
  await expectNoNames();
});

/** Rows of the grid that are wholly inside the window and inside the grid's own scroll area. */
async function fullyVisibleRows(list: CaseListPage): Promise<number> {
  return list.grid.evaluate((grid) => {
    const area = grid.parentElement?.getBoundingClientRect();
    if (!area) return 0;
    const bottom = Math.min(area.bottom, window.innerHeight);
    return [...grid.querySelectorAll('[role="row"][data-code]')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= area.top && box.bottom <= bottom + 0.5 && box.height > 0;
    }).length;
  });
}

/** Whether anything scrolls sideways: the page, or the grid with the default columns. */
async function scrollsSideways(list: CaseListPage): Promise<boolean> {
  return list.grid.evaluate((grid) => {
    const area = grid.parentElement;
    const page = document.documentElement;
    return (area ? area.scrollWidth > area.clientWidth + 1 : true) || page.scrollWidth > page.clientWidth + 1;
  });
}

for (const { width, height, atLeast } of [
  { width: 1280, height: 800, atLeast: 15 },
  { width: 1024, height: 768, atLeast: 10 },
]) {
  test(`the list is the work surface at ${width}×${height}: at least ${atLeast} rows without scrolling, no sideways scrolling`, async ({
    page,
    bench,
  }) => {
    await page.setViewportSize({ width, height });
    await setUpAndUnlock(bench);
    for (let index = 0; index < 40; index += 1) await createCase(bench, { familyName: `Arslan-Yılmaz${index}`, givenNames: 'Amal Fatima' });
    await bench.open();
    const list = await CaseListPage.open(page);
    await expect(list.rowCount).toHaveText('40 von 40 Fällen');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await fullyVisibleRows(list)).toBeGreaterThanOrEqual(atLeast);
    expect(await scrollsSideways(list)).toBe(false);
    await bench.checkScreen(`cases-work-surface-${width}`);

    // Compact: more rows still, and the choice is the user's (stored through the core).
    await list.compactButton.click();
    await expect(list.compactButton).toHaveAttribute('aria-pressed', 'true');
    expect(await fullyVisibleRows(list)).toBeGreaterThanOrEqual(Math.floor(atLeast * 1.25));
    expect(await scrollsSideways(list)).toBe(false);
    await bench.checkScreen(`cases-compact-${width}`);
  });
}

test('one search field: typing filters the list, Enter searches every note; the density is remembered per user', async ({
  page,
  bench,
}) => {
  await setUpAndUnlock(bench);
  const { muller, haidari, tesfay, osman } = await seedFourCases(bench);
  await bench.open();
  const list = await CaseListPage.open(page);
  await expect(list.searchInput).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveCount(1);
  await page.keyboard.press('Control+f');
  await expect(list.searchInput).toBeFocused();
  await page.keyboard.type('haid');
  await expect.poll(() => list.visibleCodes()).toEqual([haidari.code]);
  await expect(list.rowCount).toHaveText('1 von 5 Fällen');
  // The filter panel is folded away until asked for; the active filters count on its button.
  await expect(page.getByRole('group', { name: 'Filter' })).toBeHidden();
  await list.filterByPhase('Assessment (Clearing)');
  await expect(list.filtersButton).toContainText('1 aktiv');
  await list.resetFiltersButton.click();
  await expect(list.searchInput).toHaveValue('');
  await expect.poll(() => list.visibleCodes()).toEqual([muller.code, haidari.code, tesfay.code, osman.code]);

  await list.search('Müller');
  await expect(page.getByRole('heading', { level: 1, name: 'Suche' })).toBeVisible();
  await expect(page.locator('li.search-result').first()).toBeVisible();

  await CaseListPage.open(page);
  await list.compactButton.click();
  await expect(list.grid).toHaveClass(/case-grid-compact/);
  await expect.poll(() => bench.calls.filter((call) => call === 'prefs:set').length).toBeGreaterThan(0);
  await new MainLayout(page).lockButton.click();
  await new UnlockPage(page).unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  await CaseListPage.open(page);
  await expect(list.compactButton).toHaveAttribute('aria-pressed', 'true');
  await expect(list.grid).toHaveClass(/case-grid-compact/);
});
