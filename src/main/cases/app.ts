import { DONE, type HandlersFor } from '../session/handlers';
import * as cases from './service';

/** Cases, their status history and training starts, the search and the break-the-glass look-up. */
export function createCaseHandlers(): HandlersFor<'cases' | 'status' | 'training' | 'search' | 'access'> {
  return {
    'cases:list': ({ includeClosed, first }, session) => cases.listCases(session, { includeClosed: includeClosed ?? false, first }),
    'cases:create': ({ fields, contact }, session) => cases.createCase(session, fields, contact ? { contact } : {}),
    'cases:get': ({ id, access }, session) => cases.getCase(session, id, access),
    'cases:update': ({ id, fields, contact }, session) => cases.updateCase(session, id, fields, contact),
    'status:add': ({ caseId, status }, session) => cases.addStatus(session, caseId, status),
    'status:delete': ({ id }, session) => {
      cases.deleteStatus(session, id);
      return DONE;
    },
    'training:add': ({ caseId, startsOn, description }, session) => cases.addTrainingStart(session, caseId, startsOn, description),
    'training:delete': ({ id }, session) => {
      cases.deleteTrainingStart(session, id);
      return DONE;
    },
    'search:query': ({ text }, session) => cases.search(session, text),
    'access:lookupCase': ({ code }, session) => cases.lookupCase(session, code),
  };
}
