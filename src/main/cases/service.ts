import { randomBytes, randomUUID } from 'node:crypto';
import type { AccessReason } from '@shared/cases/access';
import {
  EMPTY_CASE_CONTACT,
  type CaseContact,
  type CaseDetail,
  type CaseFields,
  type CaseSummary,
  type SearchHit,
  type StatusInput,
} from '@shared/cases/domain';
import { ageOn, type IsoDate } from '@shared/kernel/dates';
import { AppError, fieldError } from '../kernel/errors';
import { recordFieldChanges } from '../session/fieldHistory';
import type { CaseHead, Session } from '../session/session';
import { listCaseDeadlines, syncCaseDeadlines } from '../deadlines';
import { listJournal } from '../journal';
import { caseScopeOf, grantCaseAccess } from './access';
import * as repository from './repository';
import { searchIndex } from './searchRepository';
import { summarizeCases } from './summary';

export type CaseWarning = 'ageOutsideRange';

const TARGET_AGE = { min: 18, max: 27 } as const;

/** Rules that need today's date; the schemas check everything else. Throws field errors (also for the import's rows). */
export function checkCaseDates(fields: CaseFields, today: IsoDate): void {
  if (fields.birthDate && fields.birthDate > today) throw fieldError('birthDate', 'validation.birthDateFuture');
  if (fields.entryDate && fields.entryDate > today) throw fieldError('entryDate', 'validation.dateFuture');
  if (fields.entryDate && fields.birthDate && fields.entryDate < fields.birthDate)
    throw fieldError('entryDate', 'validation.entryBeforeBirth');
  if (fields.intakeDate && fields.birthDate && fields.intakeDate < fields.birthDate)
    throw fieldError('intakeDate', 'validation.intakeBeforeBirth');
}

function warningsFor(fields: CaseFields, today: IsoDate): CaseWarning[] {
  if (!fields.birthDate) return [];
  const age = ageOn(fields.birthDate, today);
  return age < TARGET_AGE.min || age > TARGET_AGE.max ? ['ageOutsideRange'] : [];
}

/** Names of fields whose value changed — logged instead of the values themselves. */
function changedFields<T extends object>(before: T, after: T): string[] {
  return (Object.keys(after) as (keyof T & string)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/**
 * The case notebook's use cases: cases, their status history and training starts, the search. Every
 * read and write logs its case through the session in the same transaction as the change.
 */

function requireCase(session: Session, caseId: string): repository.CaseRecord {
  const found = repository.findCase(session.db, caseId);
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

/** The log needs the case's head; the full record the caller just read already has it. */
function headOf(record: repository.CaseRecord): CaseHead {
  return {
    id: record.id,
    code: record.code,
    counsellorId: record.counsellorId,
    intakeDate: record.fields.intakeDate,
    closedOn: record.closedOn,
  };
}

function syncDeadlines(session: Session, caseId: string): void {
  syncCaseDeadlines(session.db, caseId, session.settings.deadlines, session.at());
}

/** The cases in the user's scope in code order; with `first`, only that many (the list's first screen). */
export function listCases(session: Session, options: { includeClosed: boolean; first?: number | undefined }): CaseSummary[] {
  const today = session.today();
  return session.transaction(() => {
    session.record('cases.list');
    const scope = caseScopeOf(session);
    return scope ? summarizeCases(repository.listCases(session.db, { ...options, scope }), today) : [];
  });
}

/**
 * A case as the form makes it; the import passes the status of its list row too, so the case, its
 * first status and the deadlines derived from both are written (and logged) as one creation. `contact`: phone, e-mail and address (empty when not given).
 */
export function createCase(
  session: Session,
  fields: CaseFields,
  options: { status?: StatusInput; contact?: CaseContact } = {},
): { id: string; code: string; warnings: CaseWarning[] } {
  const today = session.today();
  checkCaseDates(fields, today);
  const { status } = options;
  const contact = options.contact ?? EMPTY_CASE_CONTACT;
  if (status?.documentSeenOn && status.documentSeenOn > today) throw fieldError('documentSeenOn', 'validation.dateFuture');
  return session.transaction(() => {
    const id = randomUUID();
    const code = repository.reserveCaseCode(session.db, session.settings.caseCodePrefix, Number(today.slice(0, 4)));
    repository.insertCase(session.db, {
      id,
      code,
      fields,
      contact,
      counsellorId: session.actor.userId,
      recordKey: randomBytes(4).readUInt32BE(0),
      at: session.at(),
    });
    if (status) repository.insertStatus(session.db, { ...status, id: randomUUID(), caseId: id, at: session.at() });
    syncDeadlines(session, id);
    session.record('case.create', {
      case: { id, code, counsellorId: session.actor.userId, intakeDate: fields.intakeDate, closedOn: null },
      ...(status ? { details: { status: status.status } } : {}),
    });
    return { id, code, warnings: warningsFor(fields, today) };
  });
}

/** `contact` undefined keeps the stored contact data (callers that do not edit it). */
export function updateCase(session: Session, caseId: string, fields: CaseFields, contact?: CaseContact): { warnings: CaseWarning[] } {
  const today = session.today();
  checkCaseDates(fields, today);
  return session.transaction(() => {
    const before = requireCase(session, caseId);
    const afterContact = contact ?? before.contact;
    // Only the names of changed fields go to the log, never their values (contact data included).
    const changed = [...changedFields(before.fields, fields), ...changedFields(before.contact, afterContact)];
    if (changed.length === 0) return { warnings: warningsFor(fields, today) };
    repository.updateCaseFields(session.db, caseId, fields, session.at(), afterContact);
    // Art. 16: who changed what from which value to which (issue 6).
    recordFieldChanges(session.db, {
      caseId,
      table: 'cases',
      rowId: caseId,
      actor: session.actor,
      at: session.at(),
      before: { ...before.fields, ...before.contact },
      after: { ...fields, ...afterContact },
    });
    syncDeadlines(session, caseId);
    session.record('case.update', { case: headOf(before), details: { fields: changed } });
    return { warnings: warningsFor(fields, today) };
  });
}

export function getCase(session: Session, caseId: string, access?: AccessReason): CaseDetail {
  return session.transaction(() => {
    const record = requireCase(session, caseId);
    // A colleague's case needs a reason (break-the-glass); the log seam refuses it otherwise.
    grantCaseAccess(session, record, access);
    session.record('case.view', { case: headOf(record) });
    const statuses = repository.listStatuses(session.db, caseId);
    return {
      ...record,
      statuses,
      currentStatusId: statuses[0]?.id ?? null,
      trainingStarts: repository.listTrainingStarts(session.db, caseId),
      deadlines: listCaseDeadlines(session.db, caseId),
      journal: listJournal(session.db, caseId),
    };
  });
}

/**
 * Adds a status or a training start to a case in one transaction: the access rule, the row, the
 * deadlines derived again and the log entry.
 */
function addToCase(
  session: Session,
  caseId: string,
  insert: (id: string) => void,
  log: { action: string; details?: Record<string, unknown> },
): { id: string } {
  return session.transaction(() => {
    const subject = session.requireCase(caseId);
    const id = randomUUID();
    insert(id);
    syncDeadlines(session, caseId);
    session.record(log.action, log.details ? { case: subject, details: log.details } : { case: subject });
    return { id };
  });
}

export function addStatus(session: Session, caseId: string, input: StatusInput): { id: string } {
  if (input.documentSeenOn && input.documentSeenOn > session.today()) throw fieldError('documentSeenOn', 'validation.dateFuture');
  return addToCase(session, caseId, (id) => repository.insertStatus(session.db, { ...input, id, caseId, at: session.at() }), {
    action: 'case.status.add',
    details: { status: input.status },
  });
}

export function deleteStatus(session: Session, statusId: string): void {
  session.transaction(() => {
    const caseId = repository.findStatusCase(session.db, statusId);
    if (!caseId) throw new AppError('NOT_FOUND');
    const subject = session.requireCase(caseId);
    repository.deleteStatus(session.db, statusId);
    syncDeadlines(session, caseId);
    session.record('case.status.delete', { case: subject });
  });
}

export function addTrainingStart(session: Session, caseId: string, startsOn: IsoDate, description: string | null): { id: string } {
  return addToCase(
    session,
    caseId,
    (id) => repository.insertTrainingStart(session.db, { id, caseId, startsOn, description, at: session.at() }),
    {
      action: 'case.training.add',
    },
  );
}

export function deleteTrainingStart(session: Session, id: string): void {
  session.transaction(() => {
    const caseId = repository.deleteTrainingStart(session.db, id);
    if (!caseId) throw new AppError('NOT_FOUND');
    const subject = session.requireCase(caseId);
    syncDeadlines(session, caseId);
    session.record('case.training.delete', { case: subject });
  });
}

export function search(session: Session, text: string): SearchHit[] {
  return session.transaction(() => {
    const scope = caseScopeOf(session);
    const hits = scope ? searchIndex(session.db, text, scope) : [];
    // That a search happened is logged, never what was searched for.
    session.record('search', { details: { hits: hits.length } });
    return hits;
  });
}

/** A counsellor finds a colleague's case by its code; only the code and who holds it are shown. */
export function lookupCase(session: Session, code: string) {
  return session.transaction(() => {
    const found = repository.lookupCaseByCode(session.db, code.toUpperCase());
    if (!found) throw new AppError('NOT_FOUND');
    session.record('case.lookup', { case: session.requireCase(found.caseId) });
    const isOwn = found.counsellorId === session.actor.userId;
    return {
      caseId: found.caseId,
      code: found.code,
      counsellorName: found.counsellorName,
      isOwn,
      needsReason: !isOwn && !session.breakGlass.has(found.code),
    };
  });
}

/**
 * Hands one of the caller's own cases to a colleague (the import's "Zuständig" column): logged on
 * the case while it is still the caller's, so the access rule sees who hands it over. The colleague
 * must hold an active counsellor account.
 */
export function assignCase(session: Session, caseId: string, counsellorId: string): void {
  session.transaction(() => {
    const subject = session.requireCase(caseId);
    if (subject.counsellorId === counsellorId) return;
    if (!repository.isActiveCounsellor(session.db, counsellorId)) {
      throw new AppError('INVALID_INPUT', { messageKey: 'error.NOT_A_COUNSELLOR', fields: { counsellorId: 'error.NOT_A_COUNSELLOR' } });
    }
    session.record('case.assign', { case: subject, details: { from: subject.counsellorId, to: counsellorId } });
    repository.setCounsellor(session.db, caseId, counsellorId, session.at());
  });
}
