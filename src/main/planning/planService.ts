import { randomUUID } from 'node:crypto';
import type { AssessmentInput, CasePlan, GoalInput, Referral, ReferralInput } from '@shared/planning/plan';
import type { FieldOfAction } from '@shared/kernel/vocabulary';
import { AppError, fieldError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import { findRelease } from '../privacy';
import { findPartner } from './partnerRepository';
import { recordFieldChanges } from '../session/fieldHistory';
import * as repository from './planRepository';
import type { CaseHead, Session } from '../session/session';

/** Names of the keys whose value differs — logged instead of the values themselves. */
export function changedKeys<T extends object>(before: T, after: T): string[] {
  return (Object.keys(after) as (keyof T & string)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** The log entry of a changed goal or referral. */
const UPDATE_ACTIONS = { goals: 'case.goal.update', referrals: 'case.referral.update' } as const;

/**
 * Planning and follow-up of a case: assessment per Handlungsfeld, goals and referrals. Each use case
 * is one transaction with its access-log entry (object: the case code; details: codes and field
 * names, never text).
 */
export class PlanService {
  constructor(private readonly session: Session) {}

  getPlan(caseId: string): CasePlan {
    return this.session.transaction((db) => {
      const head = this.session.requireCase(caseId);
      this.session.record('case.plan.view', { case: head });
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
    this.session.transaction((db) => {
      const head = this.session.requireCase(caseId);
      const replaced = repository.saveAssessment(db, caseId, input, this.session.at());
      this.session.record('case.assessment.save', { case: head, details: { field: input.field, replaced } });
    });
  }

  deleteAssessment(caseId: string, field: FieldOfAction): void {
    this.session.transaction((db) => {
      const head = this.session.requireCase(caseId);
      if (!repository.deleteAssessment(db, caseId, field)) throw new AppError('NOT_FOUND');
      this.session.record('case.assessment.delete', { case: head, details: { field } });
    });
  }

  private checkGoal(goal: GoalInput): void {
    if (goal.agreedOn && goal.agreedOn > this.session.today()) throw fieldError('goal.agreedOn', 'validation.dateFuture');
  }

  addGoal(caseId: string, goal: GoalInput): { id: string } {
    this.checkGoal(goal);
    return this.session.transaction((db) => {
      const head = this.session.requireCase(caseId);
      const id = randomUUID();
      repository.insertGoal(db, { id, caseId, goal, at: this.session.at() });
      this.session.record('case.goal.add', { case: head, details: { field: goal.field, status: goal.status } });
      return { id };
    });
  }

  updateGoal(id: string, goal: GoalInput): void {
    this.checkGoal(goal);
    this.session.transaction((db) => {
      const existing = this.withCase(repository.findGoal(db, id));
      this.writeChange(db, 'goals', existing, goal, (at) => repository.updateGoal(db, id, goal, at));
    });
  }

  /** A goal or referral that exists, with its case — where the access rule runs (NOT_FOUND when there is none). */
  private withCase<T extends { caseId: string }>(found: T | null): { found: T; head: CaseHead } {
    if (!found) throw new AppError('NOT_FOUND');
    return { found, head: this.session.requireCase(found.caseId) };
  }

  /**
   * Writes a changed goal or referral: the row, one history row per changed field (Art. 16: who
   * changed what, issue 6) and the log entry naming the changed fields — nothing at all when no field
   * changed. `after` holds exactly the compared fields.
   */
  private writeChange(
    db: VaultDatabase,
    table: 'goals' | 'referrals',
    { found: before, head }: { found: Readonly<Record<string, unknown>> & { id: string; caseId: string }; head: CaseHead },
    after: Readonly<Record<string, unknown>>,
    write: (at: string) => void,
  ): void {
    const changed = changedKeys(before, after);
    if (changed.length === 0) return;
    write(this.session.at());
    recordFieldChanges(db, {
      caseId: before.caseId,
      table,
      rowId: before.id,
      actor: this.session.actor,
      at: this.session.at(),
      before,
      after,
    });
    this.session.record(UPDATE_ACTIONS[table], { case: head, details: { fields: changed } });
  }

  deleteGoal(id: string): void {
    this.session.transaction((db) => {
      const { head } = this.withCase(repository.findGoal(db, id));
      repository.deleteGoal(db, id);
      this.session.record('case.goal.delete', { case: head });
    });
  }

  /**
   * A referral names a partner of the directory. An archived partner takes no new referrals, but a
   * referral made before keeps it (so its result can still be recorded).
   */
  private checkReferral(db: VaultDatabase, referral: ReferralInput, previousPartnerId: string | null): void {
    if (referral.referredOn > this.session.today()) throw fieldError('referral.referredOn', 'validation.dateFuture');
    if (referral.startedOn && referral.startedOn > this.session.today()) throw fieldError('referral.startedOn', 'validation.dateFuture');
    if (referral.startedOn && referral.startedOn < referral.referredOn)
      throw fieldError('referral.startedOn', 'validation.referral.startBeforeReferral');
    const partner = findPartner(db, referral.partnerId);
    if (!partner) throw fieldError('referral.partnerId', 'validation.partnerUnknown');
    if (partner.archived && partner.id !== previousPartnerId) throw fieldError('referral.partnerId', 'validation.partnerArchived');
  }

  /**
   * Defect 7: with no valid release from confidentiality towards the partner, a referral needs the
   * explicit choice to go ahead without one, and keeps that mark. With a valid release nothing is
   * marked. A referral kept with the same partner keeps its mark (recording its result months later
   * asks nothing new; a mark once set stays while no valid release exists).
   */
  private releaseMark(db: VaultDatabase, caseId: string, referral: ReferralInput, before: Referral | null): boolean | null {
    const release = findRelease(db, { caseId, partnerId: referral.partnerId, recipientText: null }, this.session.today());
    if (release.status === 'valid') return false;
    if (before === null || before.partnerId !== referral.partnerId) {
      if (!referral.withoutRelease) throw fieldError('referral.withoutRelease', 'validation.releaseChoiceRequired');
      return true;
    }
    return referral.withoutRelease || before.withoutRelease === true ? true : before.withoutRelease;
  }

  addReferral(caseId: string, referral: ReferralInput): { id: string } {
    return this.session.transaction((db) => {
      const head = this.session.requireCase(caseId);
      this.checkReferral(db, referral, null);
      const withoutRelease = this.releaseMark(db, caseId, referral, null);
      const id = randomUUID();
      repository.insertReferral(db, { id, caseId, referral: { ...referral, withoutRelease }, at: this.session.at() });
      this.session.record('case.referral.add', {
        case: head,
        details: { offerKind: referral.offerKind, result: referral.result, withoutRelease },
      });
      return { id };
    });
  }

  updateReferral(id: string, referral: ReferralInput): void {
    this.session.transaction((db) => {
      const existing = this.withCase(repository.findReferral(db, id));
      const before = existing.found;
      this.checkReferral(db, referral, before.partnerId);
      const stored = {
        ...referral,
        startedOn: referral.startedOn ?? null,
        withoutRelease: this.releaseMark(db, before.caseId, referral, before),
      };
      this.writeChange(db, 'referrals', existing, stored, (at) => repository.updateReferral(db, id, stored, at));
    });
  }

  deleteReferral(id: string): void {
    this.session.transaction((db) => {
      const { head } = this.withCase(repository.findReferral(db, id));
      repository.deleteReferral(db, id);
      this.session.record('case.referral.delete', { case: head });
    });
  }
}
