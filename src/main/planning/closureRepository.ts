import { z } from 'zod';
import { closureSchema, type Closure, type ClosureInput } from '@shared/planning/closure';
import type { ResidenceStatus } from '@shared/kernel/vocabulary';
import type { VaultDatabase } from '../kernel/db/database';

/** SQL of closures: one row per closing, `reopened_on` set when the case was opened again. */

const CLOSURE_COLUMNS = `id, case_id AS caseId, closed_on AS closedOn, reason, whereabouts, status_at_closure AS statusAtClosure,
  aftercare_until AS aftercareUntil, reopened_on AS reopenedOn, created_at AS createdAt`;

export function listClosures(db: VaultDatabase, caseId: string): Closure[] {
  const rows = db.prepare(`SELECT ${CLOSURE_COLUMNS} FROM closures WHERE case_id = ? ORDER BY closed_on, created_at, rowid`).all(caseId);
  return z.array(closureSchema).parse(rows);
}

/** The closure that is in force (not reopened), if any. */
export function findOpenClosure(db: VaultDatabase, caseId: string): Closure | null {
  const row = db
    .prepare(
      `SELECT ${CLOSURE_COLUMNS} FROM closures WHERE case_id = ? AND reopened_on IS NULL ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    )
    .get(caseId);
  return row ? closureSchema.parse(row) : null;
}

/** The latest reopening date, so a new closure cannot lie before it. */
export function lastReopenedOn(db: VaultDatabase, caseId: string): string | null {
  const value: unknown = db.prepare('SELECT max(reopened_on) FROM closures WHERE case_id = ?').pluck().get(caseId);
  return typeof value === 'string' ? value : null;
}

export function insertClosure(
  db: VaultDatabase,
  row: { id: string; caseId: string; closure: ClosureInput; statusAtClosure: ResidenceStatus | null; at: string },
): void {
  db.prepare(
    `INSERT INTO closures (id, case_id, closed_on, reason, whereabouts, status_at_closure, aftercare_until, created_at)
     VALUES (@id, @caseId, @closedOn, @reason, @whereabouts, @statusAtClosure, @aftercareUntil, @at)`,
  ).run({
    id: row.id,
    caseId: row.caseId,
    closedOn: row.closure.closedOn,
    reason: row.closure.reason,
    whereabouts: row.closure.whereabouts,
    statusAtClosure: row.statusAtClosure,
    aftercareUntil: row.closure.aftercareUntil,
    at: row.at,
  });
}

export function markReopened(db: VaultDatabase, closureId: string, on: string): void {
  db.prepare('UPDATE closures SET reopened_on = ? WHERE id = ?').run(on, closureId);
}

export function setCaseClosedOn(db: VaultDatabase, caseId: string, closedOn: string | null, at: string): void {
  db.prepare('UPDATE cases SET closed_on = ?, updated_at = ? WHERE id = ?').run(closedOn, at, caseId);
}
