import { daysBetween, todayIn } from '@shared/kernel/dates';
import { DEFAULT_DEADLINE_SETTINGS } from '@shared/deadlines/rules';
import type { ResidenceStatus } from '@shared/kernel/vocabulary';
import { useT } from '../../kernel/i18n';
import { displayDate } from '../../ui/dates';
import { useVocabularyLabel } from '../../ui/forms';

export type ValidityState = 'valid' | 'expiring' | 'expired' | 'open';

/** Expiring = inside the reminder lead time of the expiry deadline; expired = the day after "gültig bis". */
export function validityState(validUntil: string | null, today: string): ValidityState {
  if (!validUntil) return 'open';
  const days = daysBetween(today, validUntil);
  if (days < 0) return 'expired';
  if (days <= DEFAULT_DEADLINE_SETTINGS.expiryLeadDays) return 'expiring';
  return 'valid';
}

const ICON: Record<ValidityState, string> = { valid: '✓', expiring: '!', expired: '✕', open: '–' };

/**
 * The current residence status and how long it is valid, in words and with an icon — the state
 * never rests on colour alone.
 */
export function StatusValidity({
  status,
  validUntil,
  isUntilOnly = false,
}: {
  status: ResidenceStatus | null;
  validUntil: string | null;
  /** Only the validity (in the history table, where the status has its own column). */
  isUntilOnly?: boolean;
}) {
  const t = useT();
  const label = useVocabularyLabel();
  if (!status) {
    return <span className="status-validity status-validity-none">{t('caseDetail.noStatus')}</span>;
  }
  const today = todayIn(new Date());
  const state = validityState(validUntil, today);
  const days = validUntil ? daysBetween(today, validUntil) : 0;
  const until =
    state === 'open'
      ? t('caseDetail.noExpiry')
      : state === 'expired'
        ? t('caseDetail.expiredSince', { date: displayDate(validUntil), days: -days })
        : state === 'expiring'
          ? t('caseDetail.expiresIn', { date: displayDate(validUntil), days })
          : t('caseDetail.validUntil', { date: displayDate(validUntil) });
  return (
    <span className={`status-validity status-validity-${state}`}>
      {isUntilOnly ? null : <span className="status-validity-name">{label('residenceStatus', status)} </span>}
      <span className="status-validity-until">
        <span className="validity-icon" aria-hidden="true">
          {ICON[state]}
        </span>
        {until}
      </span>
    </span>
  );
}
