import { z } from 'zod';
import { dashboardDeadlineSchema, dashboardLimitsSchema } from './domain';
import { isoDateSchema } from '../kernel/dates';
import { COUNSELLOR_ONLY, done, idSchema, type AreaContract, createdId } from '../kernel/spec';
import { type DEADLINES_CHANNELS } from './channels';

export const deadlinesContract = {
  'deadlines:list': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({
      scope: z.enum(['mine', 'all']),
      /** Rows per bucket (default DASHBOARD_DEFAULT_LIMIT); the dashboard asks for more on "weitere anzeigen". */
      limits: dashboardLimitsSchema.optional(),
    }),
    output: z.object({
      today: z.string(),
      /** Overdue, this week, next 30 days: earliest first, capped per bucket. */
      items: z.array(dashboardDeadlineSchema),
      /** Every bucket's size, the later ones included (they are listed with their case only). */
      counts: z.object({ overdue: z.number().int(), thisWeek: z.number().int(), next30Days: z.number().int(), later: z.number().int() }),
    }),
  },
  'deadlines:add': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({
      caseId: idSchema,
      kind: z.enum(['appointment', 'task']),
      title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
      dueOn: isoDateSchema,
    }),
    output: createdId,
  },
  'deadlines:resolve': {
    access: COUNSELLOR_ONLY,
    input: z.strictObject({
      id: idSchema,
      state: z.enum(['done', 'dismissed']),
      reason: z.string().trim().max(500, 'validation.tooLong').nullable(),
    }),
    output: done,
  },
} as const satisfies AreaContract<(typeof DEADLINES_CHANNELS)[number]>;
