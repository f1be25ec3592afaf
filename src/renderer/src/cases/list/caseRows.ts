import type { CaseSummary } from '@shared/cases/domain';
import { addDays, compareDates, type IsoDate } from '@shared/kernel/dates';
import { DEFAULT_DEADLINE_SETTINGS } from '@shared/deadlines/rules';
import type { DeadlineBucket, Phase, ResidenceStatus } from '@shared/kernel/vocabulary';
import { foldText } from '../../ui/privacyMode/maskNames';

/** Whether the current residence document is still valid — shown with an icon and words, not colour. */
export type StatusValidity = 'expired' | 'expiring' | 'valid' | 'noExpiry' | 'none';
/** The bucket of the next open deadline, as on the Fristen dashboard, or `none`. */
export type DeadlineState = DeadlineBucket | 'none';

export interface CaseRow extends CaseSummary {
  statusValidity: StatusValidity;
  deadlineState: DeadlineState;
  isClosed: boolean;
}

/**
 * "Läuft bald ab" uses the same lead time the core uses for the expiry deadline, so the list and
 * the Fristen dashboard start warning on the same day.
 */
const EXPIRING_DAYS = DEFAULT_DEADLINE_SETTINGS.expiryLeadDays;

export function statusValidityOf(summary: Pick<CaseSummary, 'currentStatus' | 'currentStatusUntil'>, today: IsoDate): StatusValidity {
  if (!summary.currentStatus) return 'none';
  const until = summary.currentStatusUntil;
  if (!until) return 'noExpiry';
  if (compareDates(until, today) < 0) return 'expired';
  if (compareDates(until, addDays(today, EXPIRING_DAYS)) <= 0) return 'expiring';
  return 'valid';
}

/** Age and deadline bucket come from the core (its clock); only the status validity is derived here. */
export function toCaseRow(summary: CaseSummary, today: IsoDate): CaseRow {
  return {
    ...summary,
    statusValidity: statusValidityOf(summary, today),
    deadlineState: summary.nextDeadlineBucket ?? 'none',
    isClosed: summary.closedOn !== null,
  };
}

const searchTexts = new WeakMap<CaseRow, string>();

/**
 * Folded code, names (also as in the document) and counsellor: what the quick filter looks in.
 * Folded the first time the filter needs a row, not for every row when the list loads — at 50,000
 * cases folding every row took ~0.6 s before the first screen of rows could be painted.
 */
function searchTextOf(row: CaseRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    text = foldText(
      [row.code, row.familyName, row.givenNames, row.documentFamilyName, row.documentGivenNames, row.counsellorName]
        .filter(Boolean)
        .join(' '),
    );
    searchTexts.set(row, text);
  }
  return text;
}

export type OpenState = 'open' | 'closed' | 'all';

export interface CaseFilters {
  status: ResidenceStatus | 'none' | 'all';
  phase: Phase | 'all';
  counsellorId: string;
  deadlineState: DeadlineState | 'all';
  openState: OpenState;
}

export const NO_FILTERS: CaseFilters = { status: 'all', phase: 'all', counsellorId: 'all', deadlineState: 'all', openState: 'open' };

export function countActiveFilters(filters: CaseFilters): number {
  return (Object.keys(NO_FILTERS) as (keyof CaseFilters)[]).filter((key) => filters[key] !== NO_FILTERS[key]).length;
}

/**
 * The rows that pass every filter and contain every word of the quick filter (in any order, each
 * as part of the code, a name or the counsellor's name). The quick filter matches names in privacy
 * mode too — the counsellor can still find the person sitting opposite — but the screen then shows
 * only codes, so nothing on it reveals the name.
 */
export function filterCaseRows(rows: readonly CaseRow[], filters: CaseFilters, quickFilter: string): CaseRow[] {
  const words = foldText(quickFilter).split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (filters.openState === 'all' || (filters.openState === 'closed') === row.isClosed) &&
      (filters.status === 'all' || (row.currentStatus ?? 'none') === filters.status) &&
      (filters.phase === 'all' || row.phase === filters.phase) &&
      (filters.counsellorId === 'all' || row.counsellorId === filters.counsellorId) &&
      (filters.deadlineState === 'all' || row.deadlineState === filters.deadlineState) &&
      (words.length === 0 || words.every((word) => searchTextOf(row).includes(word))),
  );
}
