import { COUNTRIES, countryByCode } from '@shared/kernel/countries';
import type { Language } from '@shared/kernel/language';

/**
 * Country inputs show names (German or English) and store ISO codes. A typed name is matched
 * without regard to case and to surrounding spaces, in either language, or as the code itself, so
 * "syrien", "Syria" and "SY" all mean SY.
 */
const byName = new Map<string, string>();
for (const country of COUNTRIES) {
  const { code } = country;
  byName.set(country.de.toLocaleLowerCase('de'), code);
  byName.set(country.en.toLocaleLowerCase('de'), code);
  byName.set(country.code.toLocaleLowerCase('de'), code);
}

export function countryCodeFromName(text: string): string | null {
  const key = text.trim().toLocaleLowerCase('de');
  return key === '' ? null : (byName.get(key) ?? null);
}

export function countryName(code: string | null | undefined, language: Language): string {
  if (!code) return '';
  const country = countryByCode(code);
  return country ? country[language] : code;
}

/** All names of the language, sorted as a German phone book would (for the suggestion list). */
export function sortedCountryNames(language: Language): string[] {
  return COUNTRIES.map((country) => country[language]).sort((left, right) => left.localeCompare(right, language));
}
