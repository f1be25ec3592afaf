import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Route } from './route';

interface NavigationValue {
  route: Route;
  /** Goes to `next`; when a form on the current screen has unsaved changes, asks first. */
  navigate: (next: Route) => void;
  /** Registers a screen's "has unsaved changes" flag; returns the function that removes it. */
  registerGuard: (isDirty: () => boolean) => () => void;
}

/**
 * A navigation held back by unsaved changes. The kernel only keeps the state: the app renders the
 * question, so this layer stays free of screens.
 */
export interface PendingNavigation {
  /** Drops the unsaved input and goes where the person wanted to go. */
  discard: () => void;
  /** Stays on the screen with the input as it is. */
  stay: () => void;
}

const NavigationContext = createContext<NavigationValue | null>(null);
const PendingContext = createContext<PendingNavigation | null>(null);

export function NavigationProvider({ initial, children }: { initial: Route; children: ReactNode }) {
  const [route, setRoute] = useState<Route>(initial);
  const [pending, setPending] = useState<Route | null>(null);
  const guards = useRef(new Set<() => boolean>());

  const navigate = useCallback((next: Route) => {
    const isDirty = [...guards.current].some((check) => check());
    if (isDirty) setPending(next);
    else setRoute(next);
  }, []);

  const registerGuard = useCallback((isDirty: () => boolean) => {
    guards.current.add(isDirty);
    return () => {
      guards.current.delete(isDirty);
    };
  }, []);

  const value = useMemo(() => ({ route, navigate, registerGuard }), [route, navigate, registerGuard]);
  const question = useMemo<PendingNavigation | null>(
    () =>
      pending
        ? {
            discard: () => {
              guards.current.clear();
              setRoute(pending);
              setPending(null);
            },
            stay: () => setPending(null),
          }
        : null,
    [pending],
  );
  return (
    <NavigationContext.Provider value={value}>
      <PendingContext.Provider value={question}>{children}</PendingContext.Provider>
    </NavigationContext.Provider>
  );
}

export function useNavigation(): NavigationValue {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation outside NavigationProvider');
  return value;
}

/** The navigation waiting for an answer about unsaved changes, or null. */
export function usePendingNavigation(): PendingNavigation | null {
  return useContext(PendingContext);
}

/**
 * The unsaved-changes guard for a form: while `isDirty` is true, leaving the screen through the app
 * asks first. (Auto-lock still discards: an unattended screen must not keep personal data visible.)
 */
export function useUnsavedChangesGuard(isDirty: boolean): void {
  const { registerGuard } = useNavigation();
  const dirtyRef = useRef(isDirty);
  dirtyRef.current = isDirty;
  useEffect(() => registerGuard(() => dirtyRef.current), [registerGuard]);
}
