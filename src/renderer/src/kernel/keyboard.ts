/**
 * Ctrl+letter (Cmd+letter on a Mac keyboard), with Shift only when asked for, never with Alt.
 * `code` keeps the app's shortcuts working on non-Latin keyboard layouts, where `key` is another letter.
 */
export function isControlShortcut(event: KeyboardEvent, letter: string, { withShift = false }: { withShift?: boolean } = {}): boolean {
  const isLetter = event.code === `Key${letter.toUpperCase()}` || event.key.toLowerCase() === letter;
  return isLetter && (event.ctrlKey || event.metaKey) && event.shiftKey === withShift && !event.altKey;
}
