import { z } from 'zod';
import { AUTO_LOCK_MINUTES } from '../kernel/language';
import { MIN_PASSPHRASE_LENGTH } from '../kernel/passphrase';
import { caseCodePrefixSchema } from '../cases';

/**
 * The machine policy: one JSON file the municipality's IT rolls out (Windows
 * `%ProgramData%\Fallbuch\policy.json`, Linux `/etc/fallbuch/policy.json`), read before anything
 * else at start. Every field is optional except `version`; a field that is present is pinned: users
 * see „von Ihrer Organisation festgelegt“ and cannot change it, and the core enforces it. Unknown
 * fields are errors (a typo must never silently leave a setting unpinned).
 */

/** Absolute on Windows (`C:\…`, `\\server\share\…`) or POSIX (`/…`); shared code has no node:path. */
const ABSOLUTE_PATH = /^(?:[A-Za-z]:[\\/]|\\\\[^\\/]+[\\/][^\\/]+|\/)/;
const absolutePath = z.string().min(1, 'policy.problem.empty').max(1024).regex(ABSOLUTE_PATH, 'policy.problem.notAbsolute');
const folderList = z.array(absolutePath).min(1, 'policy.problem.emptyList').max(20);
const line = (max: number) => z.string().trim().min(1, 'policy.problem.empty').max(max);

export const letterheadSchema = z.strictObject({
  organisation: line(200),
  addressLines: z.array(line(200)).max(6).optional(),
  contact: line(300).optional(),
  signatureBlock: line(300).optional(),
});
export type Letterhead = z.infer<typeof letterheadSchema>;

export const machinePolicySchema = z.strictObject({
  version: z.literal(1),
  vault: z
    .strictObject({
      /** The one folder the vault must live in. */
      folder: absolutePath.optional(),
      /** Or: folders the vault may live in (it must be one of them or inside one). */
      allowedRoots: folderList.optional(),
      /**
       * A vault on a network location is refused unless this is true; then it is opened with a
       * rollback journal and exclusive locking (one workstation at a time).
       */
      allowNetwork: z.boolean().optional(),
    })
    .refine((vault) => vault.folder === undefined || vault.allowedRoots === undefined, {
      message: 'policy.problem.folderAndRoots',
    })
    .optional(),
  /** Backups are written only into this folder (or below it). */
  backupFolder: absolutePath.optional(),
  /** Users may choose a shorter auto-lock, never a longer one. */
  autoLockMaxMinutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max).optional(),
  /** Never below Fallbuch's own minimum. */
  minPassphraseLength: z.number().int().min(MIN_PASSPHRASE_LENGTH).max(128).optional(),
  /** Exports (files the user saves) only into these folders (or below them). */
  exportFolders: folderList.optional(),
  allowImport: z.boolean().optional(),
  allowCombine: z.boolean().optional(),
  letterhead: letterheadSchema.optional(),
  caseCodePrefix: caseCodePrefixSchema.optional(),
});
export type MachinePolicy = z.infer<typeof machinePolicySchema>;

/** No policy file: nothing is pinned, every switch is on. */
export const NO_POLICY: MachinePolicy = { version: 1 };

/** What a problem with the policy file says: the file, the field (dotted) and a text key. */
export interface PolicyProblem {
  file: string;
  /** Dotted path of the field, or null when the file as a whole is the problem. */
  field: string | null;
  messageKey: string;
  params: Record<string, string | number>;
}

/** What the UI needs to know: what is pinned, and the file it came from. */
export const policyInfoSchema = z.object({
  /** The policy file that was read, or null when there is none. */
  file: z.string().nullable(),
  vaultFolder: z.string().nullable(),
  vaultAllowedRoots: z.array(z.string()).nullable(),
  allowNetworkVault: z.boolean(),
  backupFolder: z.string().nullable(),
  autoLockMaxMinutes: z.number().int().nullable(),
  /** The effective minimum (Fallbuch's own when the policy sets none). */
  minPassphraseLength: z.number().int(),
  minPassphraseLengthPinned: z.boolean(),
  exportFolders: z.array(z.string()).nullable(),
  allowImport: z.boolean(),
  allowCombine: z.boolean(),
  letterhead: letterheadSchema.nullable(),
  caseCodePrefix: z.string().nullable(),
});
export type PolicyInfo = z.infer<typeof policyInfoSchema>;

export function policyInfo(policy: MachinePolicy, file: string | null): PolicyInfo {
  return {
    file,
    vaultFolder: policy.vault?.folder ?? null,
    vaultAllowedRoots: policy.vault?.allowedRoots ?? null,
    allowNetworkVault: policy.vault?.allowNetwork ?? false,
    backupFolder: policy.backupFolder ?? null,
    autoLockMaxMinutes: policy.autoLockMaxMinutes ?? null,
    minPassphraseLength: policy.minPassphraseLength ?? MIN_PASSPHRASE_LENGTH,
    minPassphraseLengthPinned: policy.minPassphraseLength !== undefined,
    exportFolders: policy.exportFolders ?? null,
    allowImport: policy.allowImport ?? true,
    allowCombine: policy.allowCombine ?? true,
    letterhead: policy.letterhead ?? null,
    caseCodePrefix: policy.caseCodePrefix ?? null,
  };
}
