import { z } from 'zod';
import {
  caseDetailSchema,
  caseFieldsSchema,
  caseSummarySchema,
  deadlineSchema,
  journalInputSchema,
  searchHitSchema,
  statusInputSchema,
} from '../../domain/cases';
import { isoDateSchema } from '../../domain/dates';
import { DEADLINE_BUCKETS } from '../../domain/vocabulary';
import { ANY_ROLE, done, idSchema, type AreaContract } from '../spec';

const caseWarningSchema = z.enum(['ageOutsideRange']);

/** Case notebook (issue 3): cases, status history, deadlines, journal, planning, search. */
export const casesContract = {
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
} as const satisfies AreaContract;
