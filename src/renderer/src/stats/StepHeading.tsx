import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The h2 of a step. It takes the focus when the step appears, so keyboard and screen-reader users
 * continue at the new content instead of on a button that is gone.
 */
export function StepHeading({ children, id, isFocused = true }: { children: ReactNode; id?: string; isFocused?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (isFocused) ref.current?.focus();
    // Only when the step appears, not on later renders.
  }, []);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} className="stats-step-heading">
      {children}
    </h2>
  );
}
