/** Passphrase rules shared by the core (which enforces them) and the UI (which explains them). */
export const MIN_PASSPHRASE_LENGTH = 12;

export type PassphraseStrength = 'tooShort' | 'weak' | 'fair' | 'strong';

/**
 * A rough strength hint, not a gate beyond the minimum length: length counts most, then variety of
 * character classes; repeated characters and a single class are penalised.
 */
export function ratePassphrase(passphrase: string): PassphraseStrength {
  const characters = [...passphrase];
  if (characters.length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  const classes = [/[a-zäöüß]/u, /[A-ZÄÖÜ]/u, /[0-9]/u, /[^A-Za-z0-9äöüßÄÖÜ]/u].filter((pattern) => pattern.test(passphrase)).length;
  const distinct = new Set(characters.map((character) => character.toLowerCase())).size;
  if (distinct < 6) return 'weak';
  const score = characters.length + classes * 3 + (passphrase.includes(' ') ? 4 : 0);
  if (score >= 28) return 'strong';
  if (score >= 20) return 'fair';
  return 'weak';
}
