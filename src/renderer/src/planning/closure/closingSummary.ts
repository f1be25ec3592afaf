import type { CaseDetail } from '@shared/cases/domain';
import type { CasePlan } from '@shared/planning/plan';
import { DERIVED_DEADLINE_KINDS, type DeadlineKind } from '@shared/kernel/vocabulary';

type Deadline = CaseDetail['deadlines'][number];

export interface ClosingSummary {
  /** Derived deadlines (expiry, renewal, 27th birthday …): closing ends them. */
  ending: Deadline[];
  /** Own appointments and tasks and consent expiries: they stay open, but leave the Fristen overview. */
  remaining: Deadline[];
  /** Goals still "offen" or "teilweise erreicht". */
  openGoals: CasePlan['goals'];
  /** Referrals whose result is still open. */
  openReferrals: CasePlan['referrals'];
}

const DERIVED: ReadonlySet<DeadlineKind> = new Set(DERIVED_DEADLINE_KINDS);

/** What closing the case leaves open and what it ends, as the core will do it (ClosureService). */
export function closingSummaryOf(detail: Pick<CaseDetail, 'deadlines'>, plan: Pick<CasePlan, 'goals' | 'referrals'>): ClosingSummary {
  const open = detail.deadlines.filter((deadline) => deadline.state === 'open');
  return {
    ending: open.filter((deadline) => DERIVED.has(deadline.kind)),
    remaining: open.filter((deadline) => !DERIVED.has(deadline.kind)),
    openGoals: plan.goals.filter((goal) => goal.status === 'open' || goal.status === 'partial'),
    openReferrals: plan.referrals.filter((referral) => referral.result === 'open'),
  };
}

export function isNothingOpen(summary: ClosingSummary): boolean {
  return summary.remaining.length + summary.openGoals.length + summary.openReferrals.length === 0;
}
