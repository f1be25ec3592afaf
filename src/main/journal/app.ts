import { DONE, type HandlersFor } from '../session/handlers';
import { addJournalEntry, deleteJournalEntry, updateJournalEntry } from './service';

export function createJournalHandlers(): HandlersFor<'journal'> {
  return {
    'journal:add': ({ caseId, entry }, session) => addJournalEntry(session, caseId, entry),
    'journal:update': ({ id, entry }, session) => {
      updateJournalEntry(session, id, entry);
      return DONE;
    },
    'journal:delete': ({ id }, session) => {
      deleteJournalEntry(session, id);
      return DONE;
    },
  };
}
