import { randomUUID } from 'node:crypto';
import type { CaseFields } from '@shared/cases/domain';
import type { ImportPlan } from '@shared/import/domain';
import { addStatus, assignCase, createCase, getCase, updateCase } from '../cases';
import { addJournalEntry } from '../journal';
import { AppError } from '../kernel/errors';
import { personTables } from '../privacy';
import type { Session } from '../session/session';
import type { PlannedRow } from './analyse';
import { importStateOf, requireDraft } from './drafts';
import * as repository from './repository';
import { analyseDraft } from './service';

/**
 * The import: the dry run once more, then every valid row in ONE transaction — as one batch, or
 * nothing. Each case goes through the same service functions as a case made by hand (code,
 * deadlines, search index, access rule, a log entry per case); better-sqlite3 nests their
 * transactions as savepoints inside this one.
 */

/** The empty value of each case field a merge may fill; required fields are never empty. */
const EMPTY_FIELD_VALUES: Partial<Record<keyof CaseFields, unknown>> = {
  birthDate: null,
  gender: 'notStated',
  nationalities: [],
  countryOfOrigin: null,
  languages: [],
  entryDate: null,
  schoolYears: null,
};

export function isEmptyFieldValue(field: keyof CaseFields, value: unknown): boolean {
  return field in EMPTY_FIELD_VALUES && JSON.stringify(value) === JSON.stringify(EMPTY_FIELD_VALUES[field]);
}

export function emptyValueOf(field: keyof CaseFields): unknown {
  return EMPTY_FIELD_VALUES[field];
}

type Link = Omit<repository.BatchCaseLink, 'fingerprint'>;

function addRemark(session: Session, caseId: string, row: PlannedRow, heading: string): string | null {
  if (row.remark === null) return null;
  return addJournalEntry(session, caseId, {
    occurredOn: session.today(),
    durationMinutes: null,
    kind: 'note',
    interpreter: false,
    topics: [],
    participants: [],
    note: `${heading}\n${row.remark}`,
  }).id;
}

function createRow(session: Session, batchId: string, row: PlannedRow, heading: string): Link {
  // The status goes in with the case (one creation, one log entry); the whole case goes on undo.
  const { id } = createCase(session, row.fields, row.status ? { status: row.status } : {});
  const journalId = addRemark(session, id, row, heading);
  // Created in the caller's caseload, then handed over: the log shows who gave it to whom.
  if (row.counsellorId !== session.actor.userId) assignCase(session, id, row.counsellorId);
  return { batchId, caseId: id, origin: 'created', sourceRow: row.number, mergedFields: [], statusId: null, journalId };
}

/** Fills the existing case's empty fields only; a status only when it has none. Never overwrites. */
function mergeRow(session: Session, batchId: string, row: PlannedRow, heading: string): Link {
  const target = row.mergeInto;
  if (!target) throw new AppError('INTERNAL');
  const existing = getCase(session, target.id);
  const merged: CaseFields = { ...existing.fields };
  const filled: string[] = [];
  for (const field of Object.keys(EMPTY_FIELD_VALUES) as (keyof CaseFields)[]) {
    if (isEmptyFieldValue(field, existing.fields[field]) && !isEmptyFieldValue(field, row.fields[field])) {
      Object.assign(merged, { [field]: row.fields[field] });
      filled.push(field);
    }
  }
  if (filled.length > 0) updateCase(session, target.id, merged);
  const statusId = row.status && existing.statuses.length === 0 ? addStatus(session, target.id, row.status).id : null;
  const journalId = addRemark(session, target.id, row, heading);
  return { batchId, caseId: target.id, origin: 'merged', sourceRow: row.number, mergedFields: filled, statusId, journalId };
}

export function commitImport(session: Session, plan: ImportPlan, heading: string) {
  const state = importStateOf(session);
  const { file, path } = requireDraft(session);
  const result = session.transaction((db) => {
    const { planned, dryRun } = analyseDraft(session, plan);
    if (planned.length === 0) throw new AppError('CONFLICT', { messageKey: 'import.nothingToImport' });
    const batchId = randomUUID();
    repository.insertBatch(db, {
      id: batchId,
      userId: session.actor.userId,
      createdAt: session.at(),
      fileKind: file.kind,
      fileSha256: file.sha256,
      rows: dryRun.dataRows,
      created: dryRun.create,
      merged: dryRun.merge,
      skipped: dryRun.skip,
      errorRows: dryRun.errorRows,
    });
    const links = planned.map((row) =>
      row.action === 'merge' ? mergeRow(session, batchId, row, heading) : createRow(session, batchId, row, heading),
    );
    const fingerprints = repository.fingerprintCases(
      db,
      links.map((link) => link.caseId),
      personTables(db),
    );
    for (const link of links) repository.insertBatchCase(db, { ...link, fingerprint: fingerprints.get(link.caseId) ?? '' });
    const counts = {
      rows: dryRun.dataRows,
      created: dryRun.create,
      merged: dryRun.merge,
      skipped: dryRun.skip,
      errorRows: dryRun.errorRows,
    };
    // The batch id, the file's SHA-256 and the counts; never the file's name or any value of it.
    session.record('import.commit', { object: batchId, details: { batchId, sha256: file.sha256, kind: file.kind, ...counts } });
    return {
      batchId,
      created: dryRun.create,
      merged: dryRun.merge,
      skipped: dryRun.skip,
      errorRows: dryRun.errorRows,
      firstCaseId: links.find((link) => link.origin === 'created')?.caseId ?? null,
    };
  });
  state.draft = null;
  state.analysis = null;
  state.committedPath = path;
  return result;
}
