import { z } from 'zod';
import { type AuditEntry, type AuditFilter } from '@shared/audit/domain';
import { ACCESS_REASONS } from '@shared/cases/access';
import { ROLES } from '@shared/kernel/roles';
import type { VaultDatabase } from '../kernel/db/database';

/**
 * The supervisor's log view: filters become a fixed WHERE clause with bound parameters (no
 * identifiers from input), newest first by time (then number: failed unlocks are written at the
 * next unlock with the time they happened), windowed by offset so a virtualised table can ask for
 * the rows it shows. The (filter, at) indexes of migration 0003 serve count and window alike.
 */

/** Local calendar day → the instant it starts (the log stores UTC instants). */
function startOfLocalDay(isoDate: string, plusDays = 0): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + plusDays).toISOString();
}

interface Where {
  sql: string;
  params: Record<string, string | number>;
}

export function whereOf(filter: AuditFilter): Where {
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.userId !== undefined) {
    clauses.push('user_id = @userId');
    params.userId = filter.userId;
  }
  if (filter.caseCode !== undefined) {
    clauses.push('object = @caseCode');
    params.caseCode = filter.caseCode.toUpperCase();
  }
  if (filter.action !== undefined) {
    clauses.push('action = @action');
    params.action = filter.action;
  }
  if (filter.from !== undefined) {
    clauses.push('at >= @from');
    params.from = startOfLocalDay(filter.from);
  }
  if (filter.to !== undefined) {
    clauses.push('at < @to');
    params.to = startOfLocalDay(filter.to, 1);
  }
  if (filter.breakGlassOnly) clauses.push('break_glass = 1');
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const rowSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  role: z.enum(ROLES).nullable(),
  action: z.string(),
  object: z.string().nullable(),
  reason: z.string().nullable(),
  breakGlass: z.number().int(),
  detailsHash: z.string().nullable(),
});

const COLUMNS = `seq, at, user_id AS userId, user_name AS userName, role, action, object, reason, break_glass AS breakGlass, details_hash AS detailsHash`;

/** Reasons are stored as `kind` or `kind: text` (see caseAccess.ts). */
export function splitReason(reason: string | null): Pick<AuditEntry, 'reasonKind' | 'reasonText'> {
  if (reason === null) return { reasonKind: null, reasonText: null };
  const [kind, ...rest] = reason.split(': ');
  const parsed = z.enum(ACCESS_REASONS).safeParse(kind);
  if (!parsed.success) return { reasonKind: null, reasonText: reason };
  return { reasonKind: parsed.data, reasonText: rest.length > 0 ? rest.join(': ') : null };
}

function toEntry(raw: unknown): AuditEntry {
  const row = rowSchema.parse(raw);
  const { reason, breakGlass, ...rest } = row;
  return { ...rest, ...splitReason(reason), breakGlass: breakGlass === 1 };
}

const endsSchema = z.object({ first: z.number().int().nullable(), last: z.number().int().nullable() });

export function countEntries(db: VaultDatabase, filter: AuditFilter): number {
  const where = whereOf(filter);
  if (where.sql === '') {
    // Unfiltered: the two ends of the seq b-tree instead of reading a million index entries. The
    // numbers are contiguous (retention removes a prefix); a gap from tampering only makes the
    // scrollbar a little long — verification is what reports it.
    const ends = endsSchema.parse(db.prepare('SELECT min(seq) AS first, max(seq) AS last FROM audit_log').get());
    return ends.first === null || ends.last === null ? 0 : ends.last - ends.first + 1;
  }
  const value: unknown = db.prepare(`SELECT count(*) FROM audit_log ${where.sql}`).pluck().get(where.params);
  return typeof value === 'number' ? value : 0;
}

export function listEntries(db: VaultDatabase, filter: AuditFilter, offset: number, limit: number): AuditEntry[] {
  const where = whereOf(filter);
  return db
    .prepare(`SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY at DESC, seq DESC LIMIT @limit OFFSET @offset`)
    .all({ ...where.params, limit, offset })
    .map(toEntry);
}

/** All matching entries, oldest first, one at a time (exports of large views). */
export function* iterateEntries(db: VaultDatabase, filter: AuditFilter): Generator<AuditEntry> {
  const where = whereOf(filter);
  for (const raw of db.prepare(`SELECT ${COLUMNS} FROM audit_log ${where.sql} ORDER BY seq`).iterate(where.params)) {
    yield toEntry(raw);
  }
}

export function listFacets(db: VaultDatabase): {
  actions: string[];
  users: { userId: string; name: string; role: (typeof ROLES)[number] }[];
} {
  // A skip scan over the action index: one seek per distinct action instead of reading a million entries.
  const actions = z.array(z.string()).parse(
    db
      .prepare(
        `WITH RECURSIVE seen(action) AS (
           SELECT min(action) FROM audit_log
           UNION ALL
           SELECT (SELECT min(action) FROM audit_log WHERE action > seen.action) FROM seen WHERE seen.action IS NOT NULL
         )
         SELECT action FROM seen WHERE action IS NOT NULL`,
      )
      .pluck()
      .all(),
  );
  const users = z
    .array(z.object({ userId: z.string(), name: z.string(), role: z.enum(ROLES) }))
    .parse(db.prepare('SELECT id AS userId, name, role FROM users ORDER BY lower(name)').all());
  return { actions, users };
}
