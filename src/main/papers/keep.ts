import type { Session } from '../session/session';
import { storeDocument } from '../documents';

/**
 * Keeping a written paper among the case's documents (issue 18's `storeDocument`: the same checks
 * as an upload, encrypted in the vault, logged as a document of the case).
 */
export async function keepInCase(
  session: Session,
  caseId: string,
  file: { bytes: Uint8Array; fileName: string; kind: 'certificate' | 'correspondence' | 'other'; date: string; note: string },
): Promise<string> {
  const stored = await storeDocument(session, caseId, { ...file, link: null });
  return stored.id;
}
