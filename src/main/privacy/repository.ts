import { z } from 'zod';
import { AppError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import { releaseFreedPages } from '../kernel/db/compaction';
import { execute, queryColumn, queryRow, queryRows, queryValue, sql, sqlIdentifier, type Sql } from '../kernel/sql';

/** SQL of the data-protection duties: one person's rows (Auskunft, erasure), retention candidates. */

export type Row = Record<string, unknown>;

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Every table that holds rows of one person: the tables with a `case_id` column, read from the
 * schema itself so tables added by later migrations are covered by the Auskunft and by erasure
 * without anyone remembering to list them here. FTS shadow tables are left to their triggers.
 * Names come from sqlite_master and are checked against a strict identifier pattern before use.
 */
export function personTables(db: VaultDatabase): string[] {
  const tables = queryColumn(
    db,
    sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name`,
  ).filter((name): name is string => typeof name === 'string' && IDENTIFIER.test(name));
  return tables.filter(
    (table) => table !== 'cases' && queryColumn(db, sql`SELECT name FROM pragma_table_info(${table})`).includes('case_id'),
  );
}

function tableOf(db: VaultDatabase, table: string) {
  return sqlIdentifier(table, personTables(db));
}

export function countPersonRows(db: VaultDatabase, table: string, caseId: string): number {
  const count = queryValue(db, sql`SELECT count(*) FROM ${tableOf(db, table)} WHERE case_id = ${caseId}`);
  return typeof count === 'number' ? count : 0;
}

export function readPersonRows(db: VaultDatabase, table: string, caseId: string): Row[] {
  return queryRows(db, sql`SELECT * FROM ${tableOf(db, table)} WHERE case_id = ${caseId}`) as Row[];
}

/** The case row itself with its counsellor's name (the Auskunft's first section). */
export function readPerson(db: VaultDatabase, caseId: string): Row {
  const row = queryRow(
    db,
    sql`SELECT c.*, u.name AS counsellor FROM cases c LEFT JOIN users u ON u.id = c.counsellor_id WHERE c.id = ${caseId}`,
  );
  if (row === undefined) throw new AppError('NOT_FOUND');
  return row as Row;
}

/** The import batches that created or filled this case, each with the day of its batch (the Auskunft). */
export function readImportLinks(db: VaultDatabase, caseId: string): Row[] {
  return queryRows(
    db,
    sql`SELECT l.*, b.created_at AS imported_at FROM import_batch_cases l LEFT JOIN import_batches b ON b.id = l.batch_id
        WHERE l.case_id = ${caseId} ORDER BY b.created_at`,
  ) as Row[];
}

/** A partner's name (null once the partner was removed from the directory). */
export function readPartnerName(db: VaultDatabase, partnerId: string): string | null {
  const name = queryValue(db, sql`SELECT name FROM partners WHERE id = ${partnerId}`);
  return typeof name === 'string' ? name : null;
}

/** Who accessed this case when: the access log's entries naming its code (no details, no reasons). */
export function readCaseLogEntries(db: VaultDatabase, code: string): Row[] {
  return queryRows(db, sql`SELECT at, user_name AS user, role, action, item FROM audit_log WHERE object = ${code} ORDER BY seq`) as Row[];
}

export function countOpenDeadlines(db: VaultDatabase, caseId: string): number {
  const count = queryValue(db, sql`SELECT count(*) FROM deadlines WHERE case_id = ${caseId} AND state = 'open'`);
  return typeof count === 'number' ? count : 0;
}

/**
 * The full-text entries of the given cases, by rowid: found through the index on the FTS5 content
 * table's case column (migration 0018), so no delete scans the whole index.
 */
function searchRowsOf(cases: Sql) {
  return sql`(SELECT id FROM search_index_content WHERE c0 IN ${cases})`;
}

/**
 * Removes every row of one person: first the rows of every table with a `case_id` (so a table
 * without ON DELETE CASCADE cannot keep anything), then the case, then any full-text entry left.
 * Runs inside the caller's transaction; the pages are scrubbed afterwards by `scrubFreedPages`.
 */
export function deletePersonRows(db: VaultDatabase, caseId: string): void {
  const tables = personTables(db);
  for (const table of tables) execute(db, sql`DELETE FROM ${sqlIdentifier(table, tables)} WHERE case_id = ${caseId}`);
  execute(db, sql`DELETE FROM cases WHERE id = ${caseId}`);
  execute(db, sql`DELETE FROM search_index WHERE rowid IN ${searchRowsOf(sql`(${caseId})`)}`);
}

/**
 * The same for many people at once (an import undone): the person tables are read from the schema
 * once and each is cleared for all of them in one statement. The full-text entries go first, in one
 * statement; the delete triggers on cases, journal entries and documents then find nothing left.
 */
export function deletePeopleRows(db: VaultDatabase, caseIds: readonly string[]): void {
  if (caseIds.length === 0) return;
  const tables = personTables(db);
  const people = sql`(SELECT value FROM json_each(${JSON.stringify(caseIds)}))`;
  execute(db, sql`DELETE FROM search_index WHERE rowid IN ${searchRowsOf(people)}`);
  for (const table of tables) execute(db, sql`DELETE FROM ${sqlIdentifier(table, tables)} WHERE case_id IN ${people}`);
  execute(db, sql`DELETE FROM cases WHERE id IN ${people}`);
}

/**
 * Leaves no trace of deleted rows in the files without rewriting the vault (issue 18): secure_delete
 * has zeroed the freed cells and pages in the delete's transaction and FTS5 'secure-delete' the
 * index entries' content; releaseFreedPages gives the pages back (incremental vacuum) and empties
 * the WAL before and after, so no old page image survives there either.
 */
export function scrubFreedPages(db: VaultDatabase): void {
  releaseFreedPages(db);
}

export function countActiveAccounts(db: VaultDatabase): number {
  const count = queryValue(db, sql`SELECT count(*) FROM users WHERE disabled_at IS NULL`);
  return typeof count === 'number' ? count : 0;
}

const closedCaseSchema = z.object({ id: z.string(), code: z.string(), closedOn: z.string(), aftercareUntil: z.string().nullable() });
const openCaseSchema = z.object({ id: z.string(), code: z.string(), lastActivity: z.string() });
const noteSchema = z.object({ id: z.string(), observedOn: z.string() });

/** Closed cases with the end of their latest aftercare (retention of closed cases). */
export function listClosedCases(db: VaultDatabase): z.infer<typeof closedCaseSchema>[] {
  const rows = queryRows(
    db,
    sql`SELECT c.id, c.code, c.closed_on AS closedOn,
          (SELECT max(aftercare_until) FROM closures WHERE case_id = c.id AND reopened_on IS NULL) AS aftercareUntil
        FROM cases c WHERE c.closed_on IS NOT NULL`,
  );
  return z.array(closedCaseSchema).parse(rows);
}

/** Open cases with the day of their last contact, change or status (retention of dormant cases). */
export function listOpenCaseActivity(db: VaultDatabase): z.infer<typeof openCaseSchema>[] {
  const rows = queryRows(
    db,
    sql`SELECT c.id, c.code, max(
          c.intake_date, substr(c.updated_at, 1, 10),
          coalesce((SELECT max(max(occurred_on, substr(updated_at, 1, 10))) FROM journal_entries WHERE case_id = c.id), ''),
          coalesce((SELECT max(substr(created_at, 1, 10)) FROM residence_statuses WHERE case_id = c.id), '')
        ) AS lastActivity
        FROM cases c WHERE c.closed_on IS NULL`,
  );
  return z.array(openCaseSchema).parse(rows);
}

export function listStructuralNoteDates(db: VaultDatabase): z.infer<typeof noteSchema>[] {
  return z.array(noteSchema).parse(queryRows(db, sql`SELECT id, observed_on AS observedOn FROM structural_notes`));
}

export function deleteStructuralNote(db: VaultDatabase, id: string): void {
  execute(db, sql`DELETE FROM structural_notes WHERE id = ${id}`);
}
