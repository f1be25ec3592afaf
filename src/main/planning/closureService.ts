import { randomUUID } from 'node:crypto';
import type { Closure, ClosureInput } from '@shared/planning/closure';
import { AppError, fieldError } from '../kernel/errors';
import { listStatuses } from '../cases';
import * as repository from './closureRepository';
import { syncCaseDeadlines } from '../deadlines';
import type { Session } from '../session/session';

/**
 * Closing a case and opening it again. A closure is kept when the case is reopened (the statistics
 * count closures and their reasons); while a case is closed it has no open derived deadlines and
 * drops out of the case list and the deadline overview.
 */
export class ClosureService {
  constructor(private readonly session: Session) {}

  closeCase(caseId: string, closure: ClosureInput): { id: string } {
    const today = this.session.today();
    if (closure.closedOn > today) throw fieldError('closure.closedOn', 'validation.dateFuture');
    return this.session.transaction((db) => {
      const head = this.session.requireCase(caseId);
      if (head.closedOn !== null) throw new AppError('CONFLICT', { messageKey: 'error.caseAlreadyClosed' });
      if (closure.closedOn < head.intakeDate) throw fieldError('closure.closedOn', 'validation.closureBeforeIntake');
      const reopenedOn = repository.lastReopenedOn(db, caseId);
      if (reopenedOn !== null && closure.closedOn < reopenedOn) throw fieldError('closure.closedOn', 'validation.closureBeforeReopen');
      const statusAtClosure = closure.statusAtClosure ?? listStatuses(db, caseId)[0]?.status ?? null;
      const id = randomUUID();
      const at = this.session.at();
      repository.insertClosure(db, { id, caseId, closure, statusAtClosure, at });
      repository.setCaseClosedOn(db, caseId, closure.closedOn, at);
      syncCaseDeadlines(db, caseId, this.session.settings.deadlines, at);
      this.session.record('case.close', { case: head, details: { reason: closure.reason, whereabouts: closure.whereabouts } });
      return { id };
    });
  }

  reopenCase(caseId: string): void {
    this.session.transaction((db) => {
      const head = this.session.requireCase(caseId);
      const open = repository.findOpenClosure(db, caseId);
      if (head.closedOn === null || !open) throw new AppError('CONFLICT', { messageKey: 'error.caseNotClosed' });
      const at = this.session.at();
      repository.markReopened(db, open.id, this.session.today());
      repository.setCaseClosedOn(db, caseId, null, at);
      syncCaseDeadlines(db, caseId, this.session.settings.deadlines, at);
      this.session.record('case.reopen', { case: head });
    });
  }

  listClosures(caseId: string): Closure[] {
    return this.session.transaction((db) => {
      const head = this.session.requireCase(caseId);
      this.session.record('case.closures.view', { case: head });
      return repository.listClosures(db, caseId);
    });
  }
}
