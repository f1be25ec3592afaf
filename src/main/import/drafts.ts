import { AppError } from '../kernel/errors';
import type { Session } from '../session/session';
import type { Analysis } from './analyse';
import type { ListFile } from './sheet';

/**
 * The list being imported lives only in the core's memory, attached to the signed-in session: it is
 * gone when the import is committed or discarded, when another list is opened, and when the vault
 * locks (the session is dropped). The path is kept only to offer deleting the source file.
 */
interface ImportState {
  draft: { file: ListFile; path: string } | null;
  /** The last dry run, reused by the import when nothing it depends on changed (same plan, same vault). */
  analysis: { key: string; result: Analysis } | null;
  /** The file of the last committed import, until it was deleted or the session ends. */
  committedPath: string | null;
}

const states = new WeakMap<Session, ImportState>();

export function importStateOf(session: Session): ImportState {
  let state = states.get(session);
  if (!state) {
    state = { draft: null, analysis: null, committedPath: null };
    states.set(session, state);
  }
  return state;
}

export function requireDraft(session: Session): { file: ListFile; path: string } {
  const draft = importStateOf(session).draft;
  if (!draft) throw new AppError('NOT_FOUND', { messageKey: 'import.noDraft' });
  return draft;
}
