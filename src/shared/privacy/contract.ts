import { z } from 'zod';
import { consentInputSchema, consentRowSchema, releaseCheckSchema } from './consent';
import { isoDateSchema } from '../kernel/dates';
import { processingRecordSettingsSchema } from './processingRecord';
import { retentionPlanSchema, retentionRulesSchema, RETENTION_ITEM_CATEGORIES } from './retention';
import {
  ANY_ROLE,
  COUNSELLOR_ONLY,
  SUPERVISOR_ONLY,
  done,
  idSchema,
  type AreaContract,
  writtenFileSchema,
  cancelled,
  caseRecordSpecs,
  caseInput,
} from '../kernel/spec';
import { type PRIVACY_CHANNELS } from './channels';

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
export type FieldHistoryRow = z.infer<typeof fieldHistoryRowSchema>;
export const ERASURE_REASONS = ['dataSubjectRequest', 'consentWithdrawn', 'purposeFulfilled', 'unlawfulProcessing'] as const;

const consents = caseRecordSpecs(COUNSELLOR_ONLY, 'consent', consentInputSchema);

export const privacyContract = {
  'consents:list': {
    access: COUNSELLOR_ONLY,
    input: caseInput,
    output: z.array(consentRowSchema),
  },
  'consents:record': consents.add,
  'consents:update': consents.update,
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
    input: caseInput,
    output: z.array(fieldHistoryRowSchema),
  },
  'disclosure:create': {
    access: COUNSELLOR_ONLY,
    input: caseInput,
    output: z.union([
      cancelled,
      z.object({
        cancelled: z.literal(false),
        pdf: writtenFileSchema,
        json: writtenFileSchema,
        /** The person's documents, written next to the PDF (Art. 15 includes them). */
        documents: z.array(z.object({ savedAs: z.string(), sha256: z.string(), byteLength: z.number().int() })),
      }),
    ]),
  },
  'erasure:preview': {
    access: COUNSELLOR_ONLY,
    input: caseInput,
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
    output: z.object({ deleted: z.record(z.enum(RETENTION_ITEM_CATEGORIES), z.number().int()), plan: retentionPlanSchema }),
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
} as const satisfies AreaContract<(typeof PRIVACY_CHANNELS)[number]>;
