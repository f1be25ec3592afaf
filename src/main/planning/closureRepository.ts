import { z } from 'zod';
import { closureSchema, type Closure, type ClosureInput } from '@shared/planning/closure';
import type { ResidenceStatus } from '@shared/kernel/vocabulary';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, queryRow, queryRows, queryValue, sql } from '../kernel/sql';

/** SQL of closures: one row per closing, `reopened_on` set when the case was opened again. */

const CLOSURE_COLUMNS = sql`id, case_id AS caseId, closed_on AS closedOn, reason, whereabouts, status_at_closure AS statusAtClosure,
  aftercare_until AS aftercareUntil, reopened_on AS reopenedOn, created_at AS createdAt`;

export function listClosures(db: VaultDatabase, caseId: string): Closure[] {
  const rows = queryRows(db, sql`SELECT ${CLOSURE_COLUMNS} FROM closures WHERE case_id = ${caseId} ORDER BY closed_on, created_at, rowid`);
  return z.array(closureSchema).parse(rows);
}

/** The closure that is in force (not reopened), if any. */
export function findOpenClosure(db: VaultDatabase, caseId: string): Closure | null {
  const row = queryRow(
    db,
    sql`SELECT ${CLOSURE_COLUMNS} FROM closures WHERE case_id = ${caseId} AND reopened_on IS NULL ORDER BY created_at DESC, rowid DESC LIMIT 1`,
  );
  return row ? closureSchema.parse(row) : null;
}

/** The latest reopening date, so a new closure cannot lie before it. */
export function lastReopenedOn(db: VaultDatabase, caseId: string): string | null {
  const value: unknown = queryValue(db, sql`SELECT max(reopened_on) FROM closures WHERE case_id = ${caseId}`);
  return typeof value === 'string' ? value : null;
}

export function insertClosure(
  db: VaultDatabase,
  row: { id: string; caseId: string; closure: ClosureInput; statusAtClosure: ResidenceStatus | null; at: string },
): void {
  const { closure } = row;
  execute(
    db,
    sql`INSERT INTO closures (id, case_id, closed_on, reason, whereabouts, status_at_closure, aftercare_until, created_at)
        VALUES (${row.id}, ${row.caseId}, ${closure.closedOn}, ${closure.reason}, ${closure.whereabouts}, ${row.statusAtClosure},
          ${closure.aftercareUntil}, ${row.at})`,
  );
}

export function markReopened(db: VaultDatabase, closureId: string, on: string): void {
  execute(db, sql`UPDATE closures SET reopened_on = ${on} WHERE id = ${closureId}`);
}

export function setCaseClosedOn(db: VaultDatabase, caseId: string, closedOn: string | null, at: string): void {
  execute(db, sql`UPDATE cases SET closed_on = ${closedOn}, updated_at = ${at} WHERE id = ${caseId}`);
}
