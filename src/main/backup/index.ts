export { createBackupHandlers } from './app';
export { backupStatusOf } from './service';
