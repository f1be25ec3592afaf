export { AuditService } from './service';
export { createAuditHandlers } from './app';
