import fc from 'fast-check';
import { expect, test } from 'vitest';
import { MAX_CASES, matchEntries, searchTextOf, type PaletteEntry } from '../../../src/renderer/src/palette/paletteItems';

const entries: PaletteEntry[] = [
  { id: 'case-1', group: 'cases', searchText: searchTextOf('FB-2026-0001', 'Müller', 'Ayşe') },
  { id: 'case-2', group: 'cases', searchText: searchTextOf('FB-2026-0002', 'Haidari', 'Ahmad Shah') },
  { id: 'page-cases', group: 'pages', searchText: searchTextOf('Fälle', 'Seite öffnen') },
  { id: 'page-deadlines', group: 'pages', searchText: searchTextOf('Fristen', 'Seite öffnen') },
  { id: 'action-lock', group: 'actions', searchText: searchTextOf('Sperren') },
];

test('names match without diacritics and in any order; codes by any part; cases first, then pages, then actions', () => {
  expect(matchEntries(entries, 'muller').map((entry) => entry.id)).toEqual(['case-1']);
  expect(matchEntries(entries, 'ayse MÜLL').map((entry) => entry.id)).toEqual(['case-1']);
  expect(matchEntries(entries, '0002').map((entry) => entry.id)).toEqual(['case-2']);
  expect(matchEntries(entries, 'falle').map((entry) => entry.id)).toEqual(['page-cases']);
  expect(matchEntries(entries, 'niemand')).toEqual([]);
  // Nothing typed: screens and actions, no cases.
  expect(matchEntries(entries, '  ').map((entry) => entry.id)).toEqual(['page-cases', 'page-deadlines', 'action-lock']);
});

test('every match contains every typed word, cases are capped, groups keep their order', () => {
  const many: PaletteEntry[] = Array.from({ length: 30 }, (_, index) => ({
    id: `case-${index}`,
    group: 'cases',
    searchText: searchTextOf(`FB-2026-${String(index).padStart(4, '0')}`, 'Beispiel'),
  }));
  fc.assert(
    fc.property(fc.array(fc.constantFrom('beispiel', 'fb', '2026', '00', '1', 'seite', 'sperren', 'x'), { maxLength: 3 }), (words) => {
      const query = words.join(' ');
      const found = matchEntries([...many, ...entries], query);
      for (const entry of found) for (const word of words) expect(entry.searchText).toContain(word);
      expect(found.filter((entry) => entry.group === 'cases').length).toBeLessThanOrEqual(MAX_CASES);
      const order = found.map((entry) => ['cases', 'pages', 'actions'].indexOf(entry.group));
      expect([...order].sort((left, right) => left - right)).toEqual(order);
    }),
  );
});
