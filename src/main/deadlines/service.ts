import { randomUUID } from 'node:crypto';
import { DASHBOARD_DEFAULT_LIMIT, type DashboardBucket, type DashboardDeadline } from '@shared/deadlines/domain';
import { deadlineBucketBounds } from '@shared/deadlines/rules';
import type { IsoDate } from '@shared/kernel/dates';
import { AppError, fieldError } from '../kernel/errors';
import type { Session } from '../session/session';
import { findDeadline, insertOwnDeadline, queryDashboard, resolveDeadline as storeResolution } from './repository';

export interface DeadlineDashboard {
  today: IsoDate;
  items: DashboardDeadline[];
  counts: Record<DashboardBucket | 'later', number>;
}

/**
 * The Fristen dashboard: capped rows of the three buckets and every bucket's size. "Mine" is the
 * own cases; "all" adds the colleagues' cases opened with a reason this session. With thousands of
 * cases the full list was megabytes that the screen could not render.
 */
export function listDeadlines(
  session: Session,
  scope: 'mine' | 'all',
  limits: Partial<Record<DashboardBucket, number>> = {},
): DeadlineDashboard {
  const today = session.today();
  return session.transaction(() => {
    session.record('deadlines.list');
    const { items, counts } = queryDashboard(session.db, {
      today,
      ...deadlineBucketBounds(today),
      counsellorId: session.actor.userId,
      openedCodes: scope === 'all' ? [...session.breakGlass.keys()] : [],
      limits: {
        overdue: limits.overdue ?? DASHBOARD_DEFAULT_LIMIT,
        thisWeek: limits.thisWeek ?? DASHBOARD_DEFAULT_LIMIT,
        next30Days: limits.next30Days ?? DASHBOARD_DEFAULT_LIMIT,
      },
    });
    return { today, items, counts };
  });
}

export function addDeadline(
  session: Session,
  caseId: string,
  input: { kind: 'appointment' | 'task'; title: string; dueOn: IsoDate },
): { id: string } {
  return session.transaction(() => {
    const subject = session.requireCase(caseId);
    const id = randomUUID();
    insertOwnDeadline(session.db, { id, caseId, ...input, at: session.at() });
    session.record('case.deadline.add', { case: subject, details: { kind: input.kind } });
    return { id };
  });
}

export function resolveDeadline(session: Session, id: string, state: 'done' | 'dismissed', reason: string | null): void {
  if (state === 'dismissed' && !reason) throw fieldError('reason', 'validation.reasonRequired');
  session.transaction(() => {
    const deadline = findDeadline(session.db, id);
    if (!deadline) throw new AppError('NOT_FOUND');
    if (deadline.state !== 'open') throw new AppError('CONFLICT');
    const subject = session.requireCase(deadline.caseId);
    storeResolution(session.db, id, state, session.today(), reason);
    session.record(`case.deadline.${state}`, { case: subject, details: { kind: deadline.kind } });
  });
}
