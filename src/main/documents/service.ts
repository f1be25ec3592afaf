import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  MAX_DOCUMENT_BYTES,
  type AddResult,
  type DocumentDetails,
  type DocumentLink,
  type DocumentSummary,
  type DocumentUpdate,
  type FileMessage,
  type StorageFigures,
} from '@shared/documents/domain';
import { markStatusDocumentSeen } from '../cases';
import { AppError, fieldError, storageErrorOf } from '../kernel/errors';
import { releaseFreedPages, databaseSpace } from '../kernel/db/compaction';
import { checkpointWal } from '../kernel/db/database';
import { writeExportFile, type WrittenFile } from '../kernel/files';
import type { CorePorts } from '../kernel/ports';
import { recordFieldChanges } from '../session/fieldHistory';
import type { CaseHead, Session } from '../session/session';
import { checkFile, type AcceptedFile, type CheckedFile } from './fileCheck';
import * as repository from './repository';

/**
 * The documents of a case file. Every access is logged with the case code and the document id
 * (as `object`), never the file name: names carry names („Duldung_Haddad_Rami.pdf“) and live only in
 * the encrypted vault. Nothing is ever written outside the vault except a copy the user explicitly
 * saves, where the user chose.
 */

function refusal(key: string, params: Record<string, string | number> = {}): FileMessage {
  return { key, params };
}

/** A file the user picked in the dialog: size checked before anything is read. */
function readChosenFile(path: string): { name: string; checked: Promise<CheckedFile> } {
  const name = basename(path);
  try {
    const size = statSync(path).size;
    if (size === 0) return { name, checked: Promise.resolve({ ok: false, reason: refusal('documents.refused.empty') }) };
    if (size > MAX_DOCUMENT_BYTES) {
      return {
        name,
        checked: Promise.resolve({ ok: false, reason: refusal('documents.refused.tooLarge', { limit: MAX_DOCUMENT_BYTES / 1024 / 1024 }) }),
      };
    }
    return { name, checked: checkFile(name, readFileSync(path)) };
  } catch {
    return { name, checked: Promise.resolve({ ok: false, reason: refusal('documents.refused.unreadable') }) };
  }
}

/** The link must point into the same case; a status link sets „Dokument gesehen am“ of that entry. */
function applyLink(session: Session, head: CaseHead, link: DocumentLink | null): void {
  if (!link) return;
  if (repository.findLinkTargetCase(session.db, link) !== head.id) {
    throw new AppError('DOCUMENT_LINK_INVALID', { fields: { 'details.link': 'error.DOCUMENT_LINK_INVALID' } });
  }
  if (link.type !== 'status') return;
  const today = session.today();
  const changed = markStatusDocumentSeen(session.db, link.id, today);
  if (changed) {
    recordFieldChanges(session.db, {
      caseId: head.id,
      table: 'residence_statuses',
      rowId: link.id,
      actor: session.actor,
      at: session.at(),
      before: { documentSeenOn: changed.before },
      after: { documentSeenOn: today },
    });
  }
}

function checkDate(session: Session, details: DocumentDetails): void {
  if (details.date && details.date > session.today()) throw fieldError('details.date', 'validation.dateFuture');
}

function insertChecked(session: Session, caseId: string, details: DocumentDetails, file: AcceptedFile): string {
  return session.transaction((db) => {
    const head = session.requireCase(caseId);
    const id = randomUUID();
    repository.insertDocument(db, { id, caseId, details, content: file, addedBy: session.actor.userId, at: session.at() });
    applyLink(session, head, details.link);
    session.record('case.document.add', {
      case: head,
      item: id,
      details: { document: id, kind: details.kind, bytes: file.bytes.byteLength, mediaType: file.mediaType },
    });
    return id;
  });
}

/** After a failed write the WAL may hold pages of the rolled-back document: empty it if the disk lets us. */
function dropRolledBackPages(session: Session): void {
  try {
    checkpointWal(session.db);
  } catch {
    // The disk is still full; the frames are past the WAL's end and are overwritten by the next write.
  }
}

/**
 * Checks and stores files one after the other (one file in memory at a time). A refused file is
 * reported with its reason and the others go on; a full disk stops the batch, and the file it hit
 * leaves nothing behind (its transaction rolls back).
 */
async function addChecked(
  session: Session,
  caseId: string,
  details: DocumentDetails,
  files: { name: string; checked: () => Promise<CheckedFile> }[],
): Promise<AddResult> {
  checkDate(session, details);
  const result: AddResult = { cancelled: false, added: [], refused: [] };
  let stopped: FileMessage | null = null;
  for (const file of files) {
    if (stopped) {
      result.refused.push({ fileName: file.name, reason: stopped });
      continue;
    }
    const checked = await file.checked();
    if (!checked.ok) {
      result.refused.push({ fileName: file.name, reason: checked.reason });
      continue;
    }
    try {
      const id = insertChecked(session, caseId, details, checked);
      result.added.push({ id, fileName: checked.fileName, notices: checked.notices });
    } catch (error) {
      const storage = storageErrorOf(error);
      if (!storage) throw error;
      dropRolledBackPages(session);
      stopped = refusal(storage.messageKey);
      result.refused.push({ fileName: file.name, reason: stopped });
    }
  }
  return result;
}

export function listCaseDocuments(session: Session, caseId: string): DocumentSummary[] {
  return session.transaction((db) => {
    session.record('case.document.list', { case: session.requireCase(caseId) });
    return repository.listDocuments(db, caseId);
  });
}

export async function addFromDialog(
  session: Session,
  ports: CorePorts,
  caseId: string,
  details: DocumentDetails,
): Promise<AddResult | { cancelled: true }> {
  if (!ports.chooseOpenFiles) throw new AppError('INTERNAL');
  session.requireCase(caseId);
  checkDate(session, details);
  const paths = await ports.chooseOpenFiles({ kind: 'documents', multiple: true });
  if (!paths || paths.length === 0) return { cancelled: true };
  return addChecked(
    session,
    caseId,
    details,
    paths.map((path) => ({ name: basename(path), checked: () => readChosenFile(path).checked })),
  );
}

export function addFiles(
  session: Session,
  caseId: string,
  details: DocumentDetails,
  files: { name: string; bytes: Uint8Array }[],
): Promise<AddResult> {
  return addChecked(
    session,
    caseId,
    details,
    files.map((file) => ({ name: file.name, checked: () => checkFile(file.name, file.bytes) })),
  );
}

/**
 * The internal entry point for files the app itself made (papers from templates): the same checks,
 * the same storage and log entry as a file the counsellor added. DOCUMENT_REFUSED if the file fails
 * a check (a template that produced something broken must not land in the case file).
 */
export async function storeDocument(
  session: Session,
  caseId: string,
  file: { bytes: Uint8Array; fileName: string } & DocumentDetails,
): Promise<{ id: string; fileName: string }> {
  const { bytes, fileName, ...details } = file;
  checkDate(session, details);
  const checked = await checkFile(fileName, bytes);
  if (!checked.ok) throw new AppError('DOCUMENT_REFUSED', { messageKey: checked.reason.key, params: checked.reason.params });
  return { id: insertChecked(session, caseId, details, checked), fileName: checked.fileName };
}

function requireDocument(session: Session, id: string): { document: DocumentSummary; head: CaseHead } {
  const document = repository.findDocument(session.db, id);
  if (!document) throw new AppError('NOT_FOUND');
  return { document, head: session.requireCase(document.caseId) };
}

/** The bytes for the viewer (PDF, images), read from the vault and checked against the stored hash. */
export function openDocument(session: Session, id: string): { document: DocumentSummary; bytes: Uint8Array } {
  return session.transaction((db) => {
    const { document, head } = requireDocument(session, id);
    if (!document.view) throw new AppError('DOCUMENT_NOT_VIEWABLE');
    session.record('case.document.view', { case: head, item: id, details: { document: id } });
    const bytes = repository.readContent(db, document);
    // A plain Uint8Array view of the same memory (no copy): what the contract names and IPC clones.
    return { document, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  });
}

/**
 * „Kopie speichern unter …“: the only way a document leaves the vault, as a plain file where the
 * user chose (the renderer has warned that it is unencrypted). Logged before the file is written,
 * with the document id and the content's hash, never the name.
 */
export async function saveDocumentCopy(
  session: Session,
  ports: CorePorts,
  id: string,
): Promise<{ cancelled: true } | { cancelled: false; file: WrittenFile }> {
  if (!ports.chooseSaveFile) throw new AppError('INTERNAL');
  const { document } = requireDocument(session, id);
  const path = await ports.chooseSaveFile({ defaultName: document.fileName, kind: 'anyFile' });
  if (path === null) return { cancelled: true };
  const bytes = session.transaction((db) => {
    const { document: current, head } = requireDocument(session, id);
    session.record('case.document.saveCopy', { case: head, item: id, details: { document: id, sha256: current.sha256 } });
    return repository.readContent(db, current);
  });
  try {
    return { cancelled: false, file: writeExportFile(path, bytes) };
  } finally {
    bytes.fill(0);
  }
}

export function updateDocumentDetails(session: Session, id: string, update: DocumentUpdate): void {
  checkDate(session, update);
  session.transaction((db) => {
    const { document, head } = requireDocument(session, id);
    const linkChanged = JSON.stringify(document.link) !== JSON.stringify(update.link);
    repository.updateDocument(db, id, update, session.at());
    if (linkChanged) applyLink(session, head, update.link);
    recordFieldChanges(db, {
      caseId: head.id,
      table: 'documents',
      rowId: id,
      actor: session.actor,
      at: session.at(),
      before: { fileName: document.fileName, kind: document.kind, date: document.date, note: document.note, link: document.link },
      after: { fileName: update.fileName, kind: update.kind, date: update.date, note: update.note, link: update.link },
    });
    session.record('case.document.update', { case: head, item: id, details: { document: id } });
  });
}

/** New content for a document (a better scan): kind, date, note and link stay. */
export async function replaceDocument(
  session: Session,
  ports: CorePorts,
  id: string,
): Promise<{ cancelled: true } | { cancelled: false; notices: FileMessage[] }> {
  if (!ports.chooseOpenFiles) throw new AppError('INTERNAL');
  requireDocument(session, id);
  const paths = await ports.chooseOpenFiles({ kind: 'documents', multiple: false });
  const path = paths?.[0];
  if (!path) return { cancelled: true };
  const checked = await readChosenFile(path).checked;
  if (!checked.ok) throw new AppError('DOCUMENT_REFUSED', { messageKey: checked.reason.key, params: checked.reason.params });
  try {
    session.transaction((db) => {
      const { head } = requireDocument(session, id);
      repository.replaceContent(db, id, checked, session.at());
      session.record('case.document.replace', {
        case: head,
        item: id,
        details: { document: id, bytes: checked.bytes.byteLength, mediaType: checked.mediaType },
      });
    });
  } catch (error) {
    if (storageErrorOf(error)) dropRolledBackPages(session);
    throw error;
  }
  releaseFreedPages(session.db);
  return { cancelled: false, notices: checked.notices };
}

/** Real deletion: the rows go, secure_delete zeroes their pages, and the space is given back at once. */
export function removeDocument(session: Session, id: string): void {
  session.transaction((db) => {
    const { head } = requireDocument(session, id);
    repository.deleteDocument(db, id);
    session.record('case.document.delete', { case: head, item: id, details: { document: id } });
  });
  releaseFreedPages(session.db);
}

/** The figures of the settings page: no case is named, so any role may see them. */
export function storageFigures(session: Session): StorageFigures {
  const space = databaseSpace(session.db);
  const totals = repository.documentTotals(session.db);
  return {
    vaultBytes: space.bytes,
    reclaimableBytes: space.freeBytes,
    documentBytes: totals.bytes,
    documentCount: totals.count,
    maxDocumentBytes: MAX_DOCUMENT_BYTES,
  };
}
