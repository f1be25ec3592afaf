import { z } from 'zod';
import { CONSENT_RULES, STATS_METHODS, type ConsentRule, type StatsProfile } from '@shared/stats/schemas';
import type { VaultDatabase } from '../kernel/db/database';
import type { Publication, StoredTable } from './publications';
import { execute, queryColumn, queryRows, queryValue, sql } from '../kernel/sql';

/**
 * SQL of the statistics' own tables: profiles, settings, the frozen lists and merges of a year, and
 * the history of written exports with what each published. Rows are parsed at this boundary.
 */

// ----- profiles and settings ---------------------------------------------------------------------

const profileRow = z.object({ id: z.string(), name: z.string(), method: z.enum(STATS_METHODS), k: z.number().int(), tables: z.string() });

export function listCustomProfiles(db: VaultDatabase): StatsProfile[] {
  return z
    .array(profileRow)
    .parse(queryRows(db, sql`SELECT id, name, method, k, tables FROM stats_profiles ORDER BY name, id`))
    .map((row) => ({ ...row, tables: z.array(z.string()).parse(JSON.parse(row.tables)), builtIn: false }));
}

export function upsertProfile(db: VaultDatabase, profile: Omit<StatsProfile, 'builtIn'>, at: string): void {
  const tables = JSON.stringify(profile.tables);
  execute(
    db,
    sql`INSERT INTO stats_profiles (id, name, method, k, tables, created_at, updated_at)
        VALUES (${profile.id}, ${profile.name}, ${profile.method}, ${profile.k}, ${tables}, ${at}, ${at})
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, method = excluded.method, k = excluded.k, tables = excluded.tables,
          updated_at = excluded.updated_at`,
  );
}

export function deleteProfile(db: VaultDatabase, id: string): boolean {
  return execute(db, sql`DELETE FROM stats_profiles WHERE id = ${id}`).changes > 0;
}

export function readConsentRule(db: VaultDatabase): ConsentRule {
  const value = queryValue(db, sql`SELECT value FROM stats_settings WHERE key = 'consentRule'`);
  const parsed = z.enum(CONSENT_RULES).safeParse(value);
  // Default: cases whose statistics consent was withdrawn are not counted.
  return parsed.success ? parsed.data : 'excludeWithdrawn';
}

export function writeConsentRule(db: VaultDatabase, rule: ConsentRule): void {
  execute(
    db,
    sql`INSERT INTO stats_settings (key, value) VALUES ('consentRule', ${rule}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
}

// ----- frozen lists and merges of a year ---------------------------------------------------------

/** The origin list frozen for a year by its first export (whatever catalogue version wrote it: the list is data, not vocabulary). */
export function readCategoryList(db: VaultDatabase, year: number, dimension: string): string[] | null {
  const value = queryValue(
    db,
    sql`SELECT categories FROM stats_category_lists WHERE year = ${year} AND dimension = ${dimension} ORDER BY frozen_at, catalogue_version LIMIT 1`,
  );
  return typeof value === 'string' ? z.array(z.string()).parse(JSON.parse(value)) : null;
}

export function freezeCategoryList(
  db: VaultDatabase,
  catalogueVersion: string,
  year: number,
  dimension: string,
  categories: string[],
  at: string,
): void {
  if (readCategoryList(db, year, dimension) !== null) return;
  execute(
    db,
    sql`INSERT INTO stats_category_lists (catalogue_version, year, dimension, categories, frozen_at)
        VALUES (${catalogueVersion}, ${year}, ${dimension}, ${JSON.stringify(categories)}, ${at}) ON CONFLICT DO NOTHING`,
  );
}

/** Rows merged into „Sonstige“ per table, frozen for the year by the first export that contained the table. */
export function readFrozenMerges(db: VaultDatabase, year: number): Map<string, string[]> {
  const rows = z
    .array(z.object({ table_id: z.string(), merged: z.string() }))
    .parse(queryRows(db, sql`SELECT table_id, merged FROM stats_frozen_merges WHERE year = ${year}`));
  return new Map(rows.map((row) => [row.table_id, z.array(z.string()).parse(JSON.parse(row.merged))]));
}

export function freezeMerges(db: VaultDatabase, year: number, merges: ReadonlyMap<string, readonly string[]>, at: string): void {
  for (const [tableId, merged] of merges) {
    execute(
      db,
      sql`INSERT INTO stats_frozen_merges (year, table_id, merged, frozen_at) VALUES (${year}, ${tableId}, ${JSON.stringify(merged)}, ${at})
          ON CONFLICT DO NOTHING`,
    );
  }
}

// ----- history: what earlier exports published -----------------------------------------------

export interface EarlierCells {
  suppressed: Set<string>;
  published: Map<string, number>;
  methods: Set<string>;
}

/** Period codes with a written export (any recipient, any catalogue version): the differencing guard compares with them. */
export function readExportedPeriodCodes(db: VaultDatabase): string[] {
  return z.array(z.string()).parse(queryColumn(db, sql`SELECT DISTINCT period_code FROM stats_exports ORDER BY period_code`));
}

/** Quantities earlier suppression exports of the period published or suppressed (any catalogue version: same tables, same quantities). */
export function readEarlierCells(db: VaultDatabase, periodCode: string): EarlierCells {
  const methods = new Set(
    z
      .array(z.string())
      .parse(queryColumn(db, sql`SELECT DISTINCT method FROM stats_exports WHERE period_code = ${periodCode} AND method <> 'combined'`)),
  );
  const rows = z.array(z.object({ fingerprint: z.string(), suppressed: z.number().int(), value: z.number().int().nullable() })).parse(
    queryRows(
      db,
      sql`SELECT cell.fingerprint, cell.suppressed, cell.value FROM stats_export_cells cell JOIN stats_exports export ON export.id = cell.export_id
          WHERE export.period_code = ${periodCode} ORDER BY export.at, export.id`,
    ),
  );
  const suppressed = new Set<string>();
  const published = new Map<string, number>();
  for (const row of rows) {
    if (row.suppressed === 1) suppressed.add(row.fingerprint);
    else if (row.value !== null) published.set(row.fingerprint, row.value);
  }
  return { suppressed, published, methods };
}

const storedTableSchema = z.object({
  population: z.string(),
  positions: z.array(z.object({ row: z.string(), column: z.string(), fingerprint: z.string(), value: z.number().int().nullable() })),
});

/** Every written export of this workstation (not combined ones) with the tables it published, oldest first. */
export function readPublications(db: VaultDatabase): Publication[] {
  const exports = z
    .array(
      z.object({
        id: z.string(),
        at: z.string(),
        period_code: z.string(),
        profile_id: z.string().nullable(),
        method: z.enum(STATS_METHODS),
        k: z.number().int(),
        revision: z.number().int(),
      }),
    )
    .parse(
      queryRows(
        db,
        sql`SELECT id, at, period_code, profile_id, method, k, revision FROM stats_exports WHERE method <> 'combined' ORDER BY at, id`,
      ),
    );
  const tables = new Map<string, StoredTable[]>();
  for (const row of z
    .array(z.object({ export_id: z.string(), table_id: z.string(), body: z.string() }))
    .parse(queryRows(db, sql`SELECT export_id, table_id, body FROM stats_published_tables ORDER BY export_id, table_id`))) {
    const list = tables.get(row.export_id) ?? [];
    list.push({ tableId: row.table_id, ...storedTableSchema.parse(JSON.parse(row.body)) });
    tables.set(row.export_id, list);
  }
  return exports.map((row) => ({
    id: row.id,
    at: row.at,
    periodCode: row.period_code,
    profileId: row.profile_id,
    method: row.method,
    k: row.k,
    revision: row.revision,
    tables: tables.get(row.id) ?? null,
  }));
}

export interface ExportRecord {
  id: string;
  at: string;
  catalogueVersion: string;
  periodCode: string;
  profileId: string | null;
  recipient: string;
  method: 'ckm' | 'suppression' | 'combined';
  k: number;
  files: { fileName: string; sha256: string }[];
  userId: string;
  revision: number;
}

export function insertExport(
  db: VaultDatabase,
  record: ExportRecord,
  cells: { fingerprint: string; value: number | null }[],
  tables: readonly StoredTable[],
): void {
  execute(
    db,
    sql`INSERT INTO stats_exports (id, at, catalogue_version, period_code, profile_id, recipient, method, k, files, user_id, revision)
        VALUES (${record.id}, ${record.at}, ${record.catalogueVersion}, ${record.periodCode}, ${record.profileId}, ${record.recipient},
                ${record.method}, ${record.k}, ${JSON.stringify(record.files)}, ${record.userId}, ${record.revision})`,
  );
  for (const cell of cells) {
    execute(
      db,
      sql`INSERT OR IGNORE INTO stats_export_cells (export_id, fingerprint, suppressed, value)
          VALUES (${record.id}, ${cell.fingerprint}, ${cell.value === null ? 1 : 0}, ${cell.value})`,
    );
  }
  for (const table of tables) {
    const body = JSON.stringify({ population: table.population, positions: table.positions });
    execute(db, sql`INSERT INTO stats_published_tables (export_id, table_id, body) VALUES (${record.id}, ${table.tableId}, ${body})`);
  }
}

export function listExports(db: VaultDatabase) {
  return z
    .array(
      z.object({
        id: z.string(),
        at: z.string(),
        period_code: z.string(),
        catalogue_version: z.string(),
        recipient: z.string(),
        method: z.enum([...STATS_METHODS, 'combined']),
        files: z.string(),
        revision: z.number().int(),
      }),
    )
    .parse(
      queryRows(
        db,
        sql`SELECT id, at, period_code, catalogue_version, recipient, method, files, revision FROM stats_exports ORDER BY at DESC, id`,
      ),
    )
    .map((row) => ({
      id: row.id,
      at: row.at,
      periodCode: row.period_code,
      catalogueVersion: row.catalogue_version,
      recipient: row.recipient,
      method: row.method,
      revision: row.revision,
      files: z.array(z.object({ fileName: z.string(), sha256: z.string() })).parse(JSON.parse(row.files)),
    }));
}
