import { z } from 'zod';
import { consentInputSchema, consentRowSchema, releaseCheckSchema } from '../../domain/consent';
import { isoDateSchema } from '../../domain/dates';
import { processingRecordSettingsSchema } from '../../domain/processingRecord';
import { retentionPlanSchema, retentionRulesSchema, RETENTION_CATEGORIES } from '../../domain/retention';
import { ROLES } from '../../domain/roles';
import { ANY_ROLE, COUNSELLOR_ONLY, SUPERVISOR_ONLY, accountName, done, enteredPassphrase, idSchema, type AreaContract } from '../spec';

const writtenFileSchema = z.object({ fileName: z.string(), sha256: z.string(), bytes: z.number().int() });

/** A file dialog may be cancelled: then nothing was written or changed. */
const cancelled = z.object({ cancelled: z.literal(true) });

export const fieldHistoryRowSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userName: z.string().nullable(),
  /** `cases`, `journal_entries`, `consents` … — the UI maps it to a label. */
  table: z.string(),
  rowId: z.string(),
  field: z.string(),
  /** JSON text of the old and new value (null when empty). */
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
});

export const ERASURE_REASONS = ['dataSubjectRequest', 'consentWithdrawn', 'purposeFulfilled', 'unlawfulProcessing'] as const;

export const backupStatusSchema = z.object({
  lastBackupAt: z.string().nullable(),
  lastBackupFile: z.string().nullable(),
  reminderDays: z.number().int(),
  /** Whole days since the last backup; null when there was none. */
  daysSince: z.number().int().nullable(),
  /** True when there was no backup yet or the last one is older than `reminderDays`. */
  isDue: z.boolean(),
});

const backupInfoSchema = z.object({
  file: z.string(),
  fileName: z.string(),
  createdAt: z.string(),
  schemaVersion: z.number().int(),
  bytes: z.number().int(),
});

/** Consent, data-subject rights, retention, backups (issue 6). */
export const lifecycleContract = {
  'consents:list': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema }),
    output: z.array(consentRowSchema),
  },
  'consents:record': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema, consent: consentInputSchema }),
    output: z.object({ id: z.string() }),
  },
  'consents:update': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ id: idSchema, consent: consentInputSchema }),
    output: done,
  },
  'consents:withdraw': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ id: idSchema, withdrawnOn: isoDateSchema }),
    output: done,
  },
  'consents:checkRelease': {
    access: COUNSELLOR_ONLY,
    input: z
      .strictObject({
        caseId: idSchema,
        partnerId: idSchema.nullable(),
        recipientText: z.string().trim().max(200, 'validation.tooLong').nullable(),
      })
      .refine((input) => input.partnerId !== null || (input.recipientText ?? '') !== '', {
        message: 'validation.recipientRequired',
        path: ['recipientText'],
      }),
    output: releaseCheckSchema,
  },
  'history:list': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema }),
    output: z.array(fieldHistoryRowSchema),
  },
  'disclosure:create': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema }),
    output: z.union([cancelled, z.object({ cancelled: z.literal(false), pdf: writtenFileSchema, json: writtenFileSchema })]),
  },
  'erasure:preview': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema }),
    output: z.object({
      caseCode: z.string(),
      counts: z.record(z.string(), z.number().int()),
      openDeadlines: z.number().int(),
    }),
  },
  'erasure:erase': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({
      caseId: idSchema,
      /** The case code as typed by the user; must equal the case's code. */
      confirmCode: z.string().trim().min(1, 'validation.required').max(40),
      reason: z.enum(ERASURE_REASONS),
      /** Open deadlines of the person are erased with them only when this is set (see docs). */
      includeOpenDeadlines: z.boolean(),
    }),
    output: z.object({ caseCode: z.string(), erased: z.literal(true) }),
  },
  'retention:getRules': { access: ANY_ROLE, input: z.strictObject({}), output: retentionRulesSchema },
  'retention:setRules': { access: SUPERVISOR_ONLY, input: z.strictObject({ rules: retentionRulesSchema }), output: retentionRulesSchema },
  'retention:preview': { access: ANY_ROLE, input: z.strictObject({}), output: retentionPlanSchema },
  'retention:run': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ planId: z.string().regex(/^[0-9a-f]{64}$/) }),
    output: z.object({ deleted: z.record(z.enum(RETENTION_CATEGORIES), z.number().int()), plan: retentionPlanSchema }),
  },
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
    input: z.strictObject({}),
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
  'processingRecord:get': {
    access: ANY_ROLE,
    input: z.strictObject({}),
    output: z.object({ settings: processingRecordSettingsSchema, markdown: z.string() }),
  },
  'processingRecord:update': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ settings: processingRecordSettingsSchema }),
    output: z.object({ settings: processingRecordSettingsSchema, markdown: z.string() }),
  },
  'processingRecord:export': {
    access: ANY_ROLE,
    input: z.strictObject({ format: z.enum(['pdf', 'markdown']) }),
    output: z.union([cancelled, writtenFileSchema.extend({ cancelled: z.literal(false) })]),
  },
} as const satisfies AreaContract;
