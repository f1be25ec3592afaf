export { createCaseHandlers } from './app';
export { caseAccessRule } from './access';
export { listStatuses, markStatusDocumentSeen } from './repository';
