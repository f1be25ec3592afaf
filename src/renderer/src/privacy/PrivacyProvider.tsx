import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

interface PrivacyValue {
  /** True while names are hidden and only case codes show (shared offices, screen sharing). */
  isPrivate: boolean;
  toggle: () => void;
}

const PrivacyContext = createContext<PrivacyValue | null>(null);

/** Ctrl+Shift+P (Cmd+Shift+P); `code` keeps it working on non-Latin keyboard layouts. */
export function isPrivacyShortcut(event: KeyboardEvent): boolean {
  const isP = event.code === 'KeyP' || event.key.toLowerCase() === 'p';
  return isP && (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey;
}

export function PrivacyProvider({ children }: { children: ReactNode }) {
  const [isPrivate, setPrivate] = useState(false);
  const toggle = useCallback(() => setPrivate((value) => !value), []);
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (!isPrivacyShortcut(event)) return;
      event.preventDefault();
      toggle();
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [toggle]);
  const value = useMemo(() => ({ isPrivate, toggle }), [isPrivate, toggle]);
  return <PrivacyContext.Provider value={value}>{children}</PrivacyContext.Provider>;
}

export function usePrivacy(): PrivacyValue {
  const value = useContext(PrivacyContext);
  if (!value) throw new Error('usePrivacy outside PrivacyProvider');
  return value;
}
