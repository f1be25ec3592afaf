import { z } from 'zod';
import { caseContactSchema, caseDetailSchema, caseFieldsSchema, caseSummarySchema, searchHitSchema, statusInputSchema } from './domain';
import { isoDateSchema } from '../kernel/dates';
import { accessReasonSchema, caseLookupSchema } from './access';
import { COUNSELLOR_ONLY, done, idSchema, type AreaContract, createdId, idInput } from '../kernel/spec';
import { type CASES_CHANNELS } from './channels';

/** The case list's first screen: more rows than the tallest window shows (plus the grid's margin). */
export const FIRST_SCREEN_ROWS = 60;
/** The most cases a first-screen request may ask for. */
export const FIRST_SCREEN_MAX = 200;

const caseWarningSchema = z.enum(['ageOutsideRange']);

export const casesContract = {
  'cases:list': {
    access: COUNSELLOR_ONLY,
    // `first`: only the first cases in code order — the list's first screen, painted before the rest arrives.
    input: z.strictObject({ includeClosed: z.boolean().optional(), first: z.number().int().min(1).max(FIRST_SCREEN_MAX).optional() }),
    output: z.array(caseSummarySchema),
  },
  'cases:create': {
    access: COUNSELLOR_ONLY,
    // Contact data is optional: without it a new case has none (and an update keeps what is stored).
    input: z.strictObject({ fields: caseFieldsSchema, contact: caseContactSchema.optional() }),
    output: z.object({ id: z.string(), code: z.string(), warnings: z.array(caseWarningSchema) }),
  },
  'cases:get': {
    access: COUNSELLOR_ONLY,
    // A colleague's case opens only with a reason (break-the-glass, issue 4); without one: REASON_REQUIRED.
    input: z.strictObject({ id: idSchema, access: accessReasonSchema.optional() }),
    output: caseDetailSchema,
  },
  'cases:update': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ id: idSchema, fields: caseFieldsSchema, contact: caseContactSchema.optional() }),
    output: z.object({ warnings: z.array(caseWarningSchema) }),
  },
  'status:add': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ caseId: idSchema, status: statusInputSchema }),
    output: createdId,
  },
  'status:delete': { access: COUNSELLOR_ONLY, input: idInput, output: done },
  'training:add': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({
      caseId: idSchema,
      startsOn: isoDateSchema,
      description: z.string().trim().max(200, 'validation.tooLong').nullable(),
    }),
    output: createdId,
  },
  'training:delete': { access: COUNSELLOR_ONLY, input: idInput, output: done },
  'search:query': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ text: z.string().max(200, 'validation.tooLong') }),
    output: z.array(searchHitSchema),
  },
  // ----- break-the-glass (counsellor) -----
  /** Finds a case by its code (e.g. given by a colleague) before opening it with a reason. */
  'access:lookupCase': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({ code: z.string().trim().min(1, 'validation.required').max(40, 'validation.tooLong') }),
    output: caseLookupSchema,
  },
} as const satisfies AreaContract<(typeof CASES_CHANNELS)[number]>;
