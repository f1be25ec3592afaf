import { z } from 'zod';
import type { ChannelName } from './channels';
import { ROLES } from '../domain/roles';
import { LANGUAGES, AUTO_LOCK_MINUTES } from '../domain/settings';
import { caseCodePrefixSchema } from '../domain/cases';
import { deadlineSettingsSchema } from '../domain/deadlineRules';
import { casesContract } from './areas/cases';
import { auditContract } from './areas/audit';
import { statsContract } from './areas/stats';
import { lifecycleContract } from './areas/lifecycle';
import { ANY_ROLE, accountName, empty, enteredPassphrase, newPassphrase, type ChannelSpec } from './spec';

/**
 * The IPC contract: every channel with its input and output schema and who may call it.
 * - `public`: callable while the vault is locked (set-up, unlock, status).
 * - an array of roles: needs an unlocked session with one of these roles.
 * The core parses every input and every output with these schemas.
 */
export type { Access, ChannelSpec } from './spec';

export const languageSchema = z.enum(LANGUAGES);
export const roleSchema = z.enum(ROLES);

export const sessionSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: roleSchema,
  autoLockMinutes: z.number().int(),
  /** Set after an initial or reset passphrase: the core refuses everything but changing it (and locking). */
  mustChangePassphrase: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionSchema>;

/** Lead days of the derived deadlines (how long before the due date the reminder starts). */
const leadDays = z
  .number({ message: 'validation.leadDays' })
  .int('validation.leadDays')
  .min(0, 'validation.leadDays')
  .max(730, 'validation.leadDays');

export const settingsSchema = z.object({
  language: languageSchema,
  autoLockMinutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max),
  /** First part of new case codes (LEV in LEV-2026-0042); existing codes never change. */
  caseCodePrefix: z.string(),
  deadlines: deadlineSettingsSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

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
  problem: z.enum(['KEYSLOTS_DAMAGED', 'VAULT_MISSING']).nullable(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const contract = {
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
    output: z.object({ vaultDir: z.string() }),
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
  'settings:get': { access: ANY_ROLE, input: empty, output: settingsSchema },
  'settings:update': {
    access: ANY_ROLE,
    input: z.strictObject({
      autoLockMinutes: z
        .number({ message: 'validation.autoLockRange' })
        .int('validation.autoLockRange')
        .min(AUTO_LOCK_MINUTES.min, 'validation.autoLockRange')
        .max(AUTO_LOCK_MINUTES.max, 'validation.autoLockRange')
        .optional(),
      language: languageSchema.optional(),
      caseCodePrefix: caseCodePrefixSchema.optional(),
      /** Changing a lead day re-derives the reminders of every open deadline. */
      deadlines: z
        .strictObject({
          expiryLeadDays: leadDays.optional(),
          renewalLeadDays: leadDays.optional(),
          application25aLeadDays: leadDays.optional(),
        })
        .optional(),
    }),
    output: settingsSchema,
  },

  ...casesContract,
  ...auditContract,
  ...statsContract,
  ...lifecycleContract,
} as const satisfies Record<ChannelName, ChannelSpec>;

export type Contract = typeof contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;
