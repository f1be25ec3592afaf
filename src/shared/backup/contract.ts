import { z } from 'zod';
import { ROLES } from '../kernel/roles';
import { ANY_ROLE, SUPERVISOR_ONLY, accountName, enteredPassphrase, type AreaContract, cancelled } from '../kernel/spec';
import { type BACKUP_CHANNELS } from './channels';

export const backupStatusSchema = z.object({
  lastBackupAt: z.string().nullable(),
  lastBackupFile: z.string().nullable(),
  reminderDays: z.number().int(),
  /** Whole days since the last backup; null when there was none. */
  daysSince: z.number().int().nullable(),
  /** True when the last backup (or, before the first one, the vault's set-up) is older than `reminderDays`. */
  isDue: z.boolean(),
});
const backupInfoSchema = z.object({
  file: z.string(),
  fileName: z.string(),
  createdAt: z.string(),
  schemaVersion: z.number().int(),
  bytes: z.number().int(),
});

export const backupContract = {
  'backup:status': { access: ANY_ROLE, input: z.strictObject({}), output: backupStatusSchema },
  'backup:setReminder': {
    access: ANY_ROLE,
    input: z.strictObject({
      reminderDays: z.number().int('validation.wholeNumber').min(1, 'validation.reminderDays').max(90, 'validation.reminderDays'),
    }),
    output: backupStatusSchema,
  },
  'backup:create': {
    access: ANY_ROLE,
    input: z.strictObject({}),
    output: z.union([
      cancelled,
      z.object({ cancelled: z.literal(false), fileName: z.string(), sha256: z.string(), bytes: z.number().int(), createdAt: z.string() }),
    ]),
  },
  'backup:inspect': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({}),
    output: z.union([cancelled, backupInfoSchema.extend({ cancelled: z.literal(false) })]),
  },
  'backup:restore': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ file: z.string().min(1).max(4096), passphrase: enteredPassphrase }),
    output: z.object({ restored: z.literal(true), backupCreatedAt: z.string() }),
  },
  /** Restore onto an installation without a usable vault (lost PC): public, the vault is locked or absent. */
  'backup:chooseFresh': {
    access: 'public',
    // `newest`: no dialog, the newest backup Fallbuch knows of (the last one made here, or the
    // newest in the policy's backup folder); `cancelled` when there is none.
    input: z.strictObject({ newest: z.boolean().optional() }),
    output: z.union([
      cancelled,
      backupInfoSchema.omit({ file: true }).extend({
        cancelled: z.literal(false),
        /** Refers to the file chosen in the dialog; the renderer never sends a path to read. */
        token: z.string(),
        accounts: z.array(z.object({ name: z.string(), role: z.enum(ROLES) })),
      }),
    ]),
  },
  'backup:restoreFresh': {
    access: 'public',
    input: z.strictObject({
      token: z.string().regex(/^[0-9a-f]{32}$/),
      vaultDir: z.string().trim().min(1, 'validation.folderRequired').max(4096),
      credential: z.discriminatedUnion('method', [
        z.strictObject({ method: z.literal('passphrase'), account: accountName, passphrase: enteredPassphrase }),
        z.strictObject({
          method: z.literal('recoveryKey'),
          recoveryKey: z.string().trim().min(1, 'validation.recoveryKeyRequired').max(200),
        }),
      ]),
    }),
    output: z.object({ restored: z.literal(true), vaultDir: z.string(), backupCreatedAt: z.string() }),
  },
  'recovery:regenerate': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ passphrase: enteredPassphrase }),
    output: z.object({ recoveryKey: z.string() }),
  },
} as const satisfies AreaContract<(typeof BACKUP_CHANNELS)[number]>;
