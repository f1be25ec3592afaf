import { z } from 'zod';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, queryRow, sql, type Sql } from '../kernel/sql';

/** What every feature may know of a case without reading its contents. */
const caseHeadSchema = z.object({
  id: z.string(),
  code: z.string(),
  counsellorId: z.string(),
  intakeDate: z.string(),
  closedOn: z.string().nullable(),
});
export type CaseHead = z.infer<typeof caseHeadSchema>;

/** Which cases a counsellor may see: her own and the codes opened with a reason this session. */
export interface CaseScope {
  counsellorId: string;
  openedCodes: readonly string[];
}

/**
 * The scope as a condition on `cases c`, for every query that lists cases or what belongs to them.
 * Without cases opened by code (the usual session) it is the counsellor alone: then SQLite walks
 * the index (counsellor_id, code) in code order, and the case list's first screen reads its 60 rows
 * and no more (issue 16, migration 0020); the OR of two indexes has no order to offer.
 */
export function inCaseScope(scope: CaseScope): Sql {
  if (scope.openedCodes.length === 0) return sql`c.counsellor_id = ${scope.counsellorId}`;
  return sql`(c.counsellor_id = ${scope.counsellorId} OR c.code IN (SELECT value FROM json_each(${JSON.stringify(scope.openedCodes)})))`;
}

const CASE_HEAD = sql`SELECT id, code, counsellor_id AS counsellorId, intake_date AS intakeDate, closed_on AS closedOn FROM cases`;

export function findCaseHead(db: VaultDatabase, caseId: string): CaseHead | null {
  const row = queryRow(db, sql`${CASE_HEAD} WHERE id = ${caseId}`);
  return row === undefined ? null : caseHeadSchema.parse(row);
}

export function findCaseHeadByCode(db: VaultDatabase, code: string): CaseHead | null {
  const row = queryRow(db, sql`${CASE_HEAD} WHERE code = ${code}`);
  return row === undefined ? null : caseHeadSchema.parse(row);
}

export interface FieldHistoryRow {
  caseId: string;
  at: string;
  userId: string | null;
  userName: string | null;
  table: string;
  rowId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export function insertFieldHistory(db: VaultDatabase, row: FieldHistoryRow): void {
  execute(
    db,
    sql`INSERT INTO field_history (case_id, at, user_id, user_name, table_name, row_id, field, old_value, new_value)
        VALUES (${row.caseId}, ${row.at}, ${row.userId}, ${row.userName}, ${row.table}, ${row.rowId}, ${row.field}, ${row.oldValue}, ${row.newValue})`,
  );
}
