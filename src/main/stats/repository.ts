import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { IsoDate } from '@shared/kernel/dates';
import { fieldOfOffer } from '@shared/stats/classify';
import type { StatNote, StatPartner, StatPerson, StatPopulation } from '@shared/stats/population';
import type { ConsentRule } from '@shared/stats/schemas';
import { groupBy } from '../kernel/collections';
import type { VaultDatabase } from '../kernel/db/database';
import { queryRows, queryValue, sql, type Sql } from '../kernel/sql';

/** Reads and writes of the statistics feature (all of its SQL, through the `sql` tag); every row is parsed at this boundary. */

/** Two independent 32-bit one-way tags of an id (domain-separated), for contributor fingerprints. */
export function tagsOf(id: string, domain: string): { tagA: number; tagB: number; hashKey: number } {
  const digest = createHash('sha256').update(`fallbuch-stats:${domain}:${id}`).digest();
  return { tagA: digest.readUInt32BE(0), tagB: digest.readUInt32BE(4), hashKey: digest.readUInt32BE(8) };
}

const caseRow = z.object({
  id: z.string(),
  code: z.string(),
  counsellor_id: z.string(),
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

function groupByCase<T extends { case_id: string }>(rows: T[]): Map<string, T[]> {
  return groupBy(rows, (row) => row.case_id);
}

/** Which case a loaded person is (same order as the persons): for the in-app data-quality list only, never for a table. */
export interface CaseRef {
  id: string;
  code: string;
  counsellorId: string;
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
): StatPopulation & { partners: StatPartner[]; cases: CaseRef[]; excluded: number } {
  const from = scope.loadFrom !== undefined && scope.loadFrom < scope.yearStart ? scope.loadFrom : scope.yearStart;
  const inScope = (since: IsoDate) => sql`c.intake_date <= ${scope.end} AND (c.closed_on IS NULL OR c.closed_on >= ${since})`;
  const rows = z.array(caseRow).parse(
    queryRows(
      db,
      sql`SELECT c.id, c.code, c.counsellor_id, c.record_key, c.gender, c.birth_date, c.country_of_origin, c.access_route, c.benefits, c.intake_date, c.closed_on
          FROM cases c WHERE ${inScope(from)} AND ${CONSENT_FILTER[rule]} ORDER BY c.id`,
    ),
  );
  const all = z
    .number()
    .int()
    .parse(queryValue(db, sql`SELECT count(*) FROM cases c WHERE ${inScope(scope.yearStart)}`));
  const countedInYear = rows.filter((row) => row.closed_on === null || row.closed_on >= scope.yearStart).length;
  const ids = sql`(SELECT c.id FROM cases c WHERE ${inScope(from)})`;
  const statuses = groupByCase(
    z
      .array(
        z.object({
          case_id: z.string(),
          status: z.string(),
          valid_from: z.string().nullable(),
          valid_until: z.string().nullable(),
          work_permission: z.string().nullable(),
        }),
      )
      .parse(
        queryRows(
          db,
          sql`SELECT case_id, status, valid_from, valid_until, work_permission FROM residence_statuses WHERE case_id IN ${ids}
              ORDER BY case_id, valid_from IS NOT NULL, valid_from, created_at, id`,
        ),
      ),
  );
  const closures = groupByCase(
    z.array(z.object({ case_id: z.string(), reason: z.string(), whereabouts: z.string(), status_at_closure: z.string().nullable() })).parse(
      queryRows(
        db,
        sql`SELECT case_id, reason, whereabouts, status_at_closure FROM closures WHERE reopened_on IS NULL AND case_id IN ${ids}
            ORDER BY case_id, closed_on, created_at, id`,
      ),
    ),
  );
  const needs = groupByCase(
    z
      .array(z.object({ case_id: z.string(), field: z.string(), has_need: z.number().int() }))
      .parse(queryRows(db, sql`SELECT case_id, field, has_need FROM assessments WHERE case_id IN ${ids}`)),
  );
  const goals = groupByCase(
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
  const referrals = groupByCase(
    z
      .array(
        z.object({
          case_id: z.string(),
          offer_kind: z.string(),
          referred_on: z.string(),
          result: z.string(),
          started_on: z.string().nullable(),
        }),
      )
      .parse(queryRows(db, sql`SELECT case_id, offer_kind, referred_on, result, started_on FROM referrals WHERE case_id IN ${ids}`)),
  );
  const trainings = groupByCase(
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
              WHERE occurred_on BETWEEN ${scope.start} AND ${scope.end} AND kind NOT IN ('caseConference', 'note') GROUP BY case_id`,
        ),
      )
      .map((row) => [row.case_id, row.contacts]),
  );
  const persons: StatPerson[] = rows.map((row) => {
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
        validUntil: status.valid_until,
      })),
      closure: closure ? { reason: closure.reason, whereabouts: closure.whereabouts, statusAtClosure: closure.status_at_closure } : null,
      needs: (needs.get(row.id) ?? []).filter((need) => need.has_need === 1).map((need) => need.field),
      assessed: needs.has(row.id),
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
        startedOn: referral.started_on,
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
  const partners = loadPartners(db, scope.end);
  const cases = rows.map((row) => ({ id: row.id, code: row.code, counsellorId: row.counsellor_id }));
  return { persons, notes, partners, cases, excluded: all - countedInYear };
}

/**
 * Active partners of the directory with the Handlungsfelder they serve: the fields of the offer
 * kinds of the referrals they took up to `end` (Bedarfs- und Angebotsanalyse).
 */
export function loadPartners(db: VaultDatabase, end: IsoDate): StatPartner[] {
  const rows = z.array(z.object({ id: z.string(), offer_kind: z.string().nullable() })).parse(
    queryRows(
      db,
      sql`SELECT p.id, r.offer_kind FROM partners p LEFT JOIN referrals r ON r.partner_id = p.id AND r.referred_on <= ${end}
          WHERE p.is_active = 1 ORDER BY p.id`,
    ),
  );
  const fields = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = fields.get(row.id) ?? new Set<string>();
    if (row.offer_kind !== null) set.add(fieldOfOffer(row.offer_kind));
    fields.set(row.id, set);
  }
  return [...fields].map(([id, set]) => {
    const { tagA, tagB, hashKey } = tagsOf(id, 'partner');
    return { recordKey: hashKey, tagA, tagB, fields: [...set].sort() };
  });
}

/** Own cases taken in after today (a typing error): the plausibility check lists them, no table counts them. */
export function listFutureIntakes(db: VaultDatabase, counsellorId: string, today: IsoDate): { id: string; code: string }[] {
  return z
    .array(z.object({ id: z.string(), code: z.string() }))
    .parse(queryRows(db, sql`SELECT id, code FROM cases WHERE intake_date > ${today} AND counsellor_id = ${counsellorId} ORDER BY code`));
}
