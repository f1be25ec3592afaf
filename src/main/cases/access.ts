import type { AccessReason } from '@shared/cases/access';
import { AppError } from '../kernel/errors';
import type { AccessRule, Session } from '../session/session';
import type { CaseScope } from '../session/repository';

/**
 * Who may see which case (issue 4):
 * - counsellors see the cases assigned to them;
 * - a case assigned to someone else opens only with a reason (Vertretung, Fallkonferenz, Sonstiges
 *   + text); the reason is logged, flagged break-the-glass, and holds for that case until the
 *   session ends (every later entry on it carries the flag and the reason);
 * - supervisors see no case contents: the contract refuses them every case channel.
 *
 * The rule runs at the access-log seam (`Session.record`): every case access logs its case inside
 * the same transaction as the read or write, so an access without permission throws there and the
 * transaction (and any data it read) is discarded. Lists and the search read only the cases in
 * `caseScopeOf` (SQL: `inCaseScope`).
 */

/** Actions that name a case without revealing anything of it (looking a code up before asking for a reason). */
const METADATA_ACTIONS: ReadonlySet<string> = new Set(['case.lookup']);

export const caseAccessRule: AccessRule = (session, action, subject) => {
  if (session.actor.role !== 'counsellor' || METADATA_ACTIONS.has(action)) return;
  if (subject.counsellorId !== session.actor.userId && !session.breakGlass.has(subject.code)) throw new AppError('REASON_REQUIRED');
};

export function formatReason(reason: AccessReason): string {
  return reason.text ? `${reason.kind}: ${reason.text}` : reason.kind;
}

/** Opening a case with a reason: for a colleague's case the reason is remembered for the session. */
export function grantCaseAccess(session: Session, subject: { code: string; counsellorId: string }, reason: AccessReason | undefined): void {
  if (!reason || session.actor.role !== 'counsellor' || subject.counsellorId === session.actor.userId) return;
  session.breakGlass.set(subject.code, formatReason(reason));
}

/** The visible cases as a filter for SQL that limits its rows (search); null: no case is visible. */
export function caseScopeOf(session: Session): CaseScope | null {
  if (session.actor.role !== 'counsellor') return null;
  return { counsellorId: session.actor.userId, openedCodes: [...session.breakGlass.keys()] };
}
