import type { ReactNode } from 'react';
import './styles/textPieces.css';

export type BadgeTone = 'alert' | 'warning' | 'info' | 'done';

const ICON: Record<BadgeTone, string> = { alert: '!', warning: '⚠', info: 'i', done: '✓' };

/**
 * A state in words with an icon in front: the icon and the border are extra channels, the words
 * carry the meaning (never colour alone). The icon is hidden from screen readers.
 */
export function StateBadge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return (
    <span className={`state-badge state-badge-${tone}`}>
      <span className="state-badge-icon" aria-hidden="true">
        {ICON[tone]}
      </span>
      {children}
    </span>
  );
}
