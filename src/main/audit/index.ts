export { AuditService } from './service';
export { createAuditHandlers } from './app';
/** The log's words for other files that show log entries (the Auskunft). */
export { actionWords, loggedTime } from './exportWords';
export type { VerifyOptions } from './parallelVerify';
