import { createHash } from 'node:crypto';
import { z } from 'zod';
import { addMonths, todayIn, type IsoDate } from '@shared/kernel/dates';
import type { RetentionCategory, RetentionItem, RetentionPlan, RetentionRules } from '@shared/privacy/retention';
import { AppError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import type { VaultService } from '../vault/service';
import { deletePersonRows, scrubFreedPages } from './erasure';
import { readRetentionRules, writeRetentionRules } from '../settings/featureSettings';

interface PlannedItem extends RetentionItem {
  /** Row id (case or structural note); stays in the core, the UI sees the code or date only. */
  id: string;
}

const closedCaseSchema = z.object({ id: z.string(), code: z.string(), closedOn: z.string(), aftercareUntil: z.string().nullable() });
const openCaseSchema = z.object({ id: z.string(), code: z.string(), lastActivity: z.string() });
const noteSchema = z.object({ id: z.string(), observedOn: z.string() });

function laterOf(a: string, b: string | null): string {
  return b !== null && b > a ? b : a;
}

/**
 * The one function both the dry run and the real run use: what the rules delete today, and why.
 * Closed cases count from the end of the year of closure (or of aftercare, if later), as deletion
 * concepts usually say; dormant open cases from their last contact, change or status; structural
 * notes from the day observed.
 */
export function planRetention(db: VaultDatabase, rules: RetentionRules, today: IsoDate): { plan: RetentionPlan; items: PlannedItem[] } {
  const items: PlannedItem[] = [];
  if (rules.closedCases !== null) {
    const years = rules.closedCases;
    const rows = db
      .prepare(
        `SELECT c.id, c.code, c.closed_on AS closedOn,
           (SELECT max(aftercare_until) FROM closures WHERE case_id = c.id AND reopened_on IS NULL) AS aftercareUntil
         FROM cases c WHERE c.closed_on IS NOT NULL`,
      )
      .all();
    for (const row of z.array(closedCaseSchema).parse(rows)) {
      const referenceDate = laterOf(row.closedOn, row.aftercareUntil);
      const dueSince = `${String(Number(referenceDate.slice(0, 4)) + years + 1).padStart(4, '0')}-01-01`;
      if (dueSince <= today)
        items.push({
          id: row.id,
          category: 'closedCases',
          object: row.code,
          reason: 'retention.reason.closedCases',
          referenceDate,
          dueSince,
        });
    }
  }
  if (rules.dormantCases !== null) {
    const years = rules.dormantCases;
    const rows = db
      .prepare(
        `SELECT c.id, c.code, max(
           c.intake_date, substr(c.updated_at, 1, 10),
           coalesce((SELECT max(max(occurred_on, substr(updated_at, 1, 10))) FROM journal_entries WHERE case_id = c.id), ''),
           coalesce((SELECT max(substr(created_at, 1, 10)) FROM residence_statuses WHERE case_id = c.id), '')
         ) AS lastActivity
         FROM cases c WHERE c.closed_on IS NULL`,
      )
      .all();
    for (const row of z.array(openCaseSchema).parse(rows)) {
      const dueSince = addMonths(row.lastActivity, 12 * years);
      if (dueSince <= today)
        items.push({
          id: row.id,
          category: 'dormantCases',
          object: row.code,
          reason: 'retention.reason.dormantCases',
          referenceDate: row.lastActivity,
          dueSince,
        });
    }
  }
  if (rules.structuralNotes !== null) {
    const years = rules.structuralNotes;
    const rows = db.prepare('SELECT id, observed_on AS observedOn FROM structural_notes').all();
    for (const row of z.array(noteSchema).parse(rows)) {
      // Notes record the month observed (YYYY-MM): the period runs from the end of that month.
      const isMonth = /^\d{4}-\d{2}$/.test(row.observedOn);
      const dueSince = addMonths(isMonth ? `${row.observedOn}-01` : row.observedOn, 12 * years + (isMonth ? 1 : 0));
      if (dueSince <= today)
        items.push({
          id: row.id,
          category: 'structuralNotes',
          object: row.observedOn,
          reason: 'retention.reason.structuralNotes',
          referenceDate: row.observedOn,
          dueSince,
        });
    }
  }
  const order: Record<RetentionCategory, number> = { closedCases: 0, dormantCases: 1, structuralNotes: 2 };
  items.sort(
    (a, b) =>
      order[a.category] - order[b.category] ||
      a.dueSince.localeCompare(b.dueSince) ||
      a.object.localeCompare(b.object) ||
      a.id.localeCompare(b.id),
  );
  const planId = createHash('sha256').update(JSON.stringify({ today, rules, items })).digest('hex');
  return { plan: { today, rules, planId, items: items.map(({ id: _id, ...item }) => item) }, items };
}

/** Retention per category: rules, dry run, and the supervisor-confirmed run over the same plan. */
export class RetentionService {
  constructor(
    private readonly vault: VaultService,
    private readonly now: () => Date,
  ) {}

  getRules(): RetentionRules {
    return readRetentionRules(this.vault.requireOpen().db);
  }

  setRules(rules: RetentionRules): RetentionRules {
    const { db } = this.vault.requireOpen();
    db.transaction(() => {
      writeRetentionRules(db, rules);
      this.vault.record('settings.update', { details: { keys: ['retention'], rules } });
    })();
    return this.getRules();
  }

  preview(): RetentionPlan {
    const { db } = this.vault.requireOpen();
    return db.transaction(() => {
      const { plan } = planRetention(db, readRetentionRules(db), todayIn(this.now()));
      this.vault.record('retention.preview', { details: { planId: plan.planId, items: plan.items.length } });
      return plan;
    })();
  }

  /** Deletes exactly what the confirmed dry run listed; a plan that changed since is refused. */
  run(planId: string): { deleted: Record<RetentionCategory, number>; plan: RetentionPlan } {
    const { db } = this.vault.requireOpen();
    const result = db.transaction(() => {
      const { plan, items } = planRetention(db, readRetentionRules(db), todayIn(this.now()));
      if (plan.planId !== planId) throw new AppError('PLAN_CHANGED');
      const deleted: Record<RetentionCategory, number> = { closedCases: 0, dormantCases: 0, structuralNotes: 0 };
      for (const item of items) {
        if (item.category === 'structuralNotes') {
          db.prepare('DELETE FROM structural_notes WHERE id = ?').run(item.id);
        } else {
          deletePersonRows(db, item.id);
          this.vault.record('case.erase', { object: item.object, reason: 'retention' });
        }
        deleted[item.category] += 1;
      }
      this.vault.record('retention.run', { details: { planId, deleted } });
      return { deleted, plan };
    })();
    if (result.plan.items.length > 0) scrubFreedPages(db);
    return result;
  }
}
