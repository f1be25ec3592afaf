export { createCaseHandlers } from './app';
export { caseAccessRule } from './access';
export { listCaseIdentities, listStatuses, markStatusDocumentSeen } from './repository';
export { addStatus, assignCase, checkCaseDates, createCase, deleteStatus, getCase, updateCase, type CaseWarning } from './service';
// Bulk seeding of synthetic cases (training vaults): straight to the tables, no log entry per case.
export { insertCase, insertStatus, insertTrainingStart, reserveCaseCode } from './repository';
