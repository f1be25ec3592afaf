/** Ctrl+N (Cmd+N): new journal entry; `code` keeps it working on non-Latin keyboard layouts. */
export function isQuickEntryShortcut(event: KeyboardEvent): boolean {
  const isN = event.code === 'KeyN' || event.key.toLowerCase() === 'n';
  return isN && (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey;
}
