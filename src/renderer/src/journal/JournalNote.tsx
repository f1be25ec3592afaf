import { usePrivacyMode } from '../ui/privacyMode';
import { maskNames } from '../ui/privacyMode/maskNames';

/**
 * A note as written; in privacy mode the person's names are masked in it too, so a note that says
 * "Frau Haddad kam pünktlich" shows no name on a shared screen.
 */
export function JournalNote({ text, names, isShort = false }: { text: string; names: readonly string[]; isShort?: boolean }) {
  const { isPrivate } = usePrivacyMode();
  const shown = isPrivate ? maskNames(text, names) : text;
  if (shown.trim() === '') return null;
  return <p className={isShort ? 'journal-note journal-note-short' : 'journal-note'}>{shown}</p>;
}
