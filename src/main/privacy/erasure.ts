import { AppError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import type { VaultService } from '../vault/service';
import { personTables, requireCaseRef, type CaseRef } from '../session/caseRef';

export type ErasureReason = 'dataSubjectRequest' | 'consentWithdrawn' | 'purposeFulfilled' | 'unlawfulProcessing' | 'retention';

function countOpenDeadlines(db: VaultDatabase, caseId: string): number {
  const count = db.prepare(`SELECT count(*) FROM deadlines WHERE case_id = ? AND state = 'open'`).pluck().get(caseId);
  return typeof count === 'number' ? count : 0;
}

/**
 * Removes every row of one person: first the rows of every table with a `case_id` (so a table
 * without ON DELETE CASCADE cannot keep anything), then the case, then any full-text entry left.
 * Runs inside the caller's transaction; the pages are scrubbed afterwards by `scrubFreedPages`.
 */
export function deletePersonRows(db: VaultDatabase, caseId: string): void {
  for (const table of personTables(db)) {
    db.prepare(`DELETE FROM "${table}" WHERE case_id = ?`).run(caseId);
  }
  db.prepare('DELETE FROM cases WHERE id = ?').run(caseId);
  db.prepare('DELETE FROM search_index WHERE case_id = ?').run(caseId);
}

/**
 * Leaves no trace of deleted rows in the files: secure_delete zeroes freed cells, VACUUM rebuilds
 * every page (temp_store is MEMORY, so no temporary file), and TRUNCATE checkpoints empty the WAL
 * before and after so no old page image survives there either.
 */
export function scrubFreedPages(db: VaultDatabase): void {
  db.prepare(`INSERT INTO search_index (search_index) VALUES ('optimize')`).run();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('VACUUM');
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (result && result.busy !== 0) throw new AppError('INTERNAL');
}

/** Erasure of one person (Art. 17). */
export class ErasureService {
  constructor(private readonly vault: VaultService) {}

  preview(caseId: string): { caseCode: string; counts: Record<string, number>; openDeadlines: number } {
    const { db } = this.vault.requireOpen();
    return db.transaction(() => {
      const ref = requireCaseRef(db, caseId);
      this.vault.record('case.erasure.preview', { object: ref.code });
      const counts: Record<string, number> = {};
      for (const table of personTables(db)) {
        const count = db.prepare(`SELECT count(*) FROM "${table}" WHERE case_id = ?`).pluck().get(caseId);
        if (typeof count === 'number' && count > 0) counts[table] = count;
      }
      return { caseCode: ref.code, counts, openDeadlines: countOpenDeadlines(db, caseId) };
    })();
  }

  /**
   * Open deadlines are not silently dropped: without `includeOpenDeadlines` the erasure is refused
   * with their number, so the user looks at them first (an expiring Duldung may still need a call);
   * with it, they go with the person, because a deadline of an erased person cannot be kept.
   */
  erase(input: { caseId: string; confirmCode: string; reason: ErasureReason; includeOpenDeadlines: boolean }): CaseRef {
    const { db } = this.vault.requireOpen();
    const ref = db.transaction(() => {
      const found = requireCaseRef(db, input.caseId);
      // Logged (and so access-checked) while the case still names its counsellor: a colleague's
      // case needs the break-the-glass reason and is flagged, as for every other case access. A
      // refusal below rolls the entry back with the transaction. The log keeps the code only.
      this.vault.record('case.erase', { object: found.code, reason: input.reason });
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
