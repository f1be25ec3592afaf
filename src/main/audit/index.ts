export { AuditService } from './service';
export { createAuditHandlers } from './app';
export type { VerifyOptions } from './parallelVerify';
