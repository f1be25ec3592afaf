import { z } from 'zod';
import {
  assessmentSchema,
  goalSchema,
  referralSchema,
  type Assessment,
  type AssessmentInput,
  type Goal,
  type GoalInput,
  type Referral,
  type ReferralInput,
} from '@shared/planning/plan';
import { FIELDS_OF_ACTION, type FieldOfAction } from '@shared/kernel/vocabulary';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, queryRow, queryRows, queryValue, sql } from '../kernel/sql';

/**
 * SQL of a case's plan (assessment per Handlungsfeld, goals, referrals): written with the `sql` tag
 * (values bound), rows parsed with zod at the boundary.
 */

const fieldOrder = new Map<FieldOfAction, number>(FIELDS_OF_ACTION.map((field, index) => [field, index]));

export function listAssessments(db: VaultDatabase, caseId: string): Assessment[] {
  const rows = queryRows(
    db,
    sql`SELECT field, resources, needs, has_need AS hasNeed, priority, updated_at AS updatedAt
        FROM assessments WHERE case_id = ${caseId}`,
  ).map((raw) => {
    const row = z.object({ hasNeed: z.number() }).loose().parse(raw);
    return assessmentSchema.parse({ ...row, hasNeed: row.hasNeed === 1 });
  });
  return rows.sort((left, right) => (fieldOrder.get(left.field) ?? 0) - (fieldOrder.get(right.field) ?? 0));
}

/** Saves the assessment of one field, replacing what was there. Returns whether one existed. */
export function saveAssessment(db: VaultDatabase, caseId: string, input: AssessmentInput, at: string): boolean {
  const existed = queryValue(db, sql`SELECT 1 FROM assessments WHERE case_id = ${caseId} AND field = ${input.field}`) === 1;
  execute(
    db,
    sql`INSERT INTO assessments (case_id, field, resources, needs, has_need, priority, updated_at)
        VALUES (${caseId}, ${input.field}, ${input.resources}, ${input.needs}, ${input.hasNeed}, ${input.priority}, ${at})
        ON CONFLICT (case_id, field) DO UPDATE SET resources = excluded.resources, needs = excluded.needs,
          has_need = excluded.has_need, priority = excluded.priority, updated_at = excluded.updated_at`,
  );
  return existed;
}

export function deleteAssessment(db: VaultDatabase, caseId: string, field: FieldOfAction): boolean {
  return execute(db, sql`DELETE FROM assessments WHERE case_id = ${caseId} AND field = ${field}`).changes > 0;
}

const GOAL_COLUMNS = sql`id, case_id AS caseId, field, wording, agreed_on AS agreedOn, target_date AS targetDate, status,
  updated_at AS updatedAt`;

export function listGoals(db: VaultDatabase, caseId: string): Goal[] {
  const rows = queryRows(db, sql`SELECT ${GOAL_COLUMNS} FROM goals WHERE case_id = ${caseId} ORDER BY agreed_on IS NULL, agreed_on, rowid`);
  return z.array(goalSchema).parse(rows);
}

export function findGoal(db: VaultDatabase, id: string): Goal | null {
  const row = queryRow(db, sql`SELECT ${GOAL_COLUMNS} FROM goals WHERE id = ${id}`);
  return row ? goalSchema.parse(row) : null;
}

export function insertGoal(db: VaultDatabase, row: { id: string; caseId: string; goal: GoalInput; at: string }): void {
  const { goal } = row;
  execute(
    db,
    sql`INSERT INTO goals (id, case_id, field, wording, agreed_on, target_date, status, updated_at)
        VALUES (${row.id}, ${row.caseId}, ${goal.field}, ${goal.wording}, ${goal.agreedOn}, ${goal.targetDate}, ${goal.status}, ${row.at})`,
  );
}

export function updateGoal(db: VaultDatabase, id: string, goal: GoalInput, at: string): void {
  execute(
    db,
    sql`UPDATE goals SET field = ${goal.field}, wording = ${goal.wording}, agreed_on = ${goal.agreedOn}, target_date = ${goal.targetDate},
          status = ${goal.status}, updated_at = ${at} WHERE id = ${id}`,
  );
}

export function deleteGoal(db: VaultDatabase, id: string): void {
  execute(db, sql`DELETE FROM goals WHERE id = ${id}`);
}

const REFERRAL_COLUMNS = sql`r.id, r.case_id AS caseId, r.partner_id AS partnerId, p.name AS partnerName,
  coalesce(p.is_active = 0, 0) AS partnerArchived, r.offer_kind AS offerKind, r.referred_on AS referredOn, r.result,
  r.started_on AS startedOn, r.note, r.without_release AS withoutRelease, r.updated_at AS updatedAt`;

function parseReferral(raw: unknown): Referral {
  const row = z.object({ partnerArchived: z.number(), withoutRelease: z.number().nullable() }).loose().parse(raw);
  return referralSchema.parse({
    ...row,
    partnerArchived: row.partnerArchived === 1,
    withoutRelease: row.withoutRelease === null ? null : row.withoutRelease === 1,
  });
}

export function listReferrals(db: VaultDatabase, caseId: string): Referral[] {
  return queryRows(
    db,
    sql`SELECT ${REFERRAL_COLUMNS} FROM referrals r LEFT JOIN partners p ON p.id = r.partner_id
        WHERE r.case_id = ${caseId} ORDER BY r.referred_on, r.rowid`,
  ).map(parseReferral);
}

export function findReferral(db: VaultDatabase, id: string): Referral | null {
  const row = queryRow(db, sql`SELECT ${REFERRAL_COLUMNS} FROM referrals r LEFT JOIN partners p ON p.id = r.partner_id WHERE r.id = ${id}`);
  return row ? parseReferral(row) : null;
}

/** A referral as stored: its release mark is decided by the service (null only for referrals from before it was asked). */
export type StoredReferral = Omit<ReferralInput, 'withoutRelease'> & { withoutRelease: boolean | null };

export function insertReferral(db: VaultDatabase, row: { id: string; caseId: string; referral: StoredReferral; at: string }): void {
  const { referral } = row;
  execute(
    db,
    sql`INSERT INTO referrals (id, case_id, partner_id, offer_kind, referred_on, result, started_on, note, without_release, updated_at)
        VALUES (${row.id}, ${row.caseId}, ${referral.partnerId}, ${referral.offerKind}, ${referral.referredOn}, ${referral.result},
          ${referral.startedOn ?? null}, ${referral.note}, ${referral.withoutRelease}, ${row.at})`,
  );
}

export function updateReferral(db: VaultDatabase, id: string, referral: StoredReferral, at: string): void {
  execute(
    db,
    sql`UPDATE referrals SET partner_id = ${referral.partnerId}, offer_kind = ${referral.offerKind}, referred_on = ${referral.referredOn},
          result = ${referral.result}, started_on = ${referral.startedOn ?? null}, note = ${referral.note}, without_release = ${referral.withoutRelease}, updated_at = ${at}
        WHERE id = ${id}`,
  );
}

export function deleteReferral(db: VaultDatabase, id: string): void {
  execute(db, sql`DELETE FROM referrals WHERE id = ${id}`);
}
