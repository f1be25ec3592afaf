import { AppError } from '../kernel/errors';
import type { Session, CaseHead } from '../session/session';
import { countOpenDeadlines, countPersonRows, deletePersonRows, personTables, scrubFreedPages } from './repository';

export type ErasureReason = 'dataSubjectRequest' | 'consentWithdrawn' | 'purposeFulfilled' | 'unlawfulProcessing' | 'retention';

/** Erasure of one person (Art. 17). */
export class ErasureService {
  constructor(private readonly session: Session) {}

  preview(caseId: string): { caseCode: string; counts: Record<string, number>; openDeadlines: number } {
    const { db } = this.session;
    return db.transaction(() => {
      const ref = this.session.requireCase(caseId);
      this.session.record('case.erasure.preview', { case: ref });
      const counts: Record<string, number> = {};
      for (const table of personTables(db)) {
        const count = countPersonRows(db, table, caseId);
        if (count > 0) counts[table] = count;
      }
      return { caseCode: ref.code, counts, openDeadlines: countOpenDeadlines(db, caseId) };
    })();
  }

  /**
   * Open deadlines are not silently dropped: without `includeOpenDeadlines` the erasure is refused
   * with their number, so the user looks at them first (an expiring Duldung may still need a call);
   * with it, they go with the person, because a deadline of an erased person cannot be kept.
   */
  erase(input: { caseId: string; confirmCode: string; reason: ErasureReason; includeOpenDeadlines: boolean }): CaseHead {
    const { db } = this.session;
    const ref = db.transaction(() => {
      const found = this.session.requireCase(input.caseId);
      // Logged (and so access-checked) while the case still names its counsellor: a colleague's
      // case needs the break-the-glass reason and is flagged, as for every other case access. A
      // refusal below rolls the entry back with the transaction. The log keeps the code only.
      this.session.record('case.erase', { case: found, reason: input.reason });
      if (input.confirmCode.trim().toUpperCase() !== found.code.toUpperCase()) {
        throw new AppError('CONFIRMATION_MISMATCH', { fields: { confirmCode: 'error.CONFIRMATION_MISMATCH' } });
      }
      const open = countOpenDeadlines(db, input.caseId);
      if (open > 0 && !input.includeOpenDeadlines) throw new AppError('OPEN_DEADLINES', { params: { count: open } });
      deletePersonRows(db, input.caseId);
      return found;
    })();
    scrubFreedPages(db);
    return ref;
  }
}
