import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isControlShortcut } from '../../kernel/keyboard';

interface PrivacyModeValue {
  /** True while names are hidden and only case codes show (shared offices, screen sharing). */
  isPrivate: boolean;
  toggle: () => void;
}

const PrivacyModeContext = createContext<PrivacyModeValue | null>(null);

/** Ctrl+Shift+P (Cmd+Shift+P). */
export function isPrivacyShortcut(event: KeyboardEvent): boolean {
  return isControlShortcut(event, 'p', { withShift: true });
}

/** `isAvailable` false (a supervisor, who sees no names): the mode stays off and the shortcut does nothing. */
export function PrivacyModeProvider({ children, isAvailable = true }: { children: ReactNode; isAvailable?: boolean }) {
  const [isPrivate, setPrivate] = useState(false);
  const toggle = useCallback(() => setPrivate((value) => !value), []);
  useEffect(() => {
    if (!isAvailable) return;
    function handleKeyDown(event: KeyboardEvent) {
      if (!isPrivacyShortcut(event)) return;
      event.preventDefault();
      toggle();
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [toggle, isAvailable]);
  const value = useMemo(() => ({ isPrivate, toggle }), [isPrivate, toggle]);
  return <PrivacyModeContext.Provider value={value}>{children}</PrivacyModeContext.Provider>;
}

export function usePrivacyMode(): PrivacyModeValue {
  const value = useContext(PrivacyModeContext);
  if (!value) throw new Error('usePrivacyMode outside PrivacyModeProvider');
  return value;
}
