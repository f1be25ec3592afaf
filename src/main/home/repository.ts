import { z } from 'zod';
import { expiringConsentSchema, homeTaskSchema, quietCaseSchema, type ExpiringConsent, type HomeTask, type QuietCase } from '@shared/home';
import type { IsoDate } from '@shared/kernel/dates';
import type { VaultDatabase } from '../kernel/db/database';
import { iterateRows, queryRow, queryRows, queryValue, sql } from '../kernel/sql';

/**
 * The reads of "Heute": a small read model over cases, deadlines, journal, consents, accounts and
 * the access log. Each list comes capped with its full size in one statement (a window count).
 */

export interface Page<T> {
  items: T[];
  total: number;
}

function pageOf<T>(rows: unknown[], schema: z.ZodType<T>): Page<T> {
  const parsed = z.array(z.object({ total: z.number().int() }).loose()).parse(rows);
  return { items: parsed.map(({ total: _total, ...row }) => schema.parse(row)), total: parsed[0]?.total ?? 0 };
}

const OWN_OPEN_CASE = (counsellorId: string) => sql`c.counsellor_id = ${counsellorId} AND c.closed_on IS NULL`;

/** Open tasks of the own open cases due after `after` (the end of this week), earliest first. */
export function listLaterTasks(db: VaultDatabase, query: { counsellorId: string; after: IsoDate; limit: number }): Page<HomeTask> {
  const rows = queryRows(
    db,
    sql`SELECT d.id, d.case_id AS caseId, c.code AS caseCode, c.family_name AS familyName, c.given_names AS givenNames,
          d.title, d.due_on AS dueOn, count(*) OVER () AS total
        FROM deadlines d JOIN cases c ON c.id = d.case_id
        WHERE d.kind = 'task' AND d.state = 'open' AND d.due_on > ${query.after} AND ${OWN_OPEN_CASE(query.counsellorId)}
        ORDER BY d.due_on, c.code, d.id LIMIT ${query.limit}`,
  );
  return pageOf(rows, homeTaskSchema);
}

/**
 * Own open cases whose last contact lies before `before` — or, with no contact at all, whose intake
 * does (a case taken in yesterday is not "without contact" yet). The longest silence first.
 */
export function listQuietCases(db: VaultDatabase, query: { counsellorId: string; before: IsoDate; limit: number }): Page<QuietCase> {
  const rows = queryRows(
    db,
    sql`SELECT caseId, caseCode, familyName, givenNames, lastContactOn, intakeDate, count(*) OVER () AS total
        FROM (
          SELECT c.id AS caseId, c.code AS caseCode, c.family_name AS familyName, c.given_names AS givenNames,
            c.intake_date AS intakeDate, (SELECT max(j.occurred_on) FROM journal_entries j WHERE j.case_id = c.id) AS lastContactOn
          FROM cases c WHERE ${OWN_OPEN_CASE(query.counsellorId)}
        )
        WHERE coalesce(lastContactOn, intakeDate) < ${query.before}
        ORDER BY coalesce(lastContactOn, intakeDate), caseCode LIMIT ${query.limit}`,
  );
  return pageOf(rows, quietCaseSchema);
}

/** Consents of the own open cases that are valid today and end on or before `until`, the soonest first. */
export function listExpiringConsents(
  db: VaultDatabase,
  query: { counsellorId: string; today: IsoDate; until: IsoDate; limit: number },
): Page<ExpiringConsent> {
  const rows = queryRows(
    db,
    sql`SELECT k.id AS consentId, k.case_id AS caseId, c.code AS caseCode, c.family_name AS familyName, c.given_names AS givenNames,
          k.kind, CASE WHEN k.kind = 'release' THEN coalesce(p.name, k.recipient_text) END AS recipient, k.valid_until AS validUntil,
          count(*) OVER () AS total
        FROM consents k JOIN cases c ON c.id = k.case_id LEFT JOIN partners p ON p.id = k.recipient_partner_id
        WHERE ${OWN_OPEN_CASE(query.counsellorId)} AND k.given_on <= ${query.today}
          AND (k.withdrawn_on IS NULL OR k.withdrawn_on > ${query.today})
          AND k.valid_until >= ${query.today} AND k.valid_until <= ${query.until}
        ORDER BY k.valid_until, c.code, k.id LIMIT ${query.limit}`,
  );
  return pageOf(rows, expiringConsentSchema);
}

const caseOpenedSchema = z.object({ code: z.string(), at: z.string() });
const ownCaseSchema = z.object({ caseId: z.string(), caseCode: z.string(), familyName: z.string(), givenNames: z.string() });

/**
 * The own cases this user opened last, from the access log, newest first. The log is read backwards
 * through the (user, time) index and stops at `limit` distinct cases, so its size does not matter.
 * Colleagues' cases opened with a reason are left out: that access was for its moment only.
 */
export function listRecentlyOpenedCases(
  db: VaultDatabase,
  query: { userId: string; limit: number },
): { caseId: string; caseCode: string; familyName: string; givenNames: string; openedAt: string }[] {
  const found: { caseId: string; caseCode: string; familyName: string; givenNames: string; openedAt: string }[] = [];
  const seen = new Set<string>();
  const views = iterateRows(
    db,
    sql`SELECT object AS code, at FROM audit_log WHERE user_id = ${query.userId} AND action = 'case.view' AND object IS NOT NULL
        ORDER BY at DESC, seq DESC`,
  );
  for (const raw of views) {
    const view = caseOpenedSchema.parse(raw);
    if (seen.has(view.code)) continue;
    seen.add(view.code);
    const row = queryRow(
      db,
      sql`SELECT c.id AS caseId, c.code AS caseCode, c.family_name AS familyName, c.given_names AS givenNames
          FROM cases c WHERE c.code = ${view.code} AND c.counsellor_id = ${query.userId}`,
    );
    if (row !== undefined) found.push({ ...ownCaseSchema.parse(row), openedAt: view.at });
    if (found.length >= query.limit) {
      views.return?.();
      break;
    }
  }
  return found;
}

// ----- the supervisor's side -------------------------------------------------------------------

const logStateSchema = z.object({
  entries: z.number().int(),
  lastVerifiedAt: z.string().nullable(),
  lastVerifiedSeq: z.number().int().nullable(),
  lastSavedCheckpointAt: z.string().nullable(),
  lastArchiveAt: z.string().nullable(),
});

/** The access log's figures for "Heute": size, last check, last signed checkpoint (saved or archived). */
export function readLogState(db: VaultDatabase): z.infer<typeof logStateSchema> & { entriesSinceCheck: number } {
  const state = logStateSchema.parse(
    queryRow(
      db,
      sql`SELECT (SELECT count(*) FROM audit_log) AS entries,
            (SELECT max(at) FROM audit_log WHERE action = 'audit.verify') AS lastVerifiedAt,
            (SELECT max(seq) FROM audit_log WHERE action = 'audit.verify') AS lastVerifiedSeq,
            (SELECT max(at) FROM audit_log WHERE action = 'audit.checkpoint') AS lastSavedCheckpointAt,
            (SELECT max(at) FROM audit_retention) AS lastArchiveAt`,
    ),
  );
  const since = z
    .number()
    .int()
    .parse(queryValue(db, sql`SELECT count(*) FROM audit_log WHERE seq > ${state.lastVerifiedSeq ?? 0}`));
  return { ...state, entriesSinceCheck: since };
}

const accountRowSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(['supervisor', 'counsellor']),
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
  mustChange: z.number().int(),
  openCases: z.number().int(),
  lastSignInAt: z.string().nullable(),
  failedSignIns: z.number().int(),
});
export type AccountFacts = z.infer<typeof accountRowSchema>;

/**
 * Every account with what "Heute" judges it by: open cases held, the last successful sign-in, and
 * the failed sign-ins logged after it (attempts are logged at the next successful unlock).
 */
export function listAccountFacts(db: VaultDatabase): AccountFacts[] {
  const rows = queryRows(
    db,
    sql`WITH last_unlock AS (
          SELECT user_id, max(seq) AS seq, max(at) AS at FROM audit_log WHERE action = 'vault.unlock' GROUP BY user_id
        )
        SELECT u.id AS userId, u.name, u.role, u.created_at AS createdAt, u.disabled_at AS disabledAt,
          u.must_change_passphrase AS mustChange,
          (SELECT count(*) FROM cases c WHERE c.counsellor_id = u.id AND c.closed_on IS NULL) AS openCases,
          l.at AS lastSignInAt,
          (SELECT count(*) FROM audit_log f WHERE f.action = 'vault.unlockFailed' AND f.user_id = u.id AND f.seq > coalesce(l.seq, 0))
            AS failedSignIns
        FROM users u LEFT JOIN last_unlock l ON l.user_id = u.id
        ORDER BY lower(u.name)`,
  );
  return z.array(accountRowSchema).parse(rows);
}
