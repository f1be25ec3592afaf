import { join } from 'node:path';
import type { DocumentKind } from '@shared/documents/domain';
import type { VaultDatabase } from '../kernel/db/database';
import { writeExportFile } from '../kernel/files';
import { listDocuments, readContent } from './repository';

/** One document of the Auskunft: what it is, and under which name it lies next to the PDF and JSON. */
export interface DisclosedDocument {
  /** The id the access log names as the item of a document's entries. */
  id: string;
  savedAs: string;
  fileName: string;
  kind: DocumentKind;
  date: string | null;
  note: string;
  mediaType: string;
  byteLength: number;
  sha256: string;
  addedAt: string;
  /** Changed on the way in (Art. 15: the person learns that the stored file is not byte for byte what was handed in). */
  metadataRemoved: boolean;
  convertedFrom: string | null;
}

function numbered(index: number, fileName: string): string {
  return `${String(index + 1).padStart(2, '0')}_${fileName}`;
}

/**
 * Art. 15: the person's documents as files in `folder` (next to the Auskunft's PDF and JSON), one
 * at a time, each checked against its SHA-256 on the way out and written atomically. Numbered, so
 * two documents with the same name never overwrite each other. Nothing is written when there are
 * none. Runs inside the caller's transaction (the read and its log entry are one).
 */
export function writeDisclosedDocuments(db: VaultDatabase, caseId: string, folder: string): DisclosedDocument[] {
  const documents = listDocuments(db, caseId);
  return documents.map((document, index) => {
    const savedAs = numbered(index, document.fileName);
    const bytes = readContent(db, document);
    try {
      writeExportFile(join(folder, savedAs), bytes);
    } finally {
      bytes.fill(0);
    }
    return {
      id: document.id,
      savedAs,
      fileName: document.fileName,
      kind: document.kind,
      date: document.date,
      note: document.note,
      mediaType: document.mediaType,
      byteLength: document.byteLength,
      sha256: document.sha256,
      addedAt: document.createdAt,
      metadataRemoved: document.metadataRemoved,
      convertedFrom: document.convertedFrom,
    };
  });
}

export function countDocuments(db: VaultDatabase, caseId: string): number {
  return listDocuments(db, caseId).length;
}
