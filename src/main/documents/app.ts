import type { CorePorts } from '../kernel/ports';
import { DONE, type HandlersFor } from '../session/handlers';
import {
  addFiles,
  addFromDialog,
  listCaseDocuments,
  openDocument,
  removeDocument,
  replaceDocument,
  saveDocumentCopy,
  storageFigures,
  updateDocumentDetails,
} from './service';

export function createDocumentsHandlers(deps: { ports: CorePorts }): HandlersFor<'documents'> {
  const { ports } = deps;
  return {
    'documents:list': ({ caseId }, session) => listCaseDocuments(session, caseId),
    'documents:add': ({ caseId, details }, session) => addFromDialog(session, ports, caseId, details),
    'documents:addFiles': ({ caseId, details, files }, session) => addFiles(session, caseId, details, files),
    'documents:open': ({ id }, session) => openDocument(session, id),
    'documents:saveCopy': ({ id }, session) => saveDocumentCopy(session, ports, id),
    'documents:update': ({ id, document }, session) => {
      updateDocumentDetails(session, id, document);
      return DONE;
    },
    'documents:replace': ({ id }, session) => replaceDocument(session, ports, id),
    'documents:delete': ({ id }, session) => {
      removeDocument(session, id);
      return DONE;
    },
    'documents:storage': (_input, session) => storageFigures(session),
  };
}
