export { createBackupHandlers } from './app';
