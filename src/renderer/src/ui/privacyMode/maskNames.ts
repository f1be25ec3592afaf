/**
 * Folding for matching, the same idea as the core's FTS tokenizer (`remove_diacritics 2`): lower
 * case, accents and umlaut dots removed, ß as ss — so "muller" finds "Müller" and "Ayse" "Ayşe".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of the names (family and given names, double names split), folded; single letters dropped. */
function nameTokens(names: readonly string[]): Set<string> {
  const tokens = new Set<string>();
  for (const name of names) {
    for (const match of name.matchAll(WORD)) {
      const folded = foldText(match[0]);
      if (folded.length >= 2) tokens.add(folded);
    }
  }
  return tokens;
}

/**
 * Replaces every word of `text` that is one of the `names` (or its German genitive, "Müllers") by
 * `replacement`. Matching ignores case and diacritics, so "MULLER" and "Müller" are both caught.
 * Privacy mode uses it wherever free text (search snippets, journal notes) may carry the name of
 * the person whose case is shown; only whole words are replaced, so "Alina" stays when the name is
 * "Ali". Names of other people in the text are not known here and stay as written.
 */
export function maskNames(text: string, names: readonly string[], replacement = '•••'): string {
  const tokens = nameTokens(names);
  if (tokens.size === 0) return text;
  return text.replace(WORD, (word) => {
    const folded = foldText(word);
    const isName = tokens.has(folded) || (folded.endsWith('s') && tokens.has(folded.slice(0, -1)));
    return isName ? replacement : word;
  });
}
