import { createHash } from 'node:crypto';
import { z } from 'zod';
import { batchSchema, profileMappingSchema, type ImportBatch, type ImportProfile, type ProfileMapping } from '@shared/import/domain';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, queryRow, queryRows, queryValue, sql, sqlIdentifier } from '../kernel/sql';

/**
 * SQL of the import: batches (counts and the file's SHA-256, never its name), the link of each
 * case to its batch (a person table: it goes with the case on erasure and shows in the Auskunft as
 * the data's source), saved mapping profiles, and the accounts a "Zuständig" value can map to.
 */

export interface BatchRow {
  id: string;
  userId: string;
  createdAt: string;
  fileKind: 'xlsx' | 'csv';
  fileSha256: string;
  rows: number;
  created: number;
  merged: number;
  skipped: number;
  errorRows: number;
}

export function insertBatch(db: VaultDatabase, batch: BatchRow): void {
  execute(
    db,
    sql`INSERT INTO import_batches (id, user_id, created_at, file_kind, file_sha256, rows_total, created_count, merged_count,
          skipped_count, error_count)
        VALUES (${batch.id}, ${batch.userId}, ${batch.createdAt}, ${batch.fileKind}, ${batch.fileSha256}, ${batch.rows}, ${batch.created},
          ${batch.merged}, ${batch.skipped}, ${batch.errorRows})`,
  );
}

/** What the import added to a case, so an undo removes exactly that. */
export interface BatchCaseLink {
  batchId: string;
  caseId: string;
  origin: 'created' | 'merged';
  sourceRow: number;
  mergedFields: string[];
  statusId: string | null;
  journalId: string | null;
  fingerprint: string;
}

export function insertBatchCase(db: VaultDatabase, link: BatchCaseLink): void {
  execute(
    db,
    sql`INSERT INTO import_batch_cases (batch_id, case_id, origin, source_row, merged_fields, status_id, journal_id, fingerprint)
        VALUES (${link.batchId}, ${link.caseId}, ${link.origin}, ${link.sourceRow}, ${JSON.stringify(link.mergedFields)},
          ${link.statusId}, ${link.journalId}, ${link.fingerprint})`,
  );
}

const linkRowSchema = z.object({
  batchId: z.string(),
  caseId: z.string(),
  code: z.string(),
  origin: z.enum(['created', 'merged']),
  sourceRow: z.number().int(),
  mergedFields: z.string().transform((text) => z.array(z.string()).parse(JSON.parse(text))),
  statusId: z.string().nullable(),
  journalId: z.string().nullable(),
  fingerprint: z.string(),
});
export type LinkedCase = z.infer<typeof linkRowSchema>;

export function listBatchCases(db: VaultDatabase, batchId: string): LinkedCase[] {
  const rows = queryRows(
    db,
    sql`SELECT l.batch_id AS batchId, l.case_id AS caseId, c.code, l.origin, l.source_row AS sourceRow, l.merged_fields AS mergedFields,
          l.status_id AS statusId, l.journal_id AS journalId, l.fingerprint
        FROM import_batch_cases l JOIN cases c ON c.id = l.case_id WHERE l.batch_id = ${batchId} ORDER BY l.source_row`,
  );
  return z.array(linkRowSchema).parse(rows);
}

export function deleteBatchCase(db: VaultDatabase, batchId: string, caseId: string): void {
  execute(db, sql`DELETE FROM import_batch_cases WHERE batch_id = ${batchId} AND case_id = ${caseId}`);
}

export function findBatch(db: VaultDatabase, batchId: string, userId: string): { id: string; partlyUndone: boolean } | null {
  const row = queryRow(db, sql`SELECT id, undone_at AS undoneAt FROM import_batches WHERE id = ${batchId} AND user_id = ${userId}`);
  if (!row) return null;
  const parsed = z.object({ id: z.string(), undoneAt: z.string().nullable() }).parse(row);
  return { id: parsed.id, partlyUndone: parsed.undoneAt !== null };
}

export function markPartlyUndone(db: VaultDatabase, batchId: string, at: string): void {
  execute(db, sql`UPDATE import_batches SET undone_at = ${at} WHERE id = ${batchId}`);
}

export function deleteBatch(db: VaultDatabase, batchId: string): void {
  execute(db, sql`DELETE FROM import_batches WHERE id = ${batchId}`);
}

/** The caller's batches, newest first, with how many cases are still linked to each. */
export function listBatches(db: VaultDatabase, userId: string): ImportBatch[] {
  const rows = queryRows(
    db,
    sql`SELECT b.id, b.created_at AS createdAt, b.file_kind AS fileKind, b.created_count AS created, b.merged_count AS merged,
          b.skipped_count AS skipped, b.error_count AS errorRows,
          (SELECT count(*) FROM import_batch_cases l WHERE l.batch_id = b.id) AS linked,
          b.undone_at IS NOT NULL AS partlyUndone
        FROM import_batches b WHERE b.user_id = ${userId} ORDER BY b.created_at DESC, b.rowid DESC`,
  );
  return z.array(batchSchema.extend({ partlyUndone: z.number().transform((value) => value === 1) })).parse(rows);
}

/**
 * A hash of everything the vault holds about each case (the case row and its rows in every person
 * table but this link table, the full-text index aside): equal hashes mean nothing was changed
 * since. One query per table for the whole batch, not one per case.
 */
export function fingerprintCases(db: VaultDatabase, caseIds: readonly string[], personTables: readonly string[]): Map<string, string> {
  const ids = JSON.stringify(caseIds);
  const parts = new Map<string, string[]>(caseIds.map((id) => [id, []]));
  const tables = ['cases', ...personTables.filter((table) => table !== 'import_batch_cases')];
  for (const table of tables) {
    const column = table === 'cases' ? sql`id` : sql`case_id`;
    const rows = queryRows(
      db,
      sql`SELECT ${column} AS fingerprintCase, * FROM ${sqlIdentifier(table, tables)} WHERE ${column} IN (SELECT value FROM json_each(${ids}))`,
    );
    for (const row of rows) {
      const { fingerprintCase, ...rest } = row as Record<string, unknown>;
      parts.get(String(fingerprintCase))?.push(`${table}:${JSON.stringify(rest)}`);
    }
  }
  return new Map([...parts].map(([id, rows]) => [id, createHash('sha256').update(rows.sort().join('\n')).digest('hex')]));
}

export function listCounsellorAccounts(db: VaultDatabase): { id: string; name: string }[] {
  const rows = queryRows(db, sql`SELECT id, name FROM users WHERE role = 'counsellor' AND disabled_at IS NULL ORDER BY lower(name)`);
  return z.array(z.object({ id: z.string(), name: z.string() })).parse(rows);
}

const profileRowSchema = z.object({ id: z.string(), name: z.string(), updatedAt: z.string(), mapping: z.string() });

export function listProfiles(db: VaultDatabase): ImportProfile[] {
  const rows = z
    .array(profileRowSchema)
    .parse(queryRows(db, sql`SELECT id, name, updated_at AS updatedAt, mapping FROM import_profiles ORDER BY lower(name)`));
  return rows.map((row) => ({ ...row, mapping: profileMappingSchema.parse(JSON.parse(row.mapping)) }));
}

/** Saves under a name; the same name again replaces that profile. Returns its id. */
export function saveProfile(db: VaultDatabase, profile: { id: string; name: string; mapping: ProfileMapping; at: string }): string {
  const id = queryValue(
    db,
    sql`INSERT INTO import_profiles (id, name, mapping, created_at, updated_at)
        VALUES (${profile.id}, ${profile.name}, ${JSON.stringify(profile.mapping)}, ${profile.at}, ${profile.at})
        ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at
        RETURNING id`,
  );
  return String(id);
}

export function deleteProfile(db: VaultDatabase, id: string): boolean {
  return queryValue(db, sql`DELETE FROM import_profiles WHERE id = ${id} RETURNING id`) !== undefined;
}
