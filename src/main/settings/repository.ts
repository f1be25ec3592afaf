import { z } from 'zod';
import { AUTO_LOCK_MINUTES } from '@shared/kernel/language';
import { DEFAULT_DEADLINE_SETTINGS, deadlineSettingsSchema } from '@shared/deadlines/rules';
import { caseCodePrefixSchema } from '@shared/cases/domain';
import type { VaultDatabase } from '../kernel/db/database';

/** Vault-wide settings (inside the encrypted file), parsed at the boundary. */
const vaultSettingsSchema = z.object({
  autoLockMinutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max),
  /** First part of generated case codes, e.g. LEV in LEV-2026-0042. */
  caseCodePrefix: caseCodePrefixSchema,
  deadlines: deadlineSettingsSchema,
});
export type VaultSettings = z.infer<typeof vaultSettingsSchema>;

const DEFAULTS: VaultSettings = {
  autoLockMinutes: AUTO_LOCK_MINUTES.default,
  caseCodePrefix: 'FB',
  deadlines: { ...DEFAULT_DEADLINE_SETTINGS },
};

export function readVaultSettings(db: VaultDatabase): VaultSettings {
  // Per-user preferences share the table under their own prefix (prefsRepository.ts).
  const rows = db.prepare("SELECT key, value FROM settings WHERE key NOT LIKE 'pref:%'").all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const row of rows) stored[row.key] = JSON.parse(row.value);
  const parsed = vaultSettingsSchema.safeParse({ ...DEFAULTS, ...stored });
  return parsed.success ? parsed.data : DEFAULTS;
}

export function writeVaultSettings(db: VaultDatabase, change: Partial<VaultSettings>): VaultSettings {
  const statement = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(change)) {
    if (value !== undefined) statement.run(key, JSON.stringify(value));
  }
  return readVaultSettings(db);
}
