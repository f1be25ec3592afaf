import { daysBetween, type IsoDate } from '@shared/kernel/dates';
import type { MessageKey } from '@shared/i18n';
import type { BadgeTone } from '../ui/StateBadge';

/** How urgent a due date is, in words: the key, its parameters and the badge tone. */
export function dueStateOf(dueOn: IsoDate, today: IsoDate): { key: MessageKey; days: number; tone: BadgeTone } {
  const days = daysBetween(today, dueOn);
  if (days < -1) return { key: 'deadlines.state.overdueMany', days: -days, tone: 'alert' };
  if (days === -1) return { key: 'deadlines.state.overdueOne', days: 1, tone: 'alert' };
  if (days === 0) return { key: 'deadlines.state.today', days: 0, tone: 'warning' };
  if (days === 1) return { key: 'deadlines.state.tomorrow', days: 1, tone: 'warning' };
  return { key: 'deadlines.state.inDays', days, tone: days <= 7 ? 'warning' : 'info' };
}
