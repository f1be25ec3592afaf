import { randomUUID } from 'node:crypto';
import type { JournalInput } from '@shared/journal/domain';
import { AppError, fieldError } from '../kernel/errors';
import { recordFieldChanges } from '../session/fieldHistory';
import type { Session } from '../session/session';
import * as repository from './repository';

/** The journal of a case: every contact, logged with the case code; corrections keep their history. */

function checkDate(session: Session, input: JournalInput): void {
  if (input.occurredOn > session.today()) throw fieldError('occurredOn', 'validation.dateFuture');
}

export function addJournalEntry(session: Session, caseId: string, input: JournalInput): { id: string } {
  checkDate(session, input);
  return session.transaction(() => {
    const subject = session.requireCase(caseId);
    const id = randomUUID();
    repository.insertJournalEntry(session.db, { id, caseId, authorId: session.actor.userId, at: session.at(), input });
    session.record('case.journal.add', { case: subject, details: { kind: input.kind } });
    return { id };
  });
}

export function updateJournalEntry(session: Session, id: string, input: JournalInput): void {
  checkDate(session, input);
  session.transaction(() => {
    const entry = repository.findJournalEntry(session.db, id);
    if (!entry) throw new AppError('NOT_FOUND');
    const subject = session.requireCase(entry.caseId);
    // A caller that does not send the time of day (older screens, imports) keeps the stored one.
    const after = { ...input, occurredTime: input.occurredTime === undefined ? entry.occurredTime : input.occurredTime };
    repository.updateJournalEntry(session.db, id, after, session.at());
    recordFieldChanges(session.db, {
      caseId: entry.caseId,
      table: 'journal_entries',
      rowId: id,
      actor: session.actor,
      at: session.at(),
      before: entry,
      after,
    });
    session.record('case.journal.update', { case: subject });
  });
}

export function deleteJournalEntry(session: Session, id: string): void {
  session.transaction(() => {
    const entry = repository.findJournalEntry(session.db, id);
    if (!entry) throw new AppError('NOT_FOUND');
    const subject = session.requireCase(entry.caseId);
    repository.deleteJournalEntry(session.db, id);
    session.record('case.journal.delete', { case: subject });
  });
}
