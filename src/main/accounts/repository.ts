import { z } from 'zod';
import { ROLES, type Role } from '@shared/kernel/roles';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, queryColumn, queryRow, queryRows, sql } from '../kernel/sql';

/** SQL of the accounts screen: the users with their open cases, and cases by code and counsellor only. */

const userRowSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
  mustChange: z.number().int(),
  openCases: z.number().int(),
});
export type UserRow = z.infer<typeof userRowSchema>;

export function listUsers(db: VaultDatabase): UserRow[] {
  const rows = queryRows(
    db,
    sql`SELECT u.id AS userId, u.name, u.role, u.created_at AS createdAt, u.disabled_at AS disabledAt,
          u.must_change_passphrase AS mustChange,
          (SELECT count(*) FROM cases c WHERE c.counsellor_id = u.id AND c.closed_on IS NULL) AS openCases
        FROM users u ORDER BY lower(u.name)`,
  );
  return z.array(userRowSchema).parse(rows);
}

/** A new account; its passphrase is an initial one, to be changed at the first unlock. */
export function insertAccount(db: VaultDatabase, user: { userId: string; name: string; role: Role }, at: string): void {
  execute(
    db,
    sql`INSERT INTO users (id, name, role, created_at, must_change_passphrase) VALUES (${user.userId}, ${user.name}, ${user.role}, ${at}, 1)`,
  );
}

export function markUserDisabled(db: VaultDatabase, userId: string, at: string): void {
  execute(db, sql`UPDATE users SET disabled_at = ${at} WHERE id = ${userId}`);
}

/** Enabled again, with an initial passphrase. */
export function markUserEnabled(db: VaultDatabase, userId: string): void {
  execute(db, sql`UPDATE users SET disabled_at = NULL, must_change_passphrase = 1 WHERE id = ${userId}`);
}

export function requirePassphraseChange(db: VaultDatabase, userId: string): void {
  execute(db, sql`UPDATE users SET must_change_passphrase = 1 WHERE id = ${userId}`);
}

const assignmentRowSchema = z.object({
  caseId: z.string(),
  code: z.string(),
  counsellorId: z.string(),
  counsellorName: z.string(),
  closedOn: z.string().nullable(),
});
export type AssignmentRow = z.infer<typeof assignmentRowSchema>;

export function listAssignments(db: VaultDatabase, includeClosed: boolean): AssignmentRow[] {
  const rows = queryRows(
    db,
    sql`SELECT c.id AS caseId, c.code, c.counsellor_id AS counsellorId, u.name AS counsellorName, c.closed_on AS closedOn
        FROM cases c JOIN users u ON u.id = c.counsellor_id
        WHERE ${includeClosed} = 1 OR c.closed_on IS NULL ORDER BY c.code`,
  );
  return z.array(assignmentRowSchema).parse(rows);
}

const caseRowSchema = z.object({ code: z.string(), counsellorId: z.string() });

export function findCaseAssignment(db: VaultDatabase, caseId: string): z.infer<typeof caseRowSchema> | null {
  const row = queryRow(db, sql`SELECT code, counsellor_id AS counsellorId FROM cases WHERE id = ${caseId}`);
  return row === undefined ? null : caseRowSchema.parse(row);
}

export function setCaseCounsellor(db: VaultDatabase, caseId: string, counsellorId: string, at: string): void {
  execute(db, sql`UPDATE cases SET counsellor_id = ${counsellorId}, updated_at = ${at} WHERE id = ${caseId}`);
}

/** The open cases of one counsellor, by code (a hand-over moves them all). */
export function listOpenCaseIds(db: VaultDatabase, counsellorId: string): string[] {
  return z
    .array(z.string())
    .parse(queryColumn(db, sql`SELECT id FROM cases WHERE counsellor_id = ${counsellorId} AND closed_on IS NULL ORDER BY code`));
}
