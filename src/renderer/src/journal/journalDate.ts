import type { JournalEntry } from '@shared/journal/domain';
import type { MessageKey } from '@shared/i18n';
import type { ErrorParams } from '@shared/kernel/result';
import { displayDate } from '../ui/dates';

/** "20.11.2026" or, with a time of day, "20.11.2026, 14:30 Uhr". */
export function journalDate(
  entry: Pick<JournalEntry, 'occurredOn' | 'occurredTime'>,
  t: (key: MessageKey, params?: ErrorParams) => string,
): string {
  const date = displayDate(entry.occurredOn);
  return entry.occurredTime ? `${date}, ${t('journal.atTime', { time: entry.occurredTime })}` : date;
}
