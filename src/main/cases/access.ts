import { z } from 'zod';
import type { AccessReason } from '@shared/cases/access';
import { AppError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import type { CaseScope } from './repository';

/**
 * Who may see which case (issue 4):
 * - counsellors see the cases assigned to them;
 * - a case assigned to someone else opens only with a reason (Vertretung, Fallkonferenz, Sonstiges
 *   + text); the reason is logged, flagged break-the-glass, and holds for that case until the
 *   session ends (every later entry on it carries the flag and the reason);
 * - supervisors see no case contents: the contract refuses them every case channel.
 *
 * The check runs at the access-log seam (`VaultService.record`): every case access logs its case
 * code inside the same transaction as the read or write, so an access without permission throws
 * there and the transaction (and any data it read) is discarded. Lists filter with `isVisible`.
 */

export interface CaseAccessSession {
  actor: { userId: string; role: string };
  breakGlass: Map<string, string>;
}

/** Actions that name a case without revealing anything of it (looking a code up before asking for a reason). */
const METADATA_ACTIONS: ReadonlySet<string> = new Set(['case.lookup']);

export function formatReason(reason: AccessReason): string {
  return reason.text ? `${reason.kind}: ${reason.text}` : reason.kind;
}

function assignedCounsellor(db: VaultDatabase, code: string): string | undefined {
  const value: unknown = db.prepare('SELECT counsellor_id FROM cases WHERE code = ?').pluck().get(code);
  return typeof value === 'string' ? value : undefined;
}

export function isVisible(session: CaseAccessSession, counsellorId: string, code: string): boolean {
  return session.actor.role === 'counsellor' && (counsellorId === session.actor.userId || session.breakGlass.has(code));
}

/**
 * Called by the log seam for every entry. Objects that are not case codes pass (account ids,
 * nothing). Throws REASON_REQUIRED for a colleague's case opened without a reason.
 */
export function checkCaseAccess(db: VaultDatabase, session: CaseAccessSession, action: string, object: string | undefined): void {
  if (object === undefined || session.actor.role !== 'counsellor' || METADATA_ACTIONS.has(action)) return;
  const counsellorId = assignedCounsellor(db, object);
  if (counsellorId === undefined) return;
  if (counsellorId !== session.actor.userId && !session.breakGlass.has(object)) throw new AppError('REASON_REQUIRED');
}

/** Opening a case with a reason: for a colleague's case the reason is remembered for the session. */
export function grantCaseAccess(
  session: CaseAccessSession,
  record: { code: string; counsellorId: string },
  reason: AccessReason | undefined,
): void {
  if (!reason || session.actor.role !== 'counsellor' || record.counsellorId === session.actor.userId) return;
  session.breakGlass.set(record.code, formatReason(reason));
}

/** Codes of the cases this session may see (own cases and those opened with a reason). */
export function visibleCaseCodes(db: VaultDatabase, session: CaseAccessSession): Set<string> {
  if (session.actor.role !== 'counsellor') return new Set();
  const own = z.array(z.string()).parse(db.prepare('SELECT code FROM cases WHERE counsellor_id = ?').pluck().all(session.actor.userId));
  return new Set([...own, ...session.breakGlass.keys()]);
}

/** `visibleCaseCodes` as a filter for SQL that limits its rows (search); null: no case is visible. */
export function caseScopeOf(session: CaseAccessSession): CaseScope | null {
  if (session.actor.role !== 'counsellor') return null;
  return { counsellorId: session.actor.userId, openedCodes: [...session.breakGlass.keys()] };
}
