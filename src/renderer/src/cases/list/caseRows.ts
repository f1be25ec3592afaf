import type { CaseSummary } from '@shared/cases/domain';
import { addDays, type IsoDate } from '@shared/kernel/dates';
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
  return validityAgainst(summary, today, addDays(today, EXPIRING_DAYS));
}

/** ISO dates (YYYY-MM-DD) order as strings, so no date is parsed per row. */
function validityAgainst(
  summary: Pick<CaseSummary, 'currentStatus' | 'currentStatusUntil'>,
  today: IsoDate,
  expiringUntil: IsoDate,
): StatusValidity {
  if (!summary.currentStatus) return 'none';
  const until = summary.currentStatusUntil;
  if (!until) return 'noExpiry';
  if (until < today) return 'expired';
  if (until <= expiringUntil) return 'expiring';
  return 'valid';
}

/**
 * The grid's rows, in the core's order. Age and deadline bucket come from the core (its clock);
 * only the status validity is derived here. Each row names its fields: at 50,000 cases
 * `{ ...summary }` cost ~0.4 s before the first paint, the named fields a small part of it.
 */
export function toCaseRows(summaries: readonly CaseSummary[], today: IsoDate): CaseRow[] {
  const expiringUntil = addDays(today, EXPIRING_DAYS);
  return summaries.map((summary) => toRow(summary, today, expiringUntil));
}

function toRow(summary: CaseSummary, today: IsoDate, expiringUntil: IsoDate): CaseRow {
  return {
    id: summary.id,
    code: summary.code,
    familyName: summary.familyName,
    givenNames: summary.givenNames,
    documentFamilyName: summary.documentFamilyName,
    documentGivenNames: summary.documentGivenNames,
    birthDate: summary.birthDate,
    phase: summary.phase,
    programme: summary.programme,
    counsellorId: summary.counsellorId,
    counsellorName: summary.counsellorName,
    currentStatus: summary.currentStatus,
    currentStatusUntil: summary.currentStatusUntil,
    nextDeadlineOn: summary.nextDeadlineOn,
    nextDeadlineBucket: summary.nextDeadlineBucket,
    age: summary.age,
    intakeDate: summary.intakeDate,
    closedOn: summary.closedOn,
    statusValidity: validityAgainst(summary, today, expiringUntil),
    deadlineState: summary.nextDeadlineBucket ?? 'none',
    isClosed: summary.closedOn !== null,
  };
}

const searchTexts = new WeakMap<CaseRow, string>();

/**
 * Folded code, names (also as in the document) and counsellor: what the quick filter looks in.
 * Folded the first time the filter needs a row or while the window is idle (`foldWhenIdle`), not for
 * every row when the list loads — at 50,000 cases folding every row took ~0.6 s before the first
 * screen of rows could be painted.
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

/** The window's idle callbacks (`requestIdleCallback`); a test hands in its own. */
export interface IdleScheduler {
  request: (work: (deadline: { timeRemaining: () => number }) => void) => number;
  cancel: (handle: number) => void;
}

const WINDOW_IDLE: IdleScheduler = {
  request: (work) => window.requestIdleCallback(work),
  cancel: (handle) => window.cancelIdleCallback(handle),
};

/**
 * Folds the rows' search texts while the window is idle, in slices that leave every frame free, once
 * the whole list is on the screen: at 50,000 cases the first quick-filter keystroke then no longer
 * folds every name at once (~0.6 s). Returns the function that stops it (new rows, page left).
 */
export function foldWhenIdle(rows: readonly CaseRow[], idle: IdleScheduler = WINDOW_IDLE): () => void {
  let next = 0;
  const work = (deadline: { timeRemaining: () => number }): void => {
    do {
      const row = rows[next];
      if (row) searchTextOf(row);
      next += 1;
    } while (next < rows.length && deadline.timeRemaining() > 1);
    if (next < rows.length) handle = idle.request(work);
  };
  let handle = idle.request(work);
  return () => idle.cancel(handle);
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
