import type { ReactNode } from 'react';

/** One fact: what it is (the term) and its value; `null` leaves a fact out. */
export type Fact = readonly [term: string, value: ReactNode] | null;

/**
 * Facts as a description list, each term with its value in a group of its own (the groups are
 * what the layout places side by side).
 */
export function FactList({ facts, className = 'fact-list' }: { facts: readonly Fact[]; className?: string }) {
  return (
    <dl className={className}>
      {facts.map((fact) =>
        fact ? (
          <div key={fact[0]}>
            <dt>{fact[0]}</dt>
            <dd>{fact[1]}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
