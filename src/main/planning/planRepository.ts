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

/**
 * SQL of a case's plan (assessment per Handlungsfeld, goals, referrals): prepared statements only,
 * rows parsed with zod at the boundary.
 */

const fieldOrder = new Map<FieldOfAction, number>(FIELDS_OF_ACTION.map((field, index) => [field, index]));

export function listAssessments(db: VaultDatabase, caseId: string): Assessment[] {
  const rows = db
    .prepare(
      `SELECT field, resources, needs, has_need AS hasNeed, priority, updated_at AS updatedAt
       FROM assessments WHERE case_id = ?`,
    )
    .all(caseId)
    .map((raw) => {
      const row = z.object({ hasNeed: z.number() }).loose().parse(raw);
      return assessmentSchema.parse({ ...row, hasNeed: row.hasNeed === 1 });
    });
  return rows.sort((left, right) => (fieldOrder.get(left.field) ?? 0) - (fieldOrder.get(right.field) ?? 0));
}

/** Saves the assessment of one field, replacing what was there. Returns whether one existed. */
export function saveAssessment(db: VaultDatabase, caseId: string, input: AssessmentInput, at: string): boolean {
  const existed = db.prepare('SELECT 1 FROM assessments WHERE case_id = ? AND field = ?').pluck().get(caseId, input.field) === 1;
  db.prepare(
    `INSERT INTO assessments (case_id, field, resources, needs, has_need, priority, updated_at)
     VALUES (@caseId, @field, @resources, @needs, @hasNeed, @priority, @at)
     ON CONFLICT (case_id, field) DO UPDATE SET resources = excluded.resources, needs = excluded.needs,
       has_need = excluded.has_need, priority = excluded.priority, updated_at = excluded.updated_at`,
  ).run({
    caseId,
    field: input.field,
    resources: input.resources,
    needs: input.needs,
    hasNeed: input.hasNeed ? 1 : 0,
    priority: input.priority,
    at,
  });
  return existed;
}

export function deleteAssessment(db: VaultDatabase, caseId: string, field: FieldOfAction): boolean {
  return db.prepare('DELETE FROM assessments WHERE case_id = ? AND field = ?').run(caseId, field).changes > 0;
}

const GOAL_COLUMNS = `id, case_id AS caseId, field, wording, agreed_on AS agreedOn, target_date AS targetDate, status,
  updated_at AS updatedAt`;

export function listGoals(db: VaultDatabase, caseId: string): Goal[] {
  const rows = db.prepare(`SELECT ${GOAL_COLUMNS} FROM goals WHERE case_id = ? ORDER BY agreed_on IS NULL, agreed_on, rowid`).all(caseId);
  return z.array(goalSchema).parse(rows);
}

export function findGoal(db: VaultDatabase, id: string): Goal | null {
  const row = db.prepare(`SELECT ${GOAL_COLUMNS} FROM goals WHERE id = ?`).get(id);
  return row ? goalSchema.parse(row) : null;
}

export function insertGoal(db: VaultDatabase, row: { id: string; caseId: string; goal: GoalInput; at: string }): void {
  db.prepare(
    `INSERT INTO goals (id, case_id, field, wording, agreed_on, target_date, status, updated_at)
     VALUES (@id, @caseId, @field, @wording, @agreedOn, @targetDate, @status, @at)`,
  ).run({ id: row.id, caseId: row.caseId, ...row.goal, at: row.at });
}

export function updateGoal(db: VaultDatabase, id: string, goal: GoalInput, at: string): void {
  db.prepare(
    `UPDATE goals SET field = @field, wording = @wording, agreed_on = @agreedOn, target_date = @targetDate,
       status = @status, updated_at = @at WHERE id = @id`,
  ).run({ id, ...goal, at });
}

export function deleteGoal(db: VaultDatabase, id: string): void {
  db.prepare('DELETE FROM goals WHERE id = ?').run(id);
}

const REFERRAL_COLUMNS = `r.id, r.case_id AS caseId, r.partner_id AS partnerId, p.name AS partnerName,
  coalesce(p.is_active = 0, 0) AS partnerArchived, r.offer_kind AS offerKind, r.referred_on AS referredOn, r.result,
  r.started_on AS startedOn, r.note, r.updated_at AS updatedAt`;

function parseReferral(raw: unknown): Referral {
  const row = z.object({ partnerArchived: z.number() }).loose().parse(raw);
  return referralSchema.parse({ ...row, partnerArchived: row.partnerArchived === 1 });
}

export function listReferrals(db: VaultDatabase, caseId: string): Referral[] {
  return db
    .prepare(
      `SELECT ${REFERRAL_COLUMNS} FROM referrals r LEFT JOIN partners p ON p.id = r.partner_id WHERE r.case_id = ? ORDER BY r.referred_on, r.rowid`,
    )
    .all(caseId)
    .map(parseReferral);
}

export function findReferral(db: VaultDatabase, id: string): Referral | null {
  const row = db.prepare(`SELECT ${REFERRAL_COLUMNS} FROM referrals r LEFT JOIN partners p ON p.id = r.partner_id WHERE r.id = ?`).get(id);
  return row ? parseReferral(row) : null;
}

export function insertReferral(db: VaultDatabase, row: { id: string; caseId: string; referral: ReferralInput; at: string }): void {
  db.prepare(
    `INSERT INTO referrals (id, case_id, partner_id, offer_kind, referred_on, result, started_on, note, updated_at)
     VALUES (@id, @caseId, @partnerId, @offerKind, @referredOn, @result, @startedOn, @note, @at)`,
  ).run({ id: row.id, caseId: row.caseId, ...row.referral, startedOn: row.referral.startedOn ?? null, at: row.at });
}

export function updateReferral(db: VaultDatabase, id: string, referral: ReferralInput, at: string): void {
  db.prepare(
    `UPDATE referrals SET partner_id = @partnerId, offer_kind = @offerKind, referred_on = @referredOn, result = @result,
       started_on = @startedOn, note = @note, updated_at = @at WHERE id = @id`,
  ).run({ id, ...referral, startedOn: referral.startedOn ?? null, at });
}

export function deleteReferral(db: VaultDatabase, id: string): void {
  db.prepare('DELETE FROM referrals WHERE id = ?').run(id);
}
