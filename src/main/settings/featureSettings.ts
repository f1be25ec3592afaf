import { z } from 'zod';
import { DEFAULT_PROCESSING_RECORD, processingRecordSettingsSchema, type ProcessingRecordSettings } from '@shared/privacy/processingRecord';
import { DEFAULT_RETENTION_RULES, retentionRulesSchema, type RetentionRules } from '@shared/privacy/retention';
import type { VaultDatabase } from '../kernel/db/database';
import { readFeatureSetting, writeFeatureSetting } from './repository';

/**
 * The settings of backup and privacy (retention, processing record), kept as their own entries of
 * the vault's settings; each is parsed at the boundary and falls back to its default when absent.
 */
const backupStateSchema = z.object({
  reminderDays: z.number().int().min(1).max(90),
  lastBackupAt: z.string().nullable(),
  lastBackupFile: z.string().nullable(),
});
export type BackupState = z.infer<typeof backupStateSchema>;

export const DEFAULT_BACKUP_STATE: BackupState = { reminderDays: 7, lastBackupAt: null, lastBackupFile: null };

const NAMES = { backup: 'backup', retention: 'retention', processingRecord: 'processingRecord' } as const;

export function readBackupState(db: VaultDatabase): BackupState {
  return readFeatureSetting(db, NAMES.backup, backupStateSchema, DEFAULT_BACKUP_STATE);
}
export function writeBackupState(db: VaultDatabase, state: BackupState): void {
  writeFeatureSetting(db, NAMES.backup, backupStateSchema, state);
}

export function readRetentionRules(db: VaultDatabase): RetentionRules {
  return readFeatureSetting(db, NAMES.retention, retentionRulesSchema, DEFAULT_RETENTION_RULES);
}
export function writeRetentionRules(db: VaultDatabase, rules: RetentionRules): void {
  writeFeatureSetting(db, NAMES.retention, retentionRulesSchema, rules);
}

export function readProcessingRecordSettings(db: VaultDatabase): ProcessingRecordSettings {
  return readFeatureSetting(db, NAMES.processingRecord, processingRecordSettingsSchema, DEFAULT_PROCESSING_RECORD);
}
export function writeProcessingRecordSettings(db: VaultDatabase, settings: ProcessingRecordSettings): void {
  writeFeatureSetting(db, NAMES.processingRecord, processingRecordSettingsSchema, settings);
}
