import { z } from 'zod';
import {
  AUDIT_PAGE_MAX,
  AUDIT_RETENTION_MONTHS,
  accountSchema,
  auditFacetsSchema,
  auditFilterSchema,
  auditPageSchema,
  caseAssignmentSchema,
  caseLookupSchema,
  retentionStatusSchema,
  savedFileSchema,
  verifyReportSchema,
} from '../../domain/audit';
import { ROLES } from '../../domain/roles';
import { COUNSELLOR_ONLY, SUPERVISOR_ONLY, accountName, done, idSchema, newPassphrase, type AreaContract } from '../spec';

const recoveryKeyText = z.string().trim().min(1, 'validation.recoveryKeyRequired').max(200);

/**
 * Access log, accounts, roles and the supervisor's audit (issue 4). Everything here but
 * `access:lookupCase` is for supervisors; none of it returns names of clients or case contents.
 */
export const auditContract = {
  // ----- accounts (supervisor) -----
  'accounts:list': { access: SUPERVISOR_ONLY, input: z.strictObject({}), output: z.array(accountSchema) },
  'accounts:create': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ name: accountName, role: z.enum(ROLES), initialPassphrase: newPassphrase }),
    output: z.object({ userId: z.string() }),
  },
  'accounts:disable': { access: SUPERVISOR_ONLY, input: z.strictObject({ userId: idSchema }), output: done },
  /** Enabling gives a new initial passphrase: disabling removed the account's key slot. */
  'accounts:enable': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ userId: idSchema, initialPassphrase: newPassphrase }),
    output: done,
  },
  'accounts:resetAccess': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ userId: idSchema, recoveryKey: recoveryKeyText, initialPassphrase: newPassphrase }),
    output: done,
  },
  'accounts:cases': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ includeClosed: z.boolean().optional() }),
    output: z.array(caseAssignmentSchema),
  },
  'accounts:assignCases': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ caseIds: z.array(idSchema).min(1, 'validation.required').max(10_000), counsellorId: idSchema }),
    output: z.object({ moved: z.number().int() }),
  },
  /** Hands all open cases of one counsellor to another (leaving, long absence). */
  'accounts:handOver': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ fromUserId: idSchema, toUserId: idSchema }),
    output: z.object({ moved: z.number().int() }),
  },

  // ----- the access log (supervisor) -----
  'audit:list': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({
      filter: auditFilterSchema,
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(AUDIT_PAGE_MAX),
    }),
    output: auditPageSchema,
  },
  'audit:facets': { access: SUPERVISOR_ONLY, input: z.strictObject({}), output: auditFacetsSchema },
  'audit:verify': { access: SUPERVISOR_ONLY, input: z.strictObject({}), output: verifyReportSchema },
  /** Signs a checkpoint (Ed25519) of the current end of the log and saves it where the supervisor chooses. */
  'audit:saveCheckpoint': { access: SUPERVISOR_ONLY, input: z.strictObject({}), output: savedFileSchema },
  /** Loads a saved checkpoint (open dialog) and verifies the log against it; `report` null when cancelled. */
  'audit:verifyCheckpoint': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({}),
    output: z.object({ report: verifyReportSchema.nullable() }),
  },
  'audit:export': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({ filter: auditFilterSchema, format: z.enum(['csv', 'pdf']) }),
    output: savedFileSchema,
  },
  'audit:retention': { access: SUPERVISOR_ONLY, input: z.strictObject({}), output: retentionStatusSchema },
  'audit:setRetention': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({
      months: z
        .number({ message: 'validation.retentionMonths' })
        .int('validation.retentionMonths')
        .min(AUDIT_RETENTION_MONTHS.min, 'validation.retentionMonths')
        .max(AUDIT_RETENTION_MONTHS.max, 'validation.retentionMonths'),
    }),
    output: retentionStatusSchema,
  },
  /** Archives the due entries to a signed file (save dialog), then removes them behind a signed checkpoint. */
  'audit:archive': {
    access: SUPERVISOR_ONLY,
    input: z.strictObject({}),
    output: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(false) }),
      z.object({
        saved: z.literal(true),
        fileName: z.string(),
        sha256: z.string(),
        bytes: z.number().int(),
        removed: z.number().int(),
        archivedUpTo: z.number().int(),
      }),
    ]),
  },

  // ----- break-the-glass (counsellor) -----
  /** Finds a case by its code (e.g. given by a colleague) before opening it with a reason. */
  'access:lookupCase': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ code: z.string().trim().min(1, 'validation.required').max(40, 'validation.tooLong') }),
    output: caseLookupSchema,
  },
} as const satisfies AreaContract;
