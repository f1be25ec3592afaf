import type { ConsentState } from '@shared/privacy/consent';
import { useT } from '../../kernel/i18n';

const ICON: Record<ConsentState | 'none', string> = { valid: '✓', notYetValid: '…', expired: '!', withdrawn: '✕', none: '–' };

/** The state of a consent in words with an icon — never colour alone. */
export function ConsentStateBadge({ state }: { state: ConsentState | 'none' }) {
  const t = useT();
  return (
    <span className={`consent-state consent-state-${state}`}>
      <span className="consent-state-icon" aria-hidden="true">
        {ICON[state]}
      </span>
      {t(`consent.state.${state}`)}
    </span>
  );
}
