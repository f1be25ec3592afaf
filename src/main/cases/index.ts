export { createCaseHandlers } from './app';
export { caseAccessRule } from './access';
export { listStatuses } from './repository';
