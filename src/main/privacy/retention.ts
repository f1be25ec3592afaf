import { createHash } from 'node:crypto';
import { addMonths, type IsoDate } from '@shared/kernel/dates';
import type { RetentionItem, RetentionItemCategory, RetentionPlan, RetentionRules } from '@shared/privacy/retention';
import { AppError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import type { Session } from '../session/session';
import {
  deletePersonRows,
  deleteStructuralNote,
  listClosedCases,
  listOpenCaseActivity,
  listStructuralNoteDates,
  scrubFreedPages,
} from './repository';
import { readRetentionRules, writeRetentionRules } from '../settings';
import { deleteDocumentByRetention, planDocumentRetention } from '../documents';

interface PlannedItem extends RetentionItem {
  /** Row id (case or structural note); stays in the core, the UI sees the code or date only. */
  id: string;
}

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
    for (const row of listClosedCases(db)) {
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
    for (const row of listOpenCaseActivity(db)) {
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
    for (const row of listStructuralNoteDates(db)) {
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
  // Single documents by kind and age; listed by case code and kind, never by file name.
  for (const document of planDocumentRetention(db, rules.documents, today)) {
    items.push({
      id: document.id,
      category: 'documents',
      object: document.code,
      reason: 'retention.reason.documents',
      referenceDate: document.referenceDate,
      dueSince: document.dueSince,
      documentKind: document.kind,
    });
  }
  const order: Record<RetentionItemCategory, number> = { closedCases: 0, dormantCases: 1, structuralNotes: 2, documents: 3 };
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
  constructor(private readonly session: Session) {}

  getRules(): RetentionRules {
    return readRetentionRules(this.session.db);
  }

  setRules(rules: RetentionRules): RetentionRules {
    const { db } = this.session;
    db.transaction(() => {
      writeRetentionRules(db, rules);
      this.session.record('settings.update', { details: { keys: ['retention'], rules } });
    })();
    return this.getRules();
  }

  preview(): RetentionPlan {
    const { db } = this.session;
    return db.transaction(() => {
      const { plan } = planRetention(db, readRetentionRules(db), this.session.today());
      this.session.record('retention.preview', { details: { planId: plan.planId, items: plan.items.length } });
      return plan;
    })();
  }

  /** Deletes exactly what the confirmed dry run listed; a plan that changed since is refused. */
  run(planId: string): { deleted: Record<RetentionItemCategory, number>; plan: RetentionPlan } {
    const { db } = this.session;
    const result = db.transaction(() => {
      const { plan, items } = planRetention(db, readRetentionRules(db), this.session.today());
      if (plan.planId !== planId) throw new AppError('PLAN_CHANGED');
      const deleted: Record<RetentionItemCategory, number> = { closedCases: 0, dormantCases: 0, structuralNotes: 0, documents: 0 };
      for (const item of items) {
        if (item.category === 'structuralNotes') {
          deleteStructuralNote(db, item.id);
        } else if (item.category === 'documents') {
          // A document of a case deleted above in this run is already gone with it.
          deleteDocumentByRetention(this.session, item.id);
        } else {
          const subject = this.session.requireCase(item.id);
          this.session.record('case.erase', { case: subject, reason: 'retention' });
          deletePersonRows(db, item.id);
        }
        deleted[item.category] += 1;
      }
      this.session.record('retention.run', { details: { planId, deleted } });
      return { deleted, plan };
    })();
    if (result.plan.items.length > 0) scrubFreedPages(db);
    return result;
  }
}
