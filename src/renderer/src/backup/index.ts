export { BackupSection } from './BackupSection';
export { RestoreSection } from './RestoreSection';
export { RecoveryKeySection } from './RecoveryKeySection';
export { RecoveryKeyStep } from './RecoveryKeyStep';
export { BackupReminderBanner } from './BackupReminderBanner';
export { FreshRestoreEntry } from './fresh/FreshRestoreEntry';
export { NewestBackupRestore } from './fresh/NewestBackupRestore';
