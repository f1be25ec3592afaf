import { z } from 'zod';
import { AUTO_LOCK_MINUTES } from '../kernel/language';
import { DEFAULT_DEADLINE_SETTINGS, deadlineSettingsSchema } from '../deadlines';
import { caseCodePrefixSchema } from '../cases';

/** Vault-wide settings (inside the encrypted file), parsed at the boundary. */
export const vaultSettingsSchema = z.object({
  autoLockMinutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max),
  /** First part of generated case codes, e.g. LEV in LEV-2026-0042. */
  caseCodePrefix: caseCodePrefixSchema,
  deadlines: deadlineSettingsSchema,
});

export type VaultSettings = z.infer<typeof vaultSettingsSchema>;

export const DEFAULT_VAULT_SETTINGS: VaultSettings = {
  autoLockMinutes: AUTO_LOCK_MINUTES.default,
  caseCodePrefix: 'FB',
  deadlines: { ...DEFAULT_DEADLINE_SETTINGS },
};
