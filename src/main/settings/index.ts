export { createSettingsHandlers } from './app';
export { readPreference, readVaultSettings, writeVaultSettings } from './repository';
export {
  DEFAULT_BACKUP_STATE,
  readBackupState,
  readProcessingRecordSettings,
  readRetentionRules,
  writeBackupState,
  writeProcessingRecordSettings,
  writeRetentionRules,
  type BackupState,
} from './featureSettings';
