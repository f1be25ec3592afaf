import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { IsoDate } from '@shared/kernel/dates';
import type { StatNote, StatPerson, StatPopulation } from '@shared/stats/population';
import { CONSENT_RULES, STATS_METHODS, type ConsentRule, type StatsProfile } from '@shared/stats/schemas';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, queryColumn, queryRows, queryValue, sql, type Sql } from '../kernel/sql';

/** Reads and writes of the statistics feature (all of its SQL, through the `sql` tag); every row is parsed at this boundary. */

/** Two independent 32-bit one-way tags of an id (domain-separated), for contributor fingerprints. */
export function tagsOf(id: string, domain: string): { tagA: number; tagB: number; hashKey: number } {
  const digest = createHash('sha256').update(`fallbuch-stats:${domain}:${id}`).digest();
  return { tagA: digest.readUInt32BE(0), tagB: digest.readUInt32BE(4), hashKey: digest.readUInt32BE(8) };
}

const caseRow = z.object({
  id: z.string(),
  record_key: z.number().int(),
  gender: z.string(),
  birth_date: z.string().nullable(),
  country_of_origin: z.string().nullable(),
  access_route: z.string(),
  benefits: z.string().nullable(),
  intake_date: z.string(),
  closed_on: z.string().nullable(),
});

const CONSENT_FILTER: Record<ConsentRule, Sql> = {
  countAll: sql`1 = 1`,
  excludeWithdrawn: sql`NOT EXISTS (
      SELECT 1 FROM consents w WHERE w.case_id = c.id AND w.kind = 'statistics' AND w.withdrawn_on IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM consents g WHERE g.case_id = c.id AND g.kind = 'statistics'
                        AND g.withdrawn_on IS NULL AND g.given_on >= w.withdrawn_on))`,
  requireGiven: sql`EXISTS (SELECT 1 FROM consents g WHERE g.case_id = c.id AND g.kind = 'statistics' AND g.withdrawn_on IS NULL)`,
};

function groupBy<T extends { case_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.case_id);
    if (list) list.push(row);
    else map.set(row.case_id, [row]);
  }
  return map;
}

/**
 * Every case that can appear in a table of the period or in the year's frozen lists: taken in
 * before the period ended and not closed before the year began — or before `loadFrom`, when earlier
 * quarters must be compared (the differencing guard). `excluded` counts the cases of the year the
 * consent rule leaves out (shown at the workstation only).
 */
export function loadPopulation(
  db: VaultDatabase,
  scope: { yearStart: IsoDate; start: IsoDate; end: IsoDate; loadFrom?: IsoDate },
  rule: ConsentRule,
): StatPopulation & { excluded: number } {
  const from = scope.loadFrom !== undefined && scope.loadFrom < scope.yearStart ? scope.loadFrom : scope.yearStart;
  const inScope = (since: IsoDate) => sql`c.intake_date <= ${scope.end} AND (c.closed_on IS NULL OR c.closed_on >= ${since})`;
  const cases = z.array(caseRow).parse(
    queryRows(
      db,
      sql`SELECT c.id, c.record_key, c.gender, c.birth_date, c.country_of_origin, c.access_route, c.benefits, c.intake_date, c.closed_on
          FROM cases c WHERE ${inScope(from)} AND ${CONSENT_FILTER[rule]} ORDER BY c.id`,
    ),
  );
  const all = z
    .number()
    .int()
    .parse(queryValue(db, sql`SELECT count(*) FROM cases c WHERE ${inScope(scope.yearStart)}`));
  const countedInYear = cases.filter((row) => row.closed_on === null || row.closed_on >= scope.yearStart).length;
  const ids = sql`(SELECT c.id FROM cases c WHERE ${inScope(from)})`;
  const statuses = groupBy(
    z
      .array(
        z.object({ case_id: z.string(), status: z.string(), valid_from: z.string().nullable(), work_permission: z.string().nullable() }),
      )
      .parse(
        queryRows(
          db,
          sql`SELECT case_id, status, valid_from, work_permission FROM residence_statuses WHERE case_id IN ${ids}
              ORDER BY case_id, valid_from IS NOT NULL, valid_from, created_at, id`,
        ),
      ),
  );
  const closures = groupBy(
    z.array(z.object({ case_id: z.string(), reason: z.string(), whereabouts: z.string(), status_at_closure: z.string().nullable() })).parse(
      queryRows(
        db,
        sql`SELECT case_id, reason, whereabouts, status_at_closure FROM closures WHERE reopened_on IS NULL AND case_id IN ${ids}
            ORDER BY case_id, closed_on, created_at, id`,
      ),
    ),
  );
  const needs = groupBy(
    z
      .array(z.object({ case_id: z.string(), field: z.string() }))
      .parse(queryRows(db, sql`SELECT case_id, field FROM assessments WHERE has_need = 1 AND case_id IN ${ids}`)),
  );
  const goals = groupBy(
    z
      .array(
        z.object({ case_id: z.string(), field: z.string(), agreed_on: z.string().nullable(), status: z.string(), updated_on: z.string() }),
      )
      .parse(
        queryRows(
          db,
          sql`SELECT case_id, field, agreed_on, status, substr(updated_at, 1, 10) AS updated_on FROM goals WHERE case_id IN ${ids}`,
        ),
      ),
  );
  const referrals = groupBy(
    z
      .array(z.object({ case_id: z.string(), offer_kind: z.string(), referred_on: z.string(), result: z.string() }))
      .parse(queryRows(db, sql`SELECT case_id, offer_kind, referred_on, result FROM referrals WHERE case_id IN ${ids}`)),
  );
  const trainings = groupBy(
    z
      .array(z.object({ case_id: z.string(), starts_on: z.string() }))
      .parse(queryRows(db, sql`SELECT case_id, starts_on FROM training_starts WHERE case_id IN ${ids}`)),
  );
  const contacts = new Map(
    z
      .array(z.object({ case_id: z.string(), contacts: z.number().int() }))
      .parse(
        queryRows(
          db,
          sql`SELECT case_id, count(*) AS contacts FROM journal_entries
              WHERE occurred_on BETWEEN ${scope.start} AND ${scope.end} AND kind <> 'caseConference' GROUP BY case_id`,
        ),
      )
      .map((row) => [row.case_id, row.contacts]),
  );
  const persons: StatPerson[] = cases.map((row) => {
    const { tagA, tagB } = tagsOf(row.id, 'case');
    const closure = closures.get(row.id)?.at(-1);
    return {
      recordKey: row.record_key,
      tagA,
      tagB,
      gender: row.gender,
      birthDate: row.birth_date,
      countryOfOrigin: row.country_of_origin,
      accessRoute: row.access_route,
      benefits: row.benefits,
      intakeDate: row.intake_date,
      closedOn: row.closed_on,
      statuses: (statuses.get(row.id) ?? []).map((status) => ({
        status: status.status,
        validFrom: status.valid_from,
        workPermission: status.work_permission,
      })),
      closure: closure ? { reason: closure.reason, whereabouts: closure.whereabouts, statusAtClosure: closure.status_at_closure } : null,
      needs: (needs.get(row.id) ?? []).map((need) => need.field),
      goals: (goals.get(row.id) ?? []).map((goal) => ({
        field: goal.field,
        agreedOn: goal.agreed_on,
        status: goal.status,
        updatedOn: goal.updated_on,
      })),
      referrals: (referrals.get(row.id) ?? []).map((referral) => ({
        offerKind: referral.offer_kind,
        referredOn: referral.referred_on,
        result: referral.result,
      })),
      trainingStarts: (trainings.get(row.id) ?? []).map((training) => training.starts_on),
      contactsInPeriod: contacts.get(row.id) ?? 0,
    };
  });
  const notes: StatNote[] = z
    .array(z.object({ id: z.string(), field: z.string(), kind: z.string(), observed_on: z.string() }))
    .parse(
      queryRows(
        db,
        sql`SELECT id, field, kind, observed_on FROM structural_notes WHERE observed_on BETWEEN ${scope.start} AND ${scope.end} ORDER BY id`,
      ),
    )
    .map((row) => {
      const { tagA, tagB, hashKey } = tagsOf(row.id, 'note');
      return { recordKey: hashKey, tagA, tagB, field: row.field, kind: row.kind, observedOn: row.observed_on };
    });
  return { persons, notes, excluded: all - countedInYear };
}

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

// ----- frozen lists and history ------------------------------------------------------------------

export function readCategoryList(db: VaultDatabase, catalogueVersion: string, year: number, dimension: string): string[] | null {
  const value = queryValue(
    db,
    sql`SELECT categories FROM stats_category_lists WHERE catalogue_version = ${catalogueVersion} AND year = ${year} AND dimension = ${dimension}`,
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
  execute(
    db,
    sql`INSERT INTO stats_category_lists (catalogue_version, year, dimension, categories, frozen_at)
        VALUES (${catalogueVersion}, ${year}, ${dimension}, ${JSON.stringify(categories)}, ${at}) ON CONFLICT DO NOTHING`,
  );
}

export interface EarlierCells {
  suppressed: Set<string>;
  published: Map<string, number>;
  methods: Set<string>;
}

/** Period codes with a written export (any recipient, any catalogue version): the differencing guard compares with them. */
export function readExportedPeriodCodes(db: VaultDatabase): string[] {
  return z.array(z.string()).parse(queryColumn(db, sql`SELECT DISTINCT period_code FROM stats_exports ORDER BY period_code`));
}

export function readEarlierCells(db: VaultDatabase, catalogueVersion: string, periodCode: string): EarlierCells {
  const methods = new Set(
    z
      .array(z.string())
      .parse(
        queryColumn(
          db,
          sql`SELECT DISTINCT method FROM stats_exports WHERE catalogue_version = ${catalogueVersion} AND period_code = ${periodCode}`,
        ),
      ),
  );
  const rows = z.array(z.object({ fingerprint: z.string(), suppressed: z.number().int(), value: z.number().int().nullable() })).parse(
    queryRows(
      db,
      sql`SELECT cell.fingerprint, cell.suppressed, cell.value FROM stats_export_cells cell JOIN stats_exports export ON export.id = cell.export_id
          WHERE export.catalogue_version = ${catalogueVersion} AND export.period_code = ${periodCode} ORDER BY export.at, export.id`,
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
}

export function insertExport(db: VaultDatabase, record: ExportRecord, cells: { fingerprint: string; value: number | null }[]): void {
  execute(
    db,
    sql`INSERT INTO stats_exports (id, at, catalogue_version, period_code, profile_id, recipient, method, k, files, user_id)
        VALUES (${record.id}, ${record.at}, ${record.catalogueVersion}, ${record.periodCode}, ${record.profileId}, ${record.recipient},
                ${record.method}, ${record.k}, ${JSON.stringify(record.files)}, ${record.userId})`,
  );
  for (const cell of cells) {
    execute(
      db,
      sql`INSERT OR IGNORE INTO stats_export_cells (export_id, fingerprint, suppressed, value)
          VALUES (${record.id}, ${cell.fingerprint}, ${cell.value === null ? 1 : 0}, ${cell.value})`,
    );
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
      }),
    )
    .parse(
      queryRows(db, sql`SELECT id, at, period_code, catalogue_version, recipient, method, files FROM stats_exports ORDER BY at DESC, id`),
    )
    .map((row) => ({
      id: row.id,
      at: row.at,
      periodCode: row.period_code,
      catalogueVersion: row.catalogue_version,
      recipient: row.recipient,
      method: row.method,
      files: z.array(z.object({ fileName: z.string(), sha256: z.string() })).parse(JSON.parse(row.files)),
    }));
}
