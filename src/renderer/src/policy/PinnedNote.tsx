import { useT } from '../kernel/i18n';
import { StateBadge } from '../ui/StateBadge';

/** „von Ihrer Organisation festgelegt“ next to a value the machine policy pins (or „… abgeschaltet“). */
export function PinnedNote({ id, kind = 'pinned' }: { id?: string; kind?: 'pinned' | 'off' }) {
  const t = useT();
  return (
    <span className="pinned-note" id={id}>
      <StateBadge tone="info">{t(kind === 'off' ? 'policy.off' : 'policy.pinned')}</StateBadge>
    </span>
  );
}
