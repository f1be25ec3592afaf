import { z } from 'zod';
import type { VaultDatabase } from '../kernel/db/database';
import { queryColumn, queryRow, queryRows, sql } from '../kernel/sql';

/**
 * What papers read of a case (SQL): the fields a template may print, the status history, training
 * starts, goals, referrals with their partner's name, contacts and the latest closure. Read in the
 * caller's transaction, after the access rule passed (`session.record`).
 */

const textArray = z.string().transform((text, context) => {
  try {
    const parsed: unknown = JSON.parse(text);
    return z.array(z.string()).parse(parsed);
  } catch {
    context.addIssue({ code: 'custom', message: 'not a JSON list' });
    return z.NEVER;
  }
});

const caseRowSchema = z.object({
  code: z.string(),
  familyName: z.string(),
  givenNames: z.string(),
  birthDate: z.string().nullable(),
  gender: z.string(),
  nationalities: textArray,
  countryOfOrigin: z.string().nullable(),
  languages: textArray,
  germanLevel: z.string().nullable(),
  programme: z.string(),
  accessRoute: z.string(),
  intakeDate: z.string(),
  entryDate: z.string().nullable(),
  counsellorName: z.string().nullable(),
});

const statusRowSchema = z.object({
  status: z.string(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  workPermission: z.string().nullable(),
  createdAt: z.string(),
});
const goalRowSchema = z.object({
  field: z.string(),
  wording: z.string(),
  agreedOn: z.string().nullable(),
  targetDate: z.string().nullable(),
  status: z.string(),
});
const referralRowSchema = z.object({
  offerKind: z.string(),
  referredOn: z.string(),
  result: z.string(),
  partnerName: z.string().nullable(),
});
const contactRowSchema = z.object({
  occurredOn: z.string(),
  kind: z.string(),
  durationMinutes: z.number().int().nullable(),
  topics: textArray,
  note: z.string(),
});
const closureRowSchema = z.object({ closedOn: z.string(), reason: z.string(), whereabouts: z.string() });

export type CaseFacts = z.infer<typeof caseRowSchema> & {
  statuses: z.infer<typeof statusRowSchema>[];
  trainingStarts: string[];
  goals: z.infer<typeof goalRowSchema>[];
  referrals: z.infer<typeof referralRowSchema>[];
  contacts: z.infer<typeof contactRowSchema>[];
  closure: z.infer<typeof closureRowSchema> | null;
};

export function readCaseFacts(db: VaultDatabase, caseId: string): CaseFacts | null {
  const row = queryRow(
    db,
    sql`SELECT c.code, c.family_name AS familyName, c.given_names AS givenNames, c.birth_date AS birthDate, c.gender,
          c.nationalities, c.country_of_origin AS countryOfOrigin, c.languages, c.german_level AS germanLevel,
          c.programme, c.access_route AS accessRoute, c.intake_date AS intakeDate, c.entry_date AS entryDate,
          u.name AS counsellorName
        FROM cases c LEFT JOIN users u ON u.id = c.counsellor_id WHERE c.id = ${caseId}`,
  );
  if (row === undefined) return null;
  const statuses = queryRows(
    db,
    sql`SELECT status, valid_from AS validFrom, valid_until AS validUntil, work_permission AS workPermission, created_at AS createdAt
        FROM residence_statuses WHERE case_id = ${caseId} ORDER BY coalesce(valid_from, substr(created_at, 1, 10)), created_at`,
  );
  const goals = queryRows(
    db,
    sql`SELECT field, wording, agreed_on AS agreedOn, target_date AS targetDate, status FROM goals
        WHERE case_id = ${caseId} ORDER BY agreed_on IS NULL, agreed_on, rowid`,
  );
  const referrals = queryRows(
    db,
    sql`SELECT r.offer_kind AS offerKind, r.referred_on AS referredOn, r.result, p.name AS partnerName
        FROM referrals r LEFT JOIN partners p ON p.id = r.partner_id WHERE r.case_id = ${caseId} ORDER BY r.referred_on, r.rowid`,
  );
  const contacts = queryRows(
    db,
    sql`SELECT occurred_on AS occurredOn, kind, duration_minutes AS durationMinutes, topics, note FROM journal_entries
        WHERE case_id = ${caseId} ORDER BY occurred_on, rowid`,
  );
  const closure = queryRow(
    db,
    sql`SELECT closed_on AS closedOn, reason, whereabouts FROM closures
        WHERE case_id = ${caseId} AND reopened_on IS NULL ORDER BY closed_on DESC, rowid DESC LIMIT 1`,
  );
  return {
    ...caseRowSchema.parse(row),
    statuses: z.array(statusRowSchema).parse(statuses),
    trainingStarts: z
      .array(z.string())
      .parse(queryColumn(db, sql`SELECT starts_on FROM training_starts WHERE case_id = ${caseId} ORDER BY starts_on`)),
    goals: z.array(goalRowSchema).parse(goals),
    referrals: z.array(referralRowSchema).parse(referrals),
    contacts: z.array(contactRowSchema).parse(contacts),
    closure: closure === undefined ? null : closureRowSchema.parse(closure),
  };
}

const traitsRowSchema = z.object({
  id: z.string(),
  gender: z.string(),
  birthDate: z.string().nullable(),
  intakeDate: z.string(),
  countryOfOrigin: z.string().nullable(),
  statuses: z.string().nullable(),
});

/**
 * The traits of every case of the vault that the vignette's rarity hint compares (gender, birth and
 * intake date for the age band, origin, the order of statuses). Only counted, never shown.
 */
export function readVaultTraits(
  db: VaultDatabase,
): { id: string; gender: string; birthDate: string | null; intakeDate: string; countryOfOrigin: string | null; statuses: string[] }[] {
  const rows = queryRows(
    db,
    sql`SELECT c.id, c.gender, c.birth_date AS birthDate, c.intake_date AS intakeDate, c.country_of_origin AS countryOfOrigin,
          (SELECT group_concat(status, ' ') FROM (SELECT status FROM residence_statuses s WHERE s.case_id = c.id
             ORDER BY coalesce(valid_from, substr(created_at, 1, 10)), created_at)) AS statuses
        FROM cases c`,
  );
  return z
    .array(traitsRowSchema)
    .parse(rows)
    .map((row) => ({ ...row, statuses: row.statuses ? row.statuses.split(' ') : [] }));
}

/** The names of every partner of the directory (archived ones too): typed vignette text must not name them. */
export function readPartnerNames(db: VaultDatabase): string[] {
  return z.array(z.string()).parse(queryColumn(db, sql`SELECT name FROM partners`));
}

export function readPartner(db: VaultDatabase, id: string): { name: string; contact: string } | null {
  const row = queryRow(db, sql`SELECT name, contact FROM partners WHERE id = ${id}`);
  return row === undefined ? null : z.object({ name: z.string(), contact: z.string() }).parse(row);
}
