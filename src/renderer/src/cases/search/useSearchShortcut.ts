import { useEffect } from 'react';
import { isControlShortcut } from '../../kernel/keyboard';
import type { Route } from '../../kernel/navigation';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Strg+F (Cmd+F) anywhere, or "/" when the keyboard is not in a text field, goes to the full-text
 * search: the search box of the current screen when it has one, else the search page. Electron
 * has no find-in-page of its own here, so Strg+F is free for this.
 */
export function useSearchShortcut(navigate: (route: Route) => void): void {
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      const isFind = isControlShortcut(event, 'f');
      const isSlash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTextEntry(event.target);
      if (!isFind && !isSlash) return;
      // A modal dialog keeps the keyboard to itself.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      const field = document.querySelector<HTMLInputElement>('[data-search-field]');
      if (field) {
        field.focus();
        field.select();
      } else {
        navigate({ page: 'search', query: '' });
      }
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [navigate]);
}
