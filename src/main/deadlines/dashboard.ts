import { z } from 'zod';
import { dashboardDeadlineSchema, type DashboardBucket, type DashboardDeadline } from '@shared/deadlines/domain';
import type { IsoDate } from '@shared/kernel/dates';
import { deadlineBucketBounds } from '@shared/deadlines/rules';
import type { VaultDatabase } from '../kernel/db/database';

/** Whose open deadlines the dashboard shows: the counsellor's own cases, plus (scope "all") those opened with a reason. */
export interface DashboardScope {
  counsellorId: string;
  openedCodes: readonly string[];
}

export type DashboardLimits = Record<DashboardBucket, number>;

export interface DeadlineDashboard {
  items: DashboardDeadline[];
  counts: Record<DashboardBucket | 'later', number>;
}

/** A listed row with its bucket's size, or the one row that only counts the later deadlines. */
const rowSchema = z.union([
  dashboardDeadlineSchema.extend({ total: z.number().int() }),
  z.object({ bucket: z.literal('later'), total: z.number().int() }),
]);

/**
 * The Fristen dashboard in one query: open deadlines of open cases in scope, classified into the
 * buckets by the same bounds as `classifyDeadline`, at most `limits[bucket]` rows of each bucket
 * (earliest first), and the size of every bucket. With thousands of cases the full list was
 * megabytes that the screen could not render. Only deadlines of the next 30 days are ranked;
 * later ones are only counted (in one extra row of the same statement).
 */
export function listDashboardDeadlines(
  db: VaultDatabase,
  options: { today: IsoDate; scope: DashboardScope; limits: DashboardLimits },
): DeadlineDashboard {
  const bounds = deadlineBucketBounds(options.today);
  const rows = db
    .prepare(
      `WITH open AS (
         SELECT d.id, d.case_id AS caseId, c.code AS caseCode, d.kind, d.title, d.due_on AS dueOn,
           d.remind_from AS remindFrom, d.opens_on AS opensOn, d.state, d.resolved_on AS resolvedOn,
           d.resolution_reason AS resolutionReason, c.family_name AS familyName, c.given_names AS givenNames
         FROM deadlines d JOIN cases c ON c.id = d.case_id
         WHERE d.state = 'open' AND c.closed_on IS NULL
           AND (c.counsellor_id = @counsellorId OR c.code IN (SELECT value FROM json_each(@openedCodes)))
       ),
       ranked AS (
         SELECT *, row_number() OVER (PARTITION BY bucket ORDER BY dueOn, caseCode, kind, id) AS position,
           count(*) OVER (PARTITION BY bucket) AS total
         FROM (
           SELECT *, CASE WHEN dueOn < @today THEN 'overdue' WHEN dueOn <= @thisWeekUntil THEN 'thisWeek' ELSE 'next30Days' END AS bucket
           FROM open WHERE dueOn <= @next30DaysUntil
         )
       )
       SELECT id, caseId, caseCode, kind, title, dueOn, remindFrom, opensOn, state, resolvedOn, resolutionReason,
         familyName, givenNames, bucket, total
       FROM ranked
       WHERE position <= CASE bucket WHEN 'overdue' THEN @overdue WHEN 'thisWeek' THEN @thisWeek ELSE @next30Days END
       UNION ALL
       SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'later', count(*)
       FROM open WHERE dueOn > @next30DaysUntil
       ORDER BY dueOn, caseCode, kind, id`,
    )
    .all({
      today: options.today,
      ...bounds,
      counsellorId: options.scope.counsellorId,
      openedCodes: JSON.stringify(options.scope.openedCodes),
      ...options.limits,
    });
  const counts: DeadlineDashboard['counts'] = { overdue: 0, thisWeek: 0, next30Days: 0, later: 0 };
  const items: DashboardDeadline[] = [];
  for (const row of z.array(rowSchema).parse(rows)) {
    if (row.bucket === 'later') {
      counts.later = row.total;
    } else {
      const { bucket, total, ...deadline } = row;
      counts[bucket] = total;
      items.push({ ...deadline, bucket });
    }
  }
  return { items, counts };
}
