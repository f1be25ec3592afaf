import { foldText } from '../ui/privacyMode/maskNames';

/** Where an entry of the palette belongs: a case, a screen, or an action. */
export type PaletteGroup = 'cases' | 'pages' | 'actions';

export interface PaletteEntry {
  id: string;
  group: PaletteGroup;
  /** What the entry is matched by (folded): the code and names of a case, the words of a screen or action. */
  searchText: string;
}

/** At most this many cases show at once: the palette jumps, it does not replace the list. */
export const MAX_CASES = 8;

/**
 * The entries that contain every typed word (any order, code, names or words of a label; umlauts
 * and accents ignored), cases first and capped, then screens, then actions. With nothing typed the
 * screens and actions show, no cases.
 */
export function matchEntries<E extends PaletteEntry>(entries: readonly E[], query: string): E[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const matches = entries.filter((entry) => words.every((word) => entry.searchText.includes(word)));
  const cases = words.length === 0 ? [] : matches.filter((entry) => entry.group === 'cases').slice(0, MAX_CASES);
  return [...cases, ...matches.filter((entry) => entry.group === 'pages'), ...matches.filter((entry) => entry.group === 'actions')];
}

export function searchTextOf(...parts: readonly string[]): string {
  return foldText(parts.join(' '));
}
