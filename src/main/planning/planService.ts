import { randomUUID } from 'node:crypto';
import type { AssessmentInput, CasePlan, GoalInput, ReferralInput } from '@shared/planning/plan';
import type { FieldOfAction } from '@shared/kernel/vocabulary';
import { AppError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import { findPartner } from './partnerRepository';
import { recordFieldChanges } from '../session/fieldHistory';
import * as repository from './planRepository';
import { fieldError, type VaultWork } from '../session/vaultWork';

/** Names of the keys whose value differs — logged instead of the values themselves. */
export function changedKeys<T extends object>(before: T, after: T): string[] {
  return (Object.keys(after) as (keyof T & string)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/**
 * Planning and follow-up of a case: assessment per Handlungsfeld, goals and referrals. Each use case
 * is one transaction with its access-log entry (object: the case code; details: codes and field
 * names, never text).
 */
export class PlanService {
  constructor(private readonly work: VaultWork) {}

  getPlan(caseId: string): CasePlan {
    return this.work.transaction((db) => {
      const head = this.work.requireCaseHead(db, caseId);
      this.work.vault.record('case.plan.view', { object: head.code });
      return {
        caseId,
        caseCode: head.code,
        assessments: repository.listAssessments(db, caseId),
        goals: repository.listGoals(db, caseId),
        referrals: repository.listReferrals(db, caseId),
      };
    });
  }

  saveAssessment(caseId: string, input: AssessmentInput): void {
    this.work.transaction((db) => {
      const head = this.work.requireCaseHead(db, caseId);
      const replaced = repository.saveAssessment(db, caseId, input, this.work.at());
      this.work.vault.record('case.assessment.save', { object: head.code, details: { field: input.field, replaced } });
    });
  }

  deleteAssessment(caseId: string, field: FieldOfAction): void {
    this.work.transaction((db) => {
      const head = this.work.requireCaseHead(db, caseId);
      if (!repository.deleteAssessment(db, caseId, field)) throw new AppError('NOT_FOUND');
      this.work.vault.record('case.assessment.delete', { object: head.code, details: { field } });
    });
  }

  private checkGoal(goal: GoalInput): void {
    if (goal.agreedOn && goal.agreedOn > this.work.today()) throw fieldError('goal.agreedOn', 'validation.dateFuture');
  }

  addGoal(caseId: string, goal: GoalInput): { id: string } {
    this.checkGoal(goal);
    return this.work.transaction((db) => {
      const head = this.work.requireCaseHead(db, caseId);
      const id = randomUUID();
      repository.insertGoal(db, { id, caseId, goal, at: this.work.at() });
      this.work.vault.record('case.goal.add', { object: head.code, details: { field: goal.field, status: goal.status } });
      return { id };
    });
  }

  updateGoal(id: string, goal: GoalInput): void {
    this.checkGoal(goal);
    this.work.transaction((db) => {
      const before = repository.findGoal(db, id);
      if (!before) throw new AppError('NOT_FOUND');
      const head = this.work.requireCaseHead(db, before.caseId);
      const changed = changedKeys(
        { field: before.field, wording: before.wording, agreedOn: before.agreedOn, targetDate: before.targetDate, status: before.status },
        goal,
      );
      if (changed.length === 0) return;
      repository.updateGoal(db, id, goal, this.work.at());
      // Art. 16: keep who changed what (issue 6).
      recordFieldChanges(db, {
        caseId: before.caseId,
        table: 'goals',
        rowId: id,
        actor: this.work.vault.requireOpen().actor,
        at: this.work.at(),
        before,
        after: goal,
      });
      this.work.vault.record('case.goal.update', { object: head.code, details: { fields: changed } });
    });
  }

  deleteGoal(id: string): void {
    this.work.transaction((db) => {
      const goal = repository.findGoal(db, id);
      if (!goal) throw new AppError('NOT_FOUND');
      const head = this.work.requireCaseHead(db, goal.caseId);
      repository.deleteGoal(db, id);
      this.work.vault.record('case.goal.delete', { object: head.code });
    });
  }

  /**
   * A referral names a partner of the directory. An archived partner takes no new referrals, but a
   * referral made before keeps it (so its result can still be recorded).
   */
  private checkReferral(db: VaultDatabase, referral: ReferralInput, previousPartnerId: string | null): void {
    if (referral.referredOn > this.work.today()) throw fieldError('referral.referredOn', 'validation.dateFuture');
    const partner = findPartner(db, referral.partnerId);
    if (!partner) throw fieldError('referral.partnerId', 'validation.partnerUnknown');
    if (partner.archived && partner.id !== previousPartnerId) throw fieldError('referral.partnerId', 'validation.partnerArchived');
  }

  addReferral(caseId: string, referral: ReferralInput): { id: string } {
    return this.work.transaction((db) => {
      const head = this.work.requireCaseHead(db, caseId);
      this.checkReferral(db, referral, null);
      const id = randomUUID();
      repository.insertReferral(db, { id, caseId, referral, at: this.work.at() });
      this.work.vault.record('case.referral.add', {
        object: head.code,
        details: { offerKind: referral.offerKind, result: referral.result },
      });
      return { id };
    });
  }

  updateReferral(id: string, referral: ReferralInput): void {
    this.work.transaction((db) => {
      const before = repository.findReferral(db, id);
      if (!before) throw new AppError('NOT_FOUND');
      const head = this.work.requireCaseHead(db, before.caseId);
      this.checkReferral(db, referral, before.partnerId);
      const changed = changedKeys(
        {
          partnerId: before.partnerId,
          offerKind: before.offerKind,
          referredOn: before.referredOn,
          result: before.result,
          note: before.note,
        },
        referral,
      );
      if (changed.length === 0) return;
      repository.updateReferral(db, id, referral, this.work.at());
      recordFieldChanges(db, {
        caseId: before.caseId,
        table: 'referrals',
        rowId: id,
        actor: this.work.vault.requireOpen().actor,
        at: this.work.at(),
        before,
        after: referral,
      });
      this.work.vault.record('case.referral.update', { object: head.code, details: { fields: changed } });
    });
  }

  deleteReferral(id: string): void {
    this.work.transaction((db) => {
      const referral = repository.findReferral(db, id);
      if (!referral) throw new AppError('NOT_FOUND');
      const head = this.work.requireCaseHead(db, referral.caseId);
      repository.deleteReferral(db, id);
      this.work.vault.record('case.referral.delete', { object: head.code });
    });
  }
}
