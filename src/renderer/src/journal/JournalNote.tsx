import { usePrivacy } from '../privacy';
import { maskNames } from '../privacy/maskNames';

/**
 * A note as written; in privacy mode the person's names are masked in it too, so a note that says
 * "Frau Haddad kam pünktlich" shows no name on a shared screen.
 */
export function JournalNote({ text, names, isShort = false }: { text: string; names: readonly string[]; isShort?: boolean }) {
  const { isPrivate } = usePrivacy();
  const shown = isPrivate ? maskNames(text, names) : text;
  if (shown.trim() === '') return null;
  return <p className={isShort ? 'journal-note journal-note-short' : 'journal-note'}>{shown}</p>;
}
