import { z } from 'zod';
import {
  caseFieldsSchema,
  caseSummaryRowSchema,
  searchHitSchema,
  statusRecordSchema,
  trainingStartSchema,
  type CaseFields,
  type CaseSummaryRow,
  type SearchHit,
  type StatusInput,
  type StatusRecordRow,
} from '@shared/cases/domain';
import { deadlineSchema, type DeadlineRow } from '@shared/deadlines/domain';
import { journalEntrySchema, type JournalEntry, type JournalInput } from '@shared/journal/domain';
import type { DerivedDeadline } from '@shared/deadlines/rules';
import type { VaultDatabase } from '../kernel/db/database';

/**
 * SQL of the case notebook: prepared statements only, rows parsed with zod at the boundary.
 * Column names are fixed here; nothing user-supplied ever becomes an identifier.
 */

const caseRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  familyName: z.string(),
  givenNames: z.string(),
  birthDate: z.string().nullable(),
  gender: z.string(),
  nationalities: z.string(),
  countryOfOrigin: z.string().nullable(),
  languages: z.string(),
  interpreterNeeded: z.number(),
  entryDate: z.string().nullable(),
  housing: z.string().nullable(),
  benefits: z.string().nullable(),
  schoolYears: z.number().nullable(),
  schoolCertificate: z.string().nullable(),
  schoolCountry: z.string().nullable(),
  germanLevel: z.string().nullable(),
  germanCertificate: z.string().nullable(),
  workExperience: z.string().nullable(),
  programme: z.string(),
  accessRoute: z.string(),
  intakeDate: z.string(),
  phase: z.string(),
  specialCategoryNotes: z.string().nullable(),
  counsellorId: z.string(),
  counsellorName: z.string(),
  closedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const CASE_COLUMNS = `c.id, c.code, c.family_name AS familyName, c.given_names AS givenNames, c.birth_date AS birthDate,
  c.gender, c.nationalities, c.country_of_origin AS countryOfOrigin, c.languages, c.interpreter_needed AS interpreterNeeded,
  c.entry_date AS entryDate, c.housing, c.benefits, c.school_years AS schoolYears, c.school_certificate AS schoolCertificate,
  c.school_country AS schoolCountry, c.german_level AS germanLevel, c.german_certificate AS germanCertificate,
  c.work_experience AS workExperience, c.programme, c.access_route AS accessRoute, c.intake_date AS intakeDate, c.phase,
  c.special_category_notes AS specialCategoryNotes, c.counsellor_id AS counsellorId, u.name AS counsellorName,
  c.closed_on AS closedOn, c.created_at AS createdAt, c.updated_at AS updatedAt`;

export interface CaseRecord {
  id: string;
  code: string;
  fields: CaseFields;
  counsellorId: string;
  counsellorName: string;
  closedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

function toFieldColumns(fields: CaseFields): Record<string, string | number | null> {
  return {
    familyName: fields.familyName,
    givenNames: fields.givenNames,
    birthDate: fields.birthDate,
    gender: fields.gender,
    nationalities: JSON.stringify(fields.nationalities),
    countryOfOrigin: fields.countryOfOrigin,
    languages: JSON.stringify(fields.languages),
    interpreterNeeded: fields.interpreterNeeded ? 1 : 0,
    entryDate: fields.entryDate,
    housing: fields.housing,
    benefits: fields.benefits,
    schoolYears: fields.schoolYears,
    schoolCertificate: fields.schoolCertificate,
    schoolCountry: fields.schoolCountry,
    germanLevel: fields.germanLevel,
    germanCertificate: fields.germanCertificate,
    workExperience: fields.workExperience,
    programme: fields.programme,
    accessRoute: fields.accessRoute,
    intakeDate: fields.intakeDate,
    phase: fields.phase,
    specialCategoryNotes: fields.specialCategoryNotes,
  };
}

/** Reserves the next running number for prefix and year, e.g. LEV-2026-0042. */
export function reserveCaseCode(db: VaultDatabase, prefix: string, year: number): string {
  const number = db
    .prepare(
      `INSERT INTO case_code_counters (prefix, year, last_number) VALUES (?, ?, 1)
       ON CONFLICT (prefix, year) DO UPDATE SET last_number = last_number + 1
       RETURNING last_number`,
    )
    .pluck()
    .get(prefix, year) as number;
  return `${prefix}-${year}-${String(number).padStart(4, '0')}`;
}

export function insertCase(
  db: VaultDatabase,
  row: { id: string; code: string; fields: CaseFields; counsellorId: string; recordKey: number; at: string },
): void {
  db.prepare(
    `INSERT INTO cases (id, code, family_name, given_names, birth_date, gender, nationalities, country_of_origin, languages,
       interpreter_needed, entry_date, housing, benefits, school_years, school_certificate, school_country, german_level,
       german_certificate, work_experience, programme, access_route, intake_date, phase, counsellor_id,
       special_category_notes, record_key, created_at, updated_at)
     VALUES (@id, @code, @familyName, @givenNames, @birthDate, @gender, @nationalities, @countryOfOrigin, @languages,
       @interpreterNeeded, @entryDate, @housing, @benefits, @schoolYears, @schoolCertificate, @schoolCountry, @germanLevel,
       @germanCertificate, @workExperience, @programme, @accessRoute, @intakeDate, @phase, @counsellorId,
       @specialCategoryNotes, @recordKey, @at, @at)`,
  ).run({
    ...toFieldColumns(row.fields),
    id: row.id,
    code: row.code,
    counsellorId: row.counsellorId,
    recordKey: row.recordKey,
    at: row.at,
  });
}

export function updateCaseFields(db: VaultDatabase, id: string, fields: CaseFields, at: string): void {
  db.prepare(
    `UPDATE cases SET family_name = @familyName, given_names = @givenNames, birth_date = @birthDate, gender = @gender,
       nationalities = @nationalities, country_of_origin = @countryOfOrigin, languages = @languages,
       interpreter_needed = @interpreterNeeded, entry_date = @entryDate, housing = @housing, benefits = @benefits,
       school_years = @schoolYears, school_certificate = @schoolCertificate, school_country = @schoolCountry,
       german_level = @germanLevel, german_certificate = @germanCertificate, work_experience = @workExperience,
       programme = @programme, access_route = @accessRoute, intake_date = @intakeDate, phase = @phase,
       special_category_notes = @specialCategoryNotes, updated_at = @at
     WHERE id = @id`,
  ).run({ ...toFieldColumns(fields), id, at });
}

export function findCase(db: VaultDatabase, id: string): CaseRecord | null {
  const raw = db.prepare(`SELECT ${CASE_COLUMNS} FROM cases c JOIN users u ON u.id = c.counsellor_id WHERE c.id = ?`).get(id);
  if (!raw) return null;
  const row = caseRowSchema.parse(raw);
  const fields = caseFieldsSchema.parse({
    familyName: row.familyName,
    givenNames: row.givenNames,
    birthDate: row.birthDate,
    gender: row.gender,
    nationalities: JSON.parse(row.nationalities),
    countryOfOrigin: row.countryOfOrigin,
    languages: JSON.parse(row.languages),
    interpreterNeeded: row.interpreterNeeded === 1,
    entryDate: row.entryDate,
    housing: row.housing,
    benefits: row.benefits,
    schoolYears: row.schoolYears,
    schoolCertificate: row.schoolCertificate,
    schoolCountry: row.schoolCountry,
    germanLevel: row.germanLevel,
    germanCertificate: row.germanCertificate,
    workExperience: row.workExperience,
    programme: row.programme,
    accessRoute: row.accessRoute,
    intakeDate: row.intakeDate,
    phase: row.phase,
    specialCategoryNotes: row.specialCategoryNotes,
  });
  return {
    id: row.id,
    code: row.code,
    fields,
    counsellorId: row.counsellorId,
    counsellorName: row.counsellorName,
    closedOn: row.closedOn,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The current status is the one with the latest valid-from (undated ones count as oldest). */
const CURRENT_STATUS = `(SELECT s.%COLUMN% FROM residence_statuses s WHERE s.case_id = c.id
  ORDER BY s.valid_from IS NULL, s.valid_from DESC, s.created_at DESC, s.rowid DESC LIMIT 1)`;

/** The current status row of case `c`, looked up once (not once per column). */
const CURRENT_STATUS_JOIN = `LEFT JOIN residence_statuses cs ON cs.rowid = ${CURRENT_STATUS.replace('%COLUMN%', 'rowid')}`;

/**
 * One query for the whole list. In the deadline subquery `+d.state` keeps SQLite from picking the
 * (state, due_on) index, which would scan every open deadline once per case (quadratic: 17 s instead
 * of 20 ms at 5,000 cases); the (case_id, source_key) index finds a case's few deadlines directly.
 * The current status is joined by rowid from one subquery: a subquery per column sorted twice per case.
 */
export function listCases(db: VaultDatabase, options: { includeClosed: boolean }): CaseSummaryRow[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.code, c.family_name AS familyName, c.given_names AS givenNames, c.birth_date AS birthDate,
         c.phase, c.programme, c.counsellor_id AS counsellorId, u.name AS counsellorName,
         cs.status AS currentStatus, cs.valid_until AS currentStatusUntil,
         CASE WHEN c.closed_on IS NULL THEN (SELECT min(d.due_on) FROM deadlines d WHERE d.case_id = c.id AND +d.state = 'open') END AS nextDeadlineOn,
         c.intake_date AS intakeDate, c.closed_on AS closedOn
       FROM cases c JOIN users u ON u.id = c.counsellor_id ${CURRENT_STATUS_JOIN}
       WHERE @includeClosed = 1 OR c.closed_on IS NULL
       ORDER BY c.code`,
    )
    .all({ includeClosed: options.includeClosed ? 1 : 0 });
  return z.array(caseSummaryRowSchema).parse(rows);
}

const STATUS_COLUMNS = `id, status, valid_from AS validFrom, valid_until AS validUntil, work_permission AS workPermission,
  residence_obligation AS residenceObligation, identity_clarified AS identityClarified, document_seen_on AS documentSeenOn,
  created_at AS createdAt`;

export function listStatuses(db: VaultDatabase, caseId: string): StatusRecordRow[] {
  const rows = db
    .prepare(
      `SELECT ${STATUS_COLUMNS} FROM residence_statuses WHERE case_id = ? ORDER BY valid_from IS NULL, valid_from DESC, created_at DESC, rowid DESC`,
    )
    .all(caseId);
  return z.array(statusRecordSchema).parse(rows);
}

export function insertStatus(db: VaultDatabase, row: StatusInput & { id: string; caseId: string; at: string }): void {
  db.prepare(
    `INSERT INTO residence_statuses (id, case_id, status, valid_from, valid_until, work_permission, residence_obligation,
       identity_clarified, document_seen_on, created_at)
     VALUES (@id, @caseId, @status, @validFrom, @validUntil, @workPermission, @residenceObligation, @identityClarified,
       @documentSeenOn, @at)`,
  ).run(row);
}

export function findStatusCase(db: VaultDatabase, statusId: string): string | null {
  const caseId: unknown = db.prepare('SELECT case_id FROM residence_statuses WHERE id = ?').pluck().get(statusId);
  return typeof caseId === 'string' ? caseId : null;
}

export function deleteStatus(db: VaultDatabase, statusId: string): void {
  db.prepare('DELETE FROM residence_statuses WHERE id = ?').run(statusId);
}

export function listTrainingStarts(db: VaultDatabase, caseId: string) {
  const rows = db
    .prepare('SELECT id, starts_on AS startsOn, description FROM training_starts WHERE case_id = ? ORDER BY starts_on')
    .all(caseId);
  return z.array(trainingStartSchema).parse(rows);
}

export function insertTrainingStart(
  db: VaultDatabase,
  row: { id: string; caseId: string; startsOn: string; description: string | null; at: string },
): void {
  db.prepare(
    'INSERT INTO training_starts (id, case_id, starts_on, description, created_at) VALUES (@id, @caseId, @startsOn, @description, @at)',
  ).run(row);
}

export function deleteTrainingStart(db: VaultDatabase, id: string): string | null {
  const caseId: unknown = db.prepare('DELETE FROM training_starts WHERE id = ? RETURNING case_id').pluck().get(id);
  return typeof caseId === 'string' ? caseId : null;
}

const DEADLINE_COLUMNS = `d.id, d.case_id AS caseId, c.code AS caseCode, d.kind, d.title, d.due_on AS dueOn,
  d.remind_from AS remindFrom, d.opens_on AS opensOn, d.state, d.resolved_on AS resolvedOn,
  d.resolution_reason AS resolutionReason`;

export function listCaseDeadlines(db: VaultDatabase, caseId: string): DeadlineRow[] {
  const rows = db
    .prepare(`SELECT ${DEADLINE_COLUMNS} FROM deadlines d JOIN cases c ON c.id = d.case_id WHERE d.case_id = ? ORDER BY d.due_on, d.kind`)
    .all(caseId);
  return z.array(deadlineSchema).parse(rows);
}

/**
 * Makes the stored derived deadlines of a case equal to what the rules derive now. A deadline keeps
 * its done/dismissed mark as long as its source (status, birthday, training start) is unchanged;
 * open derived deadlines whose source is gone are removed, resolved ones stay as history.
 */
export function syncDerivedDeadlines(db: VaultDatabase, caseId: string, derived: readonly DerivedDeadline[], at: string): void {
  const upsert = db.prepare(
    `INSERT INTO deadlines (id, case_id, kind, source_key, due_on, remind_from, opens_on, state, created_at)
     VALUES (lower(hex(randomblob(16))), @caseId, @kind, @sourceKey, @dueOn, @remindFrom, @opensOn, 'open', @at)
     ON CONFLICT (case_id, source_key) DO UPDATE SET
       state = CASE WHEN deadlines.due_on = excluded.due_on THEN deadlines.state ELSE 'open' END,
       resolved_on = CASE WHEN deadlines.due_on = excluded.due_on THEN deadlines.resolved_on ELSE NULL END,
       resolution_reason = CASE WHEN deadlines.due_on = excluded.due_on THEN deadlines.resolution_reason ELSE NULL END,
       due_on = excluded.due_on, remind_from = excluded.remind_from, opens_on = excluded.opens_on`,
  );
  for (const deadline of derived) {
    upsert.run({
      caseId,
      kind: deadline.kind,
      sourceKey: deadline.sourceKey,
      dueOn: deadline.dueOn,
      remindFrom: deadline.remindFrom,
      opensOn: deadline.opensOn ?? null,
      at,
    });
  }
  const keep = JSON.stringify(derived.map((deadline) => deadline.sourceKey));
  db.prepare(
    `DELETE FROM deadlines WHERE case_id = ? AND source_key IS NOT NULL AND state = 'open' AND kind <> 'consentExpiry'
       AND source_key NOT IN (SELECT value FROM json_each(?))`,
  ).run(caseId, keep);
}

export function insertOwnDeadline(
  db: VaultDatabase,
  row: { id: string; caseId: string; kind: 'appointment' | 'task'; title: string; dueOn: string; at: string },
): void {
  db.prepare(
    `INSERT INTO deadlines (id, case_id, kind, title, due_on, remind_from, state, created_at)
     VALUES (@id, @caseId, @kind, @title, @dueOn, @dueOn, 'open', @at)`,
  ).run(row);
}

export function findDeadline(db: VaultDatabase, id: string): DeadlineRow | null {
  const row = db.prepare(`SELECT ${DEADLINE_COLUMNS} FROM deadlines d JOIN cases c ON c.id = d.case_id WHERE d.id = ?`).get(id);
  return row ? deadlineSchema.parse(row) : null;
}

export function resolveDeadline(db: VaultDatabase, id: string, state: 'done' | 'dismissed', on: string, reason: string | null): void {
  db.prepare('UPDATE deadlines SET state = ?, resolved_on = ?, resolution_reason = ? WHERE id = ?').run(state, on, reason, id);
}

const JOURNAL_COLUMNS = `j.id, j.case_id AS caseId, j.occurred_on AS occurredOn, j.duration_minutes AS durationMinutes, j.kind,
  j.interpreter, j.topics, j.participants, j.note, u.name AS authorName, j.created_at AS createdAt, j.updated_at AS updatedAt`;

function parseJournalRow(raw: unknown): JournalEntry {
  const row = raw as Record<string, unknown>;
  return journalEntrySchema.parse({
    ...row,
    interpreter: row.interpreter === 1,
    topics: JSON.parse(String(row.topics)),
    participants: JSON.parse(String(row.participants)),
  });
}

export function listJournal(db: VaultDatabase, caseId: string): JournalEntry[] {
  return db
    .prepare(
      `SELECT ${JOURNAL_COLUMNS} FROM journal_entries j LEFT JOIN users u ON u.id = j.author_id WHERE j.case_id = ? ORDER BY j.occurred_on DESC, j.created_at DESC`,
    )
    .all(caseId)
    .map(parseJournalRow);
}

export function findJournalEntry(db: VaultDatabase, id: string): JournalEntry | null {
  const row = db.prepare(`SELECT ${JOURNAL_COLUMNS} FROM journal_entries j LEFT JOIN users u ON u.id = j.author_id WHERE j.id = ?`).get(id);
  return row ? parseJournalRow(row) : null;
}

function journalColumns(input: JournalInput) {
  return {
    occurredOn: input.occurredOn,
    durationMinutes: input.durationMinutes,
    kind: input.kind,
    interpreter: input.interpreter ? 1 : 0,
    topics: JSON.stringify(input.topics),
    participants: JSON.stringify(input.participants),
    note: input.note,
  };
}

export function insertJournalEntry(
  db: VaultDatabase,
  row: { id: string; caseId: string; authorId: string; at: string; input: JournalInput },
): void {
  db.prepare(
    `INSERT INTO journal_entries (id, case_id, occurred_on, duration_minutes, kind, interpreter, topics, participants, note, author_id, created_at, updated_at)
     VALUES (@id, @caseId, @occurredOn, @durationMinutes, @kind, @interpreter, @topics, @participants, @note, @authorId, @at, @at)`,
  ).run({ ...journalColumns(row.input), id: row.id, caseId: row.caseId, authorId: row.authorId, at: row.at });
}

export function updateJournalEntry(db: VaultDatabase, id: string, input: JournalInput, at: string): void {
  db.prepare(
    `UPDATE journal_entries SET occurred_on = @occurredOn, duration_minutes = @durationMinutes, kind = @kind,
       interpreter = @interpreter, topics = @topics, participants = @participants, note = @note, updated_at = @at
     WHERE id = @id`,
  ).run({ ...journalColumns(input), id, at });
}

export function deleteJournalEntry(db: VaultDatabase, id: string): void {
  db.prepare('DELETE FROM journal_entries WHERE id = ?').run(id);
}

/**
 * Turns what a person typed into an FTS5 query: every word becomes a quoted prefix term, all must
 * match. Quotes and operators typed by the user are dropped, so no input can change the query's
 * structure.
 */
export function toFtsQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}

export const SNIPPET_START = '\u0002';
export const SNIPPET_END = '\u0003';

/** Up to this many matches the hits are ranked by relevance (bm25); beyond it, newest first. */
export const RANKED_MATCHES_LIMIT = 2000;

/** Whose hits a search may return: the counsellor's own cases and the codes opened with a reason this session. */
export interface CaseScope {
  counsellorId: string;
  openedCodes: readonly string[];
}

const SEARCH_COLUMNS = `s.case_id AS caseId, c.code AS caseCode, s.source, s.source_id AS sourceId,
  snippet(search_index, 3, char(2), char(3), '…', 12) AS snippet`;

/** The access filter sits before LIMIT, so a colleague's many hits cannot crowd out one's own. */
const SEARCH_FROM = `FROM search_index s JOIN cases c ON c.id = s.case_id
  WHERE search_index MATCH @query
    AND (c.counsellor_id = @counsellorId OR c.code IN (SELECT value FROM json_each(@openedCodes)))`;

/**
 * FTS5 computes the rank of every match before LIMIT applies, so a common word ("Termin") in
 * hundreds of thousands of notes costs seconds; counting the matches is about fifteen times
 * cheaper, and newest-first is streamed by FTS5 and stops after `limit`. So few matches are ranked,
 * many are listed newest first (the index's rowid grows with every insert and update). The count
 * is over all matches, as that is what ranking would cost.
 */
export function searchIndex(db: VaultDatabase, text: string, scope: CaseScope, limit = 50): SearchHit[] {
  const query = toFtsQuery(text);
  if (!query) return [];
  const matches: unknown = db.prepare('SELECT count(*) FROM search_index WHERE search_index MATCH ?').pluck().get(query);
  const order = typeof matches === 'number' && matches > RANKED_MATCHES_LIMIT ? 's.rowid DESC' : 'rank';
  const rows = db
    .prepare(`SELECT ${SEARCH_COLUMNS} ${SEARCH_FROM} ORDER BY ${order} LIMIT @limit`)
    .all({ query, counsellorId: scope.counsellorId, openedCodes: JSON.stringify(scope.openedCodes), limit });
  return z.array(searchHitSchema).parse(rows);
}
