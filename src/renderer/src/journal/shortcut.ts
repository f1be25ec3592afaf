import { isControlShortcut } from '../kernel/keyboard';

/** Ctrl+N (Cmd+N): new journal entry. */
export function isQuickEntryShortcut(event: KeyboardEvent): boolean {
  return isControlShortcut(event, 'n');
}
