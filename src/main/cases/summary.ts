import type { CaseSummary, CaseSummaryRow } from '@shared/cases/domain';
import { ageOn, type IsoDate } from '@shared/kernel/dates';
import { classifyDeadline } from '@shared/deadlines/rules';

/** What the case list needs beyond the query row, derived with the core's today (no extra query). */
export function summarizeCase(row: CaseSummaryRow, today: IsoDate): CaseSummary {
  return {
    ...row,
    nextDeadlineBucket: row.nextDeadlineOn === null ? null : classifyDeadline(row.nextDeadlineOn, today),
    age: row.birthDate === null ? null : ageOn(row.birthDate, today),
  };
}
