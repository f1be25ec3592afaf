import type { VaultDatabase } from '../kernel/db/database';
import { listDocumentCases, listDocuments, readContent } from './repository';

/** A document as a file of the Gesamtexport, below `dokumente/<case code>/`. */
export interface DocumentExportFile {
  path: string;
  bytes: Uint8Array;
}

/** Characters Windows and zip readers refuse in a file name, and path separators. */
const UNSAFE = /[\\/:*?"<>|]/g;

/** Control characters (below U+0020) made visible as `_` too; a loop, because lint forbids them in a pattern. */
function safeName(fileName: string): string {
  return Array.from(fileName.replace(UNSAFE, '_'), (character) => (character.charCodeAt(0) < 0x20 ? '_' : character)).join('');
}

/**
 * Every document of every case as a file for the Gesamtexport at a change of system (issue 14):
 * numbered per case like the Auskunft, so two documents with the same name never collide, each
 * checked against its SHA-256 on the way out (readContent). Runs inside the export's transaction.
 */
export function* exportDocumentFiles(db: VaultDatabase): Generator<DocumentExportFile> {
  for (const { caseId, code } of listDocumentCases(db)) {
    const documents = listDocuments(db, caseId);
    for (const [index, document] of documents.entries()) {
      const name = safeName(document.fileName);
      yield { path: `dokumente/${code}/${String(index + 1).padStart(2, '0')}_${name}`, bytes: readContent(db, document) };
    }
  }
}
