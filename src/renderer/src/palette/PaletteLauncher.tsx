import { useEffect, useState } from 'react';
import { useT } from '../kernel/i18n';
import { isControlShortcut } from '../kernel/keyboard';
import { CommandPalette } from './CommandPalette';
import type { PalettePage } from './usePaletteEntries';

/**
 * The palette's button (for the mouse, with its shortcut in sight) and Strg+K from anywhere. A modal
 * dialog that is already open keeps the keyboard: Strg+K does nothing there.
 */
export function PaletteLauncher({ pages }: { pages: readonly PalettePage[] }) {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (!isControlShortcut(event, 'k')) return;
      event.preventDefault();
      if (document.querySelector('dialog[open]')) return;
      setOpen(true);
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, []);
  return (
    <div className="nav-action">
      <button type="button" className="button button-quiet palette-button" aria-keyshortcuts="Control+K" onClick={() => setOpen(true)}>
        <span className="palette-button-label">{t('palette.button')}</span>
        <kbd className="shortcut" aria-hidden="true">
          {t('palette.shortcut')}
        </kbd>
      </button>
      {isOpen ? <CommandPalette pages={pages} onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
