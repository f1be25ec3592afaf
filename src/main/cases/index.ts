export { createCaseHandlers } from './app';
export { caseAccessRule } from './access';
export { listCaseIdentities, listStatuses, markStatusDocumentSeen } from './repository';
export { addStatus, assignCase, checkCaseDates, createCase, deleteStatus, getCase, updateCase, type CaseWarning } from './service';
