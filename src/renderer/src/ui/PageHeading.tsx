import type { ReactNode } from 'react';

/**
 * The page's h1. It can take focus (tabIndex -1, not in the tab order) so that after navigation the
 * screen reader starts reading at the new page, not at the link that was clicked.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
