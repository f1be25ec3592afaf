export { createAuditHandlers } from './app';
