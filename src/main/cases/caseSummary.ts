import type { CaseSummary, CaseSummaryRow } from '@shared/domain/cases';
import { ageOn, type IsoDate } from '@shared/domain/dates';
import { classifyDeadline } from '@shared/domain/deadlineRules';

/** What the case list needs beyond the query row, derived with the core's today (no extra query). */
export function summarizeCase(row: CaseSummaryRow, today: IsoDate): CaseSummary {
  return {
    ...row,
    nextDeadlineBucket: row.nextDeadlineOn === null ? null : classifyDeadline(row.nextDeadlineOn, today),
    age: row.birthDate === null ? null : ageOn(row.birthDate, today),
  };
}
