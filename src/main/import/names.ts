import type { NameOrder } from '@shared/import/domain';

export type NameSplit = { ok: true; familyName: string; givenNames: string } | { ok: false };

function isUpperWord(word: string): boolean {
  return /\p{L}/u.test(word) && word === word.toLocaleUpperCase('de') && word !== word.toLocaleLowerCase('de') && word.length > 1;
}

/**
 * Splits a combined name column. "Haddad, Rami" is always family name first (the comma says so);
 * "HADDAD Rami" takes the words in capitals as the family name, as documents print it; otherwise
 * the chosen order decides: given names first (the last word is the family name) or family name
 * first (the first word is). A single word cannot be split.
 */
export function splitName(text: string, order: NameOrder): NameSplit {
  const name = text.trim().replace(/\s+/g, ' ');
  const comma = name.indexOf(',');
  if (comma >= 0) {
    const familyName = name.slice(0, comma).trim();
    const givenNames = name
      .slice(comma + 1)
      .replace(/,/g, ' ')
      .trim()
      .replace(/\s+/g, ' ');
    return familyName && givenNames ? { ok: true, familyName, givenNames } : { ok: false };
  }
  const words = name.split(' ').filter((word) => word !== '');
  if (words.length < 2) return { ok: false };
  const upper = words.map(isUpperWord);
  const upperCount = upper.filter(Boolean).length;
  if (upperCount > 0 && upperCount < words.length) {
    const firstUpper = upper.indexOf(true);
    const lastUpper = upper.lastIndexOf(true);
    // Only a contiguous block of capitals at the start or the end is read as the family name.
    const contiguous = upper.slice(firstUpper, lastUpper + 1).every(Boolean);
    if (contiguous && (firstUpper === 0 || lastUpper === words.length - 1)) {
      return {
        ok: true,
        familyName: words.slice(firstUpper, lastUpper + 1).join(' '),
        givenNames: words.filter((_word, index) => index < firstUpper || index > lastUpper).join(' '),
      };
    }
  }
  if (order === 'familyFirst') return { ok: true, familyName: words[0] ?? '', givenNames: words.slice(1).join(' ') };
  return { ok: true, familyName: words.at(-1) ?? '', givenNames: words.slice(0, -1).join(' ') };
}
