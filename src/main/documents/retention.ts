import { addMonths, type IsoDate } from '@shared/kernel/dates';
import type { DocumentKind } from '@shared/documents/domain';
import type { VaultDatabase } from '../kernel/db/database';
import type { Session } from '../session/session';
import { deleteDocument, findDocument, listDocumentAges } from './repository';

/**
 * Retention of single documents by kind and age (the controller's deletion concept, e.g. „Bescheide
 * nach 2 Jahren“), for privacy's retention plan: the same function lists them for the dry run and
 * for the run. The age counts from the document's date, or the day it was added when it has none.
 */
export interface DocumentRetentionItem {
  id: string;
  caseId: string;
  code: string;
  kind: DocumentKind;
  referenceDate: IsoDate;
  dueSince: IsoDate;
}

export function planDocumentRetention(
  db: VaultDatabase,
  rules: readonly { kind: DocumentKind; years: number }[],
  today: IsoDate,
): DocumentRetentionItem[] {
  if (rules.length === 0) return [];
  const yearsOf = new Map(rules.map((rule) => [rule.kind, rule.years]));
  const items: DocumentRetentionItem[] = [];
  for (const row of listDocumentAges(db)) {
    const years = yearsOf.get(row.kind as DocumentKind);
    if (years === undefined) continue;
    const dueSince = addMonths(row.date, 12 * years);
    if (dueSince <= today) {
      items.push({ id: row.id, caseId: row.caseId, code: row.code, kind: row.kind as DocumentKind, referenceDate: row.date, dueSince });
    }
  }
  return items;
}

/** Deletes one planned document in the caller's transaction, logged like a counsellor's delete with the reason. */
export function deleteDocumentByRetention(session: Session, id: string): void {
  const document = findDocument(session.db, id);
  if (!document) return;
  const head = session.requireCase(document.caseId);
  deleteDocument(session.db, id);
  session.record('case.document.delete', { case: head, item: id, reason: 'retention', details: { document: id } });
}
