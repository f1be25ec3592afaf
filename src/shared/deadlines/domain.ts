import { z } from 'zod';
import { deadlineKindSchema, deadlineStateSchema } from '../kernel/vocabulary';

export const deadlineSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseCode: z.string(),
  kind: deadlineKindSchema,
  title: z.string().nullable(),
  dueOn: z.string(),
  remindFrom: z.string(),
  opensOn: z.string().nullable(),
  state: deadlineStateSchema,
  resolvedOn: z.string().nullable(),
  resolutionReason: z.string().nullable(),
});

export type DeadlineRow = z.infer<typeof deadlineSchema>;

/** The buckets the Fristen dashboard lists; later deadlines are only counted there. */
export const DASHBOARD_BUCKETS = ['overdue', 'thisWeek', 'next30Days'] as const;

export type DashboardBucket = (typeof DASHBOARD_BUCKETS)[number];

/** Rows per bucket the dashboard gets unless it asks for more ("weitere anzeigen"). */
export const DASHBOARD_DEFAULT_LIMIT = 50;

const dashboardLimitSchema = z.number().int('validation.invalid').min(1, 'validation.invalid').max(10_000, 'validation.invalid');

export const dashboardLimitsSchema = z.strictObject({
  overdue: dashboardLimitSchema.optional(),
  thisWeek: dashboardLimitSchema.optional(),
  next30Days: dashboardLimitSchema.optional(),
});

/** A dashboard row: the deadline, its bucket and the person's name (shown unless privacy mode is on). */
export const dashboardDeadlineSchema = deadlineSchema.extend({
  bucket: z.enum(DASHBOARD_BUCKETS),
  familyName: z.string(),
  givenNames: z.string(),
});

export type DashboardDeadline = z.infer<typeof dashboardDeadlineSchema>;
