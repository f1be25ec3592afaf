import { z } from 'zod';
import type { ChannelName } from './channels';
import { ROLES, type Role } from '../domain/roles';
import { LANGUAGES, AUTO_LOCK_MINUTES } from '../domain/settings';
import { MIN_PASSPHRASE_LENGTH } from '../domain/passphrase';
import {
  caseDetailSchema,
  caseFieldsSchema,
  caseSummarySchema,
  deadlineSchema,
  journalInputSchema,
  searchHitSchema,
  statusInputSchema,
} from '../domain/cases';
import { isoDateSchema } from '../domain/dates';
import { DEADLINE_BUCKETS } from '../domain/vocabulary';

/**
 * The IPC contract: every channel with its input and output schema and who may call it.
 * - `public`: callable while the vault is locked (set-up, unlock, status).
 * - an array of roles: needs an unlocked session with one of these roles.
 * The core parses every input and every output with these schemas.
 */
export type Access = 'public' | readonly Role[];

export interface ChannelSpec {
  access: Access;
  input: z.ZodType;
  output: z.ZodType;
}

const ANY_ROLE = ROLES;

const empty = z.strictObject({});

const accountName = z
  .string()
  .trim()
  .min(1, 'validation.nameRequired')
  .max(80, 'validation.nameTooLong');

const newPassphrase = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, 'validation.passphraseTooShort')
  .max(1024, 'validation.passphraseTooLong');

/** An entered passphrase is checked against the key slot, so only its length is bounded here. */
const enteredPassphrase = z.string().min(1, 'validation.passphraseRequired').max(1024);

const idSchema = z.string().min(1).max(64);
const done = z.object({ done: z.literal(true) });
const caseWarningSchema = z.enum(['ageOutsideRange']);

export const languageSchema = z.enum(LANGUAGES);
export const roleSchema = z.enum(ROLES);

export const sessionSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: roleSchema,
  autoLockMinutes: z.number().int(),
});
export type SessionInfo = z.infer<typeof sessionSchema>;

export const settingsSchema = z.object({
  language: languageSchema,
  autoLockMinutes: z.number().int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max),
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
      .refine(
        (input) => input.supervisor.name.toLocaleLowerCase('de') !== input.counsellor.name.toLocaleLowerCase('de'),
        { message: 'validation.namesMustDiffer', path: ['counsellor', 'name'] },
      ),
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
    }),
    output: settingsSchema,
  },

  // ----- case notebook ---------------------------------------------------------------------------
  'cases:list': {
    access: ANY_ROLE,
    input: z.strictObject({ includeClosed: z.boolean().optional() }),
    output: z.array(caseSummarySchema),
  },
  'cases:create': {
    access: ANY_ROLE,
    input: z.strictObject({ fields: caseFieldsSchema }),
    output: z.object({ id: z.string(), code: z.string(), warnings: z.array(caseWarningSchema) }),
  },
  'cases:get': { access: ANY_ROLE, input: z.strictObject({ id: idSchema }), output: caseDetailSchema },
  'cases:update': {
    access: ANY_ROLE,
    input: z.strictObject({ id: idSchema, fields: caseFieldsSchema }),
    output: z.object({ warnings: z.array(caseWarningSchema) }),
  },
  'status:add': {
    access: ANY_ROLE,
    input: z.strictObject({ caseId: idSchema, status: statusInputSchema }),
    output: z.object({ id: z.string() }),
  },
  'status:delete': { access: ANY_ROLE, input: z.strictObject({ id: idSchema }), output: done },
  'training:add': {
    access: ANY_ROLE,
    input: z.strictObject({
      caseId: idSchema,
      startsOn: isoDateSchema,
      description: z.string().trim().max(200, 'validation.tooLong').nullable(),
    }),
    output: z.object({ id: z.string() }),
  },
  'training:delete': { access: ANY_ROLE, input: z.strictObject({ id: idSchema }), output: done },
  'deadlines:list': {
    access: ANY_ROLE,
    input: z.strictObject({ scope: z.enum(['mine', 'all']) }),
    output: z.object({
      today: z.string(),
      items: z.array(deadlineSchema.extend({ bucket: z.enum(DEADLINE_BUCKETS) })),
    }),
  },
  'deadlines:add': {
    access: ANY_ROLE,
    input: z.strictObject({
      caseId: idSchema,
      kind: z.enum(['appointment', 'task']),
      title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
      dueOn: isoDateSchema,
    }),
    output: z.object({ id: z.string() }),
  },
  'deadlines:resolve': {
    access: ANY_ROLE,
    input: z.strictObject({
      id: idSchema,
      state: z.enum(['done', 'dismissed']),
      reason: z.string().trim().max(500, 'validation.tooLong').nullable(),
    }),
    output: done,
  },
  'journal:add': {
    access: ANY_ROLE,
    input: z.strictObject({ caseId: idSchema, entry: journalInputSchema }),
    output: z.object({ id: z.string() }),
  },
  'journal:update': {
    access: ANY_ROLE,
    input: z.strictObject({ id: idSchema, entry: journalInputSchema }),
    output: done,
  },
  'journal:delete': { access: ANY_ROLE, input: z.strictObject({ id: idSchema }), output: done },
  'search:query': {
    access: ANY_ROLE,
    input: z.strictObject({ text: z.string().max(200, 'validation.tooLong') }),
    output: z.array(searchHitSchema),
  },
} as const satisfies Record<ChannelName, ChannelSpec>;

export type Contract = typeof contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;
