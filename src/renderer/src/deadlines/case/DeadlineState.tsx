import { classifyDeadline } from '@shared/deadlines/rules';
import { daysBetween, todayIn } from '@shared/kernel/dates';
import type { DeadlineBucket } from '@shared/kernel/vocabulary';
import { useT } from '../../kernel/i18n';
import { displayDate } from '../../ui/dates';

const ICON: Record<DeadlineBucket, string> = { overdue: '✕', thisWeek: '!', next30Days: '◷', later: '·' };

/** A due date with its urgency in words and an icon ("überfällig seit 3 Tagen"), never colour alone. */
export function DeadlineState({ dueOn }: { dueOn: string }) {
  const t = useT();
  const today = todayIn(new Date());
  const bucket = classifyDeadline(dueOn, today);
  const days = daysBetween(today, dueOn);
  const text =
    bucket === 'overdue'
      ? t('caseDetail.dueOverdue', { date: displayDate(dueOn), days: -days })
      : days === 0
        ? t('caseDetail.dueToday', { date: displayDate(dueOn) })
        : t('caseDetail.dueIn', { date: displayDate(dueOn), days });
  return (
    <span className={`deadline-state deadline-state-${bucket}`}>
      <span className="validity-icon" aria-hidden="true">
        {ICON[bucket]}
      </span>
      {text}
    </span>
  );
}
