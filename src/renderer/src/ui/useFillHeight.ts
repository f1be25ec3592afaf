import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import { remInPixels, setElementStyle } from './setElementStyle';

/**
 * Makes a scroll area reach down to the bottom of the window, leaving room for `below` (what follows
 * it, e.g. a line of hints) and `bottomRem`, and never lower than `minRem`. It follows window
 * resizes; `dependencies` name what moves it (a panel opened above it). Returns the element's ref.
 */
export function useFillHeight(
  { bottomRem, minRem, below }: { bottomRem: number; minRem: number; below?: RefObject<HTMLElement | null> },
  dependencies: readonly unknown[],
): (element: HTMLElement | null) => void {
  const element = useRef<HTMLElement | null>(null);
  const fit = useCallback(() => {
    const target = element.current;
    if (!target) return;
    const rem = remInPixels();
    const top = target.getBoundingClientRect().top + window.scrollY;
    const reserved = (below?.current?.getBoundingClientRect().height ?? 0) + bottomRem * rem;
    const height = Math.max(minRem * rem, window.innerHeight - top - reserved);
    setElementStyle(target, { height: `${Math.floor(height)}px` });
  }, [bottomRem, minRem, below]);

  useLayoutEffect(() => {
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
    // The caller's dependencies are what moves the element; `fit` itself is stable per figures.
  }, [fit, ...dependencies]);

  return useCallback(
    (next: HTMLElement | null) => {
      element.current = next;
      fit();
    },
    [fit],
  );
}
