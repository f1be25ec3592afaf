import { z } from 'zod';
import {
  AUDIT_PAGE_MAX,
  AUDIT_RETENTION_MONTHS,
  auditFacetsSchema,
  auditFilterSchema,
  auditPageSchema,
  retentionStatusSchema,
  savedFileSchema,
  verifyProgressSchema,
  verifyReportSchema,
} from './domain';
import { done, idSchema, SUPERVISOR_ONLY, wholeNumberIn, writtenFileSchema, type AreaContract } from '../kernel/spec';
import { type AUDIT_CHANNELS } from './channels';

export const auditContract = {
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
  /** Checks the whole log and answers when done (the request waits; the screen uses the job below). */
  'audit:verify': { access: SUPERVISOR_ONLY, input: z.strictObject({}), output: verifyReportSchema },
  /**
   * Starts the same check as a job and answers at once; one per session: while one runs, starting
   * answers that job's id. It covers the log up to the newest entry at its start.
   */
  'audit:verifyStart': { access: SUPERVISOR_ONLY, input: z.strictObject({}), output: z.object({ jobId: z.string() }) },
  /** How far the job is (polled; there is no channel from the core to the screen); NOT_FOUND for another session's job. */
  'audit:verifyProgress': { access: SUPERVISOR_ONLY, input: z.strictObject({ jobId: idSchema }), output: verifyProgressSchema },
  /** Stops the job at its next batch; it claims no result. Done also when it had already finished. */
  'audit:verifyCancel': { access: SUPERVISOR_ONLY, input: z.strictObject({ jobId: idSchema }), output: done },
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
      months: wholeNumberIn(AUDIT_RETENTION_MONTHS, 'validation.retentionMonths'),
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
        ...writtenFileSchema.shape,
        removed: z.number().int(),
        archivedUpTo: z.number().int(),
      }),
    ]),
  },
} as const satisfies AreaContract<(typeof AUDIT_CHANNELS)[number]>;
