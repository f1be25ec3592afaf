import { randomUUID } from 'node:crypto';
import type { Closure, ClosureInput } from '@shared/planning/closure';
import { AppError } from '../kernel/errors';
import { listStatuses } from '../cases/repository';
import * as repository from './closureRepository';
import { syncCaseDeadlines } from '../deadlines/sync';
import { fieldError, type VaultWork } from '../session/vaultWork';

/**
 * Closing a case and opening it again. A closure is kept when the case is reopened (the statistics
 * count closures and their reasons); while a case is closed it has no open derived deadlines and
 * drops out of the case list and the deadline overview.
 */
export class ClosureService {
  constructor(private readonly work: VaultWork) {}

  closeCase(caseId: string, closure: ClosureInput): { id: string } {
    const today = this.work.today();
    if (closure.closedOn > today) throw fieldError('closure.closedOn', 'validation.dateFuture');
    return this.work.transaction((db) => {
      const head = this.work.requireCaseHead(db, caseId);
      if (head.closedOn !== null) throw new AppError('CONFLICT', { messageKey: 'error.caseAlreadyClosed' });
      if (closure.closedOn < head.intakeDate) throw fieldError('closure.closedOn', 'validation.closureBeforeIntake');
      const reopenedOn = repository.lastReopenedOn(db, caseId);
      if (reopenedOn !== null && closure.closedOn < reopenedOn) throw fieldError('closure.closedOn', 'validation.closureBeforeReopen');
      const statusAtClosure = closure.statusAtClosure ?? listStatuses(db, caseId)[0]?.status ?? null;
      const id = randomUUID();
      const at = this.work.at();
      repository.insertClosure(db, { id, caseId, closure, statusAtClosure, at });
      repository.setCaseClosedOn(db, caseId, closure.closedOn, at);
      syncCaseDeadlines(db, caseId, this.work.vault.requireOpen().settings.deadlines, at);
      this.work.vault.record('case.close', { object: head.code, details: { reason: closure.reason, whereabouts: closure.whereabouts } });
      return { id };
    });
  }

  reopenCase(caseId: string): void {
    this.work.transaction((db) => {
      const head = this.work.requireCaseHead(db, caseId);
      const open = repository.findOpenClosure(db, caseId);
      if (head.closedOn === null || !open) throw new AppError('CONFLICT', { messageKey: 'error.caseNotClosed' });
      const at = this.work.at();
      repository.markReopened(db, open.id, this.work.today());
      repository.setCaseClosedOn(db, caseId, null, at);
      syncCaseDeadlines(db, caseId, this.work.vault.requireOpen().settings.deadlines, at);
      this.work.vault.record('case.reopen', { object: head.code });
    });
  }

  listClosures(caseId: string): Closure[] {
    return this.work.transaction((db) => {
      const head = this.work.requireCaseHead(db, caseId);
      this.work.vault.record('case.closures.view', { object: head.code });
      return repository.listClosures(db, caseId);
    });
  }
}
