/** The markers the core puts around each match in a snippet (FTS5 `snippet()`, see searchIndex). */
const MATCH_START = '\u0002';
const MATCH_END = '\u0003';

export interface SnippetPart {
  text: string;
  isMatch: boolean;
}

/**
 * Splits a snippet into plain and matched parts, so the screen builds `<mark>` elements from text
 * and never parses HTML. Stray or unbalanced markers never reach the screen: they are dropped, and
 * text after an unclosed start marker counts as a match.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let isMatch = false;
  let current = '';
  const flush = () => {
    if (current) parts.push({ text: current, isMatch });
    current = '';
  };
  for (const character of snippet) {
    if (character === MATCH_START || character === MATCH_END) {
      flush();
      isMatch = character === MATCH_START;
    } else {
      current += character;
    }
  }
  flush();
  return parts;
}
