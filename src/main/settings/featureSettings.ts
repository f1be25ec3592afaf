import { z } from 'zod';
import { DEFAULT_PROCESSING_RECORD, processingRecordSettingsSchema, type ProcessingRecordSettings } from '@shared/privacy/processingRecord';
import { DEFAULT_RETENTION_RULES, retentionRulesSchema, type RetentionRules } from '@shared/privacy/retention';
import type { VaultDatabase } from '../kernel/db/database';

/**
 * The lifecycle's own settings, stored as JSON rows of the vault's `settings` table under keys the
 * general settings ignore. Each is parsed at the boundary and falls back to its default when absent.
 */
const backupStateSchema = z.object({
  reminderDays: z.number().int().min(1).max(90),
  lastBackupAt: z.string().nullable(),
  lastBackupFile: z.string().nullable(),
});
export type BackupState = z.infer<typeof backupStateSchema>;

export const DEFAULT_BACKUP_STATE: BackupState = { reminderDays: 7, lastBackupAt: null, lastBackupFile: null };

const KEYS = {
  backup: 'lifecycle.backup',
  retention: 'lifecycle.retention',
  processingRecord: 'lifecycle.processingRecord',
} as const;

function read<T>(db: VaultDatabase, key: string, schema: z.ZodType<T>, fallback: T): T {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key);
  if (typeof raw !== 'string') return fallback;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return fallback;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

function write(db: VaultDatabase, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}

export function readBackupState(db: VaultDatabase): BackupState {
  return read(db, KEYS.backup, backupStateSchema, DEFAULT_BACKUP_STATE);
}
export function writeBackupState(db: VaultDatabase, state: BackupState): void {
  write(db, KEYS.backup, backupStateSchema.parse(state));
}

export function readRetentionRules(db: VaultDatabase): RetentionRules {
  return read(db, KEYS.retention, retentionRulesSchema, DEFAULT_RETENTION_RULES);
}
export function writeRetentionRules(db: VaultDatabase, rules: RetentionRules): void {
  write(db, KEYS.retention, retentionRulesSchema.parse(rules));
}

export function readProcessingRecordSettings(db: VaultDatabase): ProcessingRecordSettings {
  return read(db, KEYS.processingRecord, processingRecordSettingsSchema, DEFAULT_PROCESSING_RECORD);
}
export function writeProcessingRecordSettings(db: VaultDatabase, settings: ProcessingRecordSettings): void {
  write(db, KEYS.processingRecord, processingRecordSettingsSchema.parse(settings));
}
