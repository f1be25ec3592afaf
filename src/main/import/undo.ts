import type { CaseFields } from '@shared/cases/domain';
import { deleteStatus, getCase, updateCase } from '../cases';
import { deleteJournalEntry } from '../journal';
import { AppError } from '../kernel/errors';
import { deletePeopleRows, personTables, scrubFreedPages } from '../privacy';
import type { Session } from '../session/session';
import { emptyValueOf } from './commit';
import * as repository from './repository';

/**
 * Undo of a batch. A case is unchanged when everything the vault holds about it hashes as the
 * import left it. Unchanged cases the batch created are erased as Art. 17 erasure does (every row,
 * the full-text entries, then the freed pages scrubbed); an unchanged case the batch merged into
 * gets its filled fields emptied again and loses the status and note the import added. Changed
 * cases are listed and, on confirmation, kept — the rest is undone.
 */

function requireBatch(session: Session, batchId: string) {
  const batch = repository.findBatch(session.db, batchId, session.actor.userId);
  if (!batch) throw new AppError('NOT_FOUND', { messageKey: 'import.batchNotFound' });
  return batch;
}

function classify(session: Session, batchId: string) {
  const links = repository.listBatchCases(session.db, batchId);
  const now = repository.fingerprintCases(
    session.db,
    links.map((link) => link.caseId),
    personTables(session.db),
  );
  const unchanged = links.filter((link) => now.get(link.caseId) === link.fingerprint);
  const changed = links.filter((link) => now.get(link.caseId) !== link.fingerprint);
  return { unchanged, changed };
}

export function previewUndo(session: Session, batchId: string) {
  return session.transaction(() => {
    requireBatch(session, batchId);
    const { unchanged, changed } = classify(session, batchId);
    session.record('import.undo.preview', { object: batchId, details: { unchanged: unchanged.length, changed: changed.length } });
    return { unchanged: unchanged.length, changed: changed.map((link) => ({ code: link.code, row: link.sourceRow })) };
  });
}

function revertMerge(session: Session, link: repository.LinkedCase): void {
  if (link.journalId) deleteJournalEntry(session, link.journalId);
  if (link.statusId) deleteStatus(session, link.statusId);
  if (link.mergedFields.length === 0) return;
  const current = getCase(session, link.caseId).fields;
  const reverted: CaseFields = { ...current };
  for (const field of link.mergedFields as (keyof CaseFields)[]) Object.assign(reverted, { [field]: emptyValueOf(field) });
  updateCase(session, link.caseId, reverted);
}

export function undoBatch(session: Session, batchId: string, keepChanged: boolean): { undone: number; kept: number } {
  const result = session.transaction((db) => {
    requireBatch(session, batchId);
    const { unchanged, changed } = classify(session, batchId);
    if (changed.length > 0 && !keepChanged)
      throw new AppError('CONFLICT', { messageKey: 'import.undo.changed', params: { count: changed.length } });
    const erased: string[] = [];
    for (const link of unchanged) {
      if (link.origin === 'merged') {
        revertMerge(session, link);
        repository.deleteBatchCase(db, batchId, link.caseId);
        continue;
      }
      // Logged by code (a case the import handed to a colleague is still the importer's to take back
      // while nobody changed it); the log keeps the code only, as for every erasure.
      session.record('import.undo.case', { object: link.code, details: { batchId } });
      erased.push(link.caseId);
    }
    deletePeopleRows(db, erased);
    if (changed.length === 0) repository.deleteBatch(db, batchId);
    else repository.markPartlyUndone(db, batchId, session.at());
    session.record('import.undo', { object: batchId, details: { batchId, undone: unchanged.length, kept: changed.length } });
    return { undone: unchanged.length, kept: changed.length };
  });
  // Outside the transaction: VACUUM cannot run inside one.
  scrubFreedPages(session.db);
  return result;
}
