import { z } from 'zod';
import { AUDIT_RETENTION_MONTHS, auditEntrySchema, type AuditEntry, type AuditFilter } from '@shared/audit/domain';
import { ACCESS_REASONS } from '@shared/cases/access';
import { ROLES } from '@shared/kernel/roles';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, iterateRows, queryColumn, queryRawRows, queryRow, queryRows, queryValue, sql, sqlJoin, type Sql } from '../kernel/sql';
import { AUDIT_ROW_COLUMNS, auditRowSchema, type AuditRow } from '../session/log/repository';

/**
 * SQL of the supervisor's audit: the log view, the rows verification walks, retention and archiving.
 *
 * The log view: filters become a fixed WHERE clause with bound parameters (no identifiers from
 * input), newest first by time (then number: failed unlocks are written at the next unlock with the
 * time they happened), windowed by offset so a virtualised table can ask for the rows it shows. The
 * (filter, at) indexes of migration 0003 serve count and window alike.
 */

/** Local calendar day → the instant it starts (the log stores UTC instants). */
function startOfLocalDay(isoDate: string, plusDays = 0): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + plusDays).toISOString();
}

const NO_FILTER = sql``;

/** The filter's conditions apart from the upper end (`upToSeq`), which the callers combine as they need. */
function conditionsOf(filter: AuditFilter): Sql[] {
  const clauses: Sql[] = [];
  if (filter.userId !== undefined) clauses.push(sql`user_id = ${filter.userId}`);
  if (filter.caseCode !== undefined) clauses.push(sql`object = ${filter.caseCode.toUpperCase()}`);
  if (filter.action !== undefined) clauses.push(sql`action = ${filter.action}`);
  // With the case code (as the view sets it) the object index finds the case's entries first.
  if (filter.item !== undefined) clauses.push(sql`item = ${filter.item}`);
  if (filter.from !== undefined) clauses.push(sql`at >= ${startOfLocalDay(filter.from)}`);
  if (filter.to !== undefined) clauses.push(sql`at < ${startOfLocalDay(filter.to, 1)}`);
  if (filter.breakGlassOnly) clauses.push(sql`break_glass = 1`);
  return clauses;
}

function whereOf(filter: AuditFilter): Sql {
  const clauses = conditionsOf(filter);
  if (filter.upToSeq !== undefined) clauses.push(sql`seq <= ${filter.upToSeq}`);
  return clauses.length > 0 ? sql`WHERE ${sqlJoin(clauses, ' AND ')}` : NO_FILTER;
}

/** A log row as stored: the entry's fields, with the stored reason text and the flag as 0/1. */
const rowSchema = auditEntrySchema.omit({ reasonKind: true, reasonText: true, breakGlass: true }).extend({
  reason: z.string().nullable(),
  breakGlass: z.number().int(),
});

const COLUMNS = sql`seq, at, user_id AS userId, user_name AS userName, role, action, object, reason, break_glass AS breakGlass,
  details_hash AS detailsHash, item`;

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
  if (conditionsOf(filter).length === 0) {
    // Unfiltered: the two ends of the seq b-tree instead of reading a million index entries. The
    // numbers are contiguous (retention removes a prefix); a gap from tampering only makes the
    // scrollbar a little long — verification is what reports it.
    // Two subqueries: SQLite reads one end of the b-tree only for a query with a single min() or
    // max(); both in one SELECT scan the whole table (50 ms at a million entries).
    const ends = endsSchema.parse(
      queryRow(db, sql`SELECT (SELECT min(seq) FROM audit_log) AS first, (SELECT max(seq) FROM audit_log) AS last`),
    );
    if (ends.first === null || ends.last === null) return 0;
    const last = filter.upToSeq === undefined ? ends.last : Math.min(ends.last, filter.upToSeq);
    return Math.max(0, last - ends.first + 1);
  }
  const where = whereOf(filter);
  const value = queryValue(db, sql`SELECT count(*) FROM audit_log ${where}`);
  return typeof value === 'number' ? value : 0;
}

/** The newest entry number (null for an empty log): the moment a view that names none counts up to. */
export function lastEntrySeq(db: VaultDatabase): number | null {
  const value = queryValue(db, sql`SELECT max(seq) FROM audit_log`);
  return typeof value === 'number' ? value : null;
}

/** When entry `seq` was written (null if there is none): the moment "up to entry N" means. */
export function findEntryTime(db: VaultDatabase, seq: number): string | null {
  const value = queryValue(db, sql`SELECT at FROM audit_log WHERE seq = ${seq}`);
  return typeof value === 'string' ? value : null;
}

/** Entries matching the filter that came after `upToSeq` (the "new entries" of a view). */
export function countNewer(db: VaultDatabase, filter: AuditFilter, upToSeq: number): number {
  const value = queryValue(
    db,
    sql`SELECT count(*) FROM audit_log WHERE ${sqlJoin([...conditionsOf(filter), sql`seq > ${upToSeq}`], ' AND ')}`,
  );
  return typeof value === 'number' ? value : 0;
}

export function listEntries(db: VaultDatabase, filter: AuditFilter, offset: number, limit: number): AuditEntry[] {
  const where = whereOf(filter);
  return queryRows(db, sql`SELECT ${COLUMNS} FROM audit_log ${where} ORDER BY at DESC, seq DESC LIMIT ${limit} OFFSET ${offset}`).map(
    toEntry,
  );
}

/** All matching entries, oldest first, one at a time (exports of large views). */
export function* iterateEntries(db: VaultDatabase, filter: AuditFilter): Generator<AuditEntry> {
  const where = whereOf(filter);
  for (const raw of iterateRows(db, sql`SELECT ${COLUMNS} FROM audit_log ${where} ORDER BY seq`)) {
    yield toEntry(raw);
  }
}

export function listFacets(db: VaultDatabase): {
  actions: string[];
  users: { userId: string; name: string; role: (typeof ROLES)[number] }[];
} {
  // A skip scan over the action index: one seek per distinct action instead of reading a million entries.
  const actions = z.array(z.string()).parse(
    queryColumn(
      db,
      sql`WITH RECURSIVE seen(action) AS (
            SELECT min(action) FROM audit_log
            UNION ALL
            SELECT (SELECT min(action) FROM audit_log WHERE action > seen.action) FROM seen WHERE seen.action IS NOT NULL
          )
          SELECT action FROM seen WHERE action IS NOT NULL`,
    ),
  );
  const users = z
    .array(z.object({ userId: z.string(), name: z.string(), role: z.enum(ROLES) }))
    .parse(queryRows(db, sql`SELECT id AS userId, name, role FROM users ORDER BY lower(name)`));
  return { actions, users };
}

// ----- verification ---------------------------------------------------------------------------

/** The entries before the chain started (folded into its legacy digest), oldest first. */
export function listAuditRowsBefore(db: VaultDatabase, seq: number): AuditRow[] {
  return z.array(auditRowSchema).parse(queryRows(db, sql`SELECT ${AUDIT_ROW_COLUMNS} FROM audit_log WHERE seq < ${seq} ORDER BY seq`));
}

/** One row in the column order of AUDIT_ROW_COLUMNS. */
export type RawAuditRow = [
  number,
  string,
  string | null,
  string | null,
  string | null,
  string,
  string | null,
  string | null,
  string | null,
  number,
  string | null,
  string | null,
];

/**
 * One batch of entries: from `fromSeq` up to `upToSeq`, oldest first, at most `limit`, as raw arrays
 * (turned into rows by `auditRowOfRaw`). Each batch is its own statement: the verification yields
 * between batches, and an iterator left open across that would make every other request's writes
 * (every access is logged) fail with "connection busy". Unparsed on purpose (see auditRowSchema): named row objects from SQLite and a
 * million zod parses would double the time; every field goes into the MAC, so a malformed row fails there.
 */
export function listRawAuditRows(db: VaultDatabase, fromSeq: number, upToSeq: number, limit: number): RawAuditRow[] {
  return queryRawRows(
    db,
    sql`SELECT ${AUDIT_ROW_COLUMNS} FROM audit_log WHERE seq >= ${fromSeq} AND seq <= ${upToSeq} ORDER BY seq LIMIT ${limit}`,
  ) as RawAuditRow[];
}

export function auditRowOfRaw(raw: RawAuditRow): AuditRow {
  return {
    seq: raw[0],
    at: raw[1],
    userId: raw[2],
    userName: raw[3],
    role: raw[4],
    action: raw[5],
    object: raw[6],
    reason: raw[7],
    detailsHash: raw[8],
    breakGlass: raw[9],
    mac: raw[10],
    item: raw[11],
  };
}

// ----- retention ------------------------------------------------------------------------------

const RETENTION_META_KEY = 'audit_retention_months';
const retentionRowSchema = z.object({ uptoSeq: z.number().int(), uptoMac: z.string(), checkpoint: z.string() });
export type RetentionRow = z.infer<typeof retentionRowSchema>;

/** The latest archiving: up to which entry, that entry's MAC and the signed checkpoint (JSON). */
export function findLatestRetention(db: VaultDatabase): RetentionRow | null {
  const row = queryRow(
    db,
    sql`SELECT upto_seq AS uptoSeq, upto_mac AS uptoMac, checkpoint FROM audit_retention ORDER BY upto_seq DESC LIMIT 1`,
  );
  return row === undefined ? null : retentionRowSchema.parse(row);
}

/** The retention period in months; a missing or out-of-range value gives the default. */
export function readRetentionMonths(db: VaultDatabase): number {
  const value = queryValue(db, sql`SELECT value FROM meta WHERE key = ${RETENTION_META_KEY}`);
  const parsed = z.coerce.number().int().min(AUDIT_RETENTION_MONTHS.min).max(AUDIT_RETENTION_MONTHS.max).safeParse(value);
  return parsed.success ? parsed.data : AUDIT_RETENTION_MONTHS.default;
}

export function writeRetentionMonths(db: VaultDatabase, months: number): void {
  execute(
    db,
    sql`INSERT INTO meta (key, value) VALUES (${RETENTION_META_KEY}, ${String(months)})
        ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
}

/** The newest entry older than `cutoff` (entries to archive form the prefix up to it), or null. */
export function lastSeqBefore(db: VaultDatabase, cutoff: string): number | null {
  const value = queryValue(db, sql`SELECT max(seq) FROM audit_log WHERE at < ${cutoff}`);
  return typeof value === 'number' ? value : null;
}

export function countEntriesUpTo(db: VaultDatabase, upTo: number): number {
  return z
    .number()
    .int()
    .parse(queryValue(db, sql`SELECT count(*) FROM audit_log WHERE seq <= ${upTo}`));
}

export function archivedUpTo(db: VaultDatabase): number | null {
  const value = queryValue(db, sql`SELECT max(upto_seq) FROM audit_retention`);
  return typeof value === 'number' ? value : null;
}

export function listAuditRowsUpTo(db: VaultDatabase, upTo: number): AuditRow[] {
  return z.array(auditRowSchema).parse(queryRows(db, sql`SELECT ${AUDIT_ROW_COLUMNS} FROM audit_log WHERE seq <= ${upTo} ORDER BY seq`));
}

/** Removes the archived prefix behind its retention record. Needs the caller's transaction. */
export function removeArchivedPrefix(
  db: VaultDatabase,
  retention: { upTo: number; uptoMac: string; removed: number; at: string; checkpoint: string },
): void {
  execute(
    db,
    sql`INSERT INTO audit_retention (upto_seq, upto_mac, removed, at, checkpoint)
        VALUES (${retention.upTo}, ${retention.uptoMac}, ${retention.removed}, ${retention.at}, ${retention.checkpoint})`,
  );
  // The delete trigger lets exactly this prefix go while the gate row exists, inside this transaction.
  execute(db, sql`INSERT INTO audit_purge_gate (upto) VALUES (${retention.upTo})`);
  execute(db, sql`DELETE FROM audit_log WHERE seq <= ${retention.upTo}`);
  execute(db, sql`DELETE FROM audit_purge_gate`);
}
