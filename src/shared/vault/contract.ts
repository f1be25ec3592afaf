import { z } from 'zod';
import { ANY_ROLE, accountName, empty, enteredPassphrase, newPassphrase } from '../kernel/spec';
import { type AreaContract } from '../kernel/spec';
import { languageSchema } from '../kernel/language';
import { roleSchema } from '../kernel/roles';
import { type VAULT_CHANNELS } from './channels';

export const storageKindSchema = z.enum(['local', 'removable', 'network', 'unknown']);
export type StorageKind = z.infer<typeof storageKindSchema>;

export const sessionSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: roleSchema,
  autoLockMinutes: z.number().int(),
  /** Set after an initial or reset passphrase: the core refuses everything but changing it (and locking). */
  mustChangePassphrase: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionSchema>;
export const vaultStatusSchema = z.object({
  state: z.enum(['uninitialised', 'locked', 'unlocked']),
  vaultDir: z.string().nullable(),
  language: languageSchema,
  accounts: z.array(z.object({ name: z.string(), role: roleSchema })),
  /** Set while unlock attempts must wait (ISO time); survives a restart. */
  retryAt: z.string().nullable(),
  failedAttempts: z.number().int(),
  session: sessionSchema.nullable(),
  /** Set when the vault folder exists but cannot be opened (missing or damaged key slots …). */
  problem: z.enum(['KEYSLOTS_DAMAGED', 'VAULT_MISSING', 'VAULT_DAMAGED']).nullable(),
  /** While unlocked: the kind of storage and how the database is opened (exclusive on a network drive). */
  storage: z.object({ kind: storageKindSchema, mode: z.enum(['wal', 'exclusive']) }).nullable(),
  /** Set with problem VAULT_DAMAGED: where the damaged files were put aside, untouched. */
  damaged: z.object({ quarantineFolder: z.string(), quarantinedAt: z.string() }).nullable(),
  /** A training vault with synthetic cases only: every screen says so (issue 10). */
  isTraining: z.boolean(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const vaultContract = {
  'app:info': {
    access: 'public',
    input: empty,
    output: z.object({ name: z.string(), version: z.string(), schemaVersion: z.number().int() }),
  },
  'app:setLanguage': {
    access: 'public',
    input: z.strictObject({ language: languageSchema }),
    output: z.object({ language: languageSchema }),
  },
  'vault:status': { access: 'public', input: empty, output: vaultStatusSchema },
  'vault:suggestLocation': {
    access: 'public',
    input: empty,
    // The suggested folder is classified like any other: the set-up screen warns before anything is created.
    output: z.object({ vaultDir: z.string(), storage: storageKindSchema, pinned: z.boolean() }),
  },
  'vault:chooseFolder': {
    access: 'public',
    input: empty,
    output: z.object({ vaultDir: z.string().nullable() }),
  },
  'vault:setup': {
    access: 'public',
    input: z
      .strictObject({
        vaultDir: z.string().trim().min(1, 'validation.folderRequired').max(4096),
        supervisor: z.strictObject({ name: accountName, passphrase: newPassphrase }),
        counsellor: z.strictObject({ name: accountName, passphrase: newPassphrase }),
      })
      .refine((input) => input.supervisor.name.toLocaleLowerCase('de') !== input.counsellor.name.toLocaleLowerCase('de'), {
        message: 'validation.namesMustDiffer',
        path: ['counsellor', 'name'],
      }),
    output: z.object({ recoveryKey: z.string(), session: sessionSchema }),
  },
  'vault:unlock': {
    access: 'public',
    input: z.strictObject({ account: accountName, passphrase: enteredPassphrase }),
    output: sessionSchema,
  },
  'vault:unlockWithRecoveryKey': {
    access: 'public',
    input: z.strictObject({
      account: accountName,
      recoveryKey: z.string().trim().min(1, 'validation.recoveryKeyRequired').max(200),
      newPassphrase,
    }),
    output: sessionSchema,
  },
  'vault:lock': { access: ANY_ROLE, input: empty, output: z.object({ locked: z.literal(true) }) },
  'vault:changePassphrase': {
    access: ANY_ROLE,
    input: z.strictObject({ current: enteredPassphrase, next: newPassphrase }),
    output: z.object({ changed: z.literal(true) }),
  },
  'session:touch': { access: ANY_ROLE, input: empty, output: z.object({ lockAt: z.string() }) },
} as const satisfies AreaContract<(typeof VAULT_CHANNELS)[number]>;
