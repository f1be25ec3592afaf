export { createCaseHandlers } from './app';
export { caseAccessRule } from './access';
export { listStatuses } from './repository';
// Bulk seeding of synthetic cases (training vaults): straight to the tables, no log entry per case.
export { insertCase, insertStatus, insertTrainingStart, reserveCaseCode } from './repository';
