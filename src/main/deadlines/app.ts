import { DONE, type HandlersFor } from '../session/handlers';
import { addDeadline, listDeadlines, resolveDeadline } from './service';

export function createDeadlinesHandlers(): HandlersFor<'deadlines'> {
  return {
    'deadlines:list': ({ scope, limits }, session) => listDeadlines(session, scope, limits),
    'deadlines:add': ({ caseId, ...input }, session) => addDeadline(session, caseId, input),
    'deadlines:resolve': ({ id, state, reason }, session) => {
      resolveDeadline(session, id, state, reason);
      return DONE;
    },
  };
}
