import { z } from 'zod';
import {
  caseFieldsSchema,
  statusRecordSchema,
  trainingStartSchema,
  type CaseContact,
  type CaseFields,
  type StatusInput,
  type StatusRecordRow,
} from '@shared/cases/domain';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, queryColumn, queryRow, queryRows, queryValue, sql, sqlIdentifier, sqlJoin, type SqlValue } from '../kernel/sql';

/**
 * SQL of cases, their status history, training starts and the full-text search. Values are always
 * bound (the `sql` tag); rows are parsed with zod at the boundary.
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
  phone: z.string().nullable(),
  email: z.string().nullable(),
  postalAddress: z.string().nullable(),
  documentFamilyName: z.string().nullable(),
  documentGivenNames: z.string().nullable(),
  counsellorId: z.string(),
  counsellorName: z.string(),
  closedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const CASE_COLUMNS = sql`c.id, c.code, c.family_name AS familyName, c.given_names AS givenNames, c.birth_date AS birthDate,
  c.gender, c.nationalities, c.country_of_origin AS countryOfOrigin, c.languages, c.interpreter_needed AS interpreterNeeded,
  c.entry_date AS entryDate, c.housing, c.benefits, c.school_years AS schoolYears, c.school_certificate AS schoolCertificate,
  c.school_country AS schoolCountry, c.german_level AS germanLevel, c.german_certificate AS germanCertificate,
  c.work_experience AS workExperience, c.programme, c.access_route AS accessRoute, c.intake_date AS intakeDate, c.phase,
  c.special_category_notes AS specialCategoryNotes, c.phone, c.email, c.postal_address AS postalAddress,
  c.document_family_name AS documentFamilyName, c.document_given_names AS documentGivenNames,
  c.counsellor_id AS counsellorId, u.name AS counsellorName,
  c.closed_on AS closedOn, c.created_at AS createdAt, c.updated_at AS updatedAt`;

export interface CaseRecord {
  id: string;
  code: string;
  fields: CaseFields;
  contact: CaseContact;
  counsellorId: string;
  counsellorName: string;
  closedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

function toFieldColumns(fields: CaseFields): Record<CaseFieldColumn, SqlValue> {
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

/** The stored column of each case field, in the order of `toFieldColumns`. */
const FIELD_COLUMNS = {
  familyName: 'family_name',
  givenNames: 'given_names',
  birthDate: 'birth_date',
  gender: 'gender',
  nationalities: 'nationalities',
  countryOfOrigin: 'country_of_origin',
  languages: 'languages',
  interpreterNeeded: 'interpreter_needed',
  entryDate: 'entry_date',
  housing: 'housing',
  benefits: 'benefits',
  schoolYears: 'school_years',
  schoolCertificate: 'school_certificate',
  schoolCountry: 'school_country',
  germanLevel: 'german_level',
  germanCertificate: 'german_certificate',
  workExperience: 'work_experience',
  programme: 'programme',
  accessRoute: 'access_route',
  intakeDate: 'intake_date',
  phase: 'phase',
  specialCategoryNotes: 'special_category_notes',
} as const;
type CaseFieldColumn = keyof typeof FIELD_COLUMNS;

/** The stored column of each contact field (migration 0007). */
const CONTACT_COLUMNS = {
  phone: 'phone',
  email: 'email',
  postalAddress: 'postal_address',
  documentFamilyName: 'document_family_name',
  documentGivenNames: 'document_given_names',
} as const satisfies Record<keyof CaseContact, string>;
const COLUMN_NAMES: readonly string[] = [...Object.values(FIELD_COLUMNS), ...Object.values(CONTACT_COLUMNS)];

type ColumnEntry = [ReturnType<typeof sqlIdentifier>, SqlValue];

function fieldEntries(fields: CaseFields): ColumnEntry[] {
  const values = toFieldColumns(fields);
  return (Object.keys(FIELD_COLUMNS) as CaseFieldColumn[]).map((key) => [sqlIdentifier(FIELD_COLUMNS[key], COLUMN_NAMES), values[key]]);
}

function contactEntries(contact: CaseContact): ColumnEntry[] {
  return (Object.keys(CONTACT_COLUMNS) as (keyof CaseContact)[]).map((key) => [
    sqlIdentifier(CONTACT_COLUMNS[key], COLUMN_NAMES),
    contact[key],
  ]);
}

/** Reserves the next running number for prefix and year, e.g. LEV-2026-0042. */
export function reserveCaseCode(db: VaultDatabase, prefix: string, year: number): string {
  const number = queryValue(
    db,
    sql`INSERT INTO case_code_counters (prefix, year, last_number) VALUES (${prefix}, ${year}, 1)
        ON CONFLICT (prefix, year) DO UPDATE SET last_number = last_number + 1
        RETURNING last_number`,
  ) as number;
  return `${prefix}-${year}-${String(number).padStart(4, '0')}`;
}

export function insertCase(
  db: VaultDatabase,
  row: { id: string; code: string; fields: CaseFields; contact?: CaseContact; counsellorId: string; recordKey: number; at: string },
): void {
  const entries = [...fieldEntries(row.fields), ...(row.contact ? contactEntries(row.contact) : [])];
  const columns = sqlJoin(entries.map(([column]) => column));
  const values = sqlJoin(entries.map(([, value]) => sql`${value}`));
  execute(
    db,
    sql`INSERT INTO cases (id, code, ${columns}, counsellor_id, record_key, created_at, updated_at)
        VALUES (${row.id}, ${row.code}, ${values}, ${row.counsellorId}, ${row.recordKey}, ${row.at}, ${row.at})`,
  );
}

/** Writes the fields and, when given, the contact data (`undefined` keeps the stored contact). */
export function updateCaseFields(db: VaultDatabase, id: string, fields: CaseFields, at: string, contact?: CaseContact): void {
  const entries = [...fieldEntries(fields), ...(contact ? contactEntries(contact) : [])];
  const assignments = sqlJoin(entries.map(([column, value]) => sql`${column} = ${value}`));
  execute(db, sql`UPDATE cases SET ${assignments}, updated_at = ${at} WHERE id = ${id}`);
}

export function findCase(db: VaultDatabase, id: string): CaseRecord | null {
  const raw = queryRow(db, sql`SELECT ${CASE_COLUMNS} FROM cases c JOIN users u ON u.id = c.counsellor_id WHERE c.id = ${id}`);
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
  // As stored, not re-validated: a value from an older rule or an import must not lock the case.
  const contact: CaseContact = {
    phone: row.phone,
    email: row.email,
    postalAddress: row.postalAddress,
    documentFamilyName: row.documentFamilyName,
    documentGivenNames: row.documentGivenNames,
  };
  return {
    id: row.id,
    code: row.code,
    fields,
    contact,
    counsellorId: row.counsellorId,
    counsellorName: row.counsellorName,
    closedOn: row.closedOn,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The case list's query lives in listRepository.ts (this file's size); the import path stays. */
export { listCases } from './listRepository';

/** A colleague's case as the break-the-glass look-up shows it: the code and who holds it, nothing else. */
const lookupRowSchema = z.object({ caseId: z.string(), code: z.string(), counsellorId: z.string(), counsellorName: z.string() });
export type CaseLookupRow = z.infer<typeof lookupRowSchema>;

export function lookupCaseByCode(db: VaultDatabase, code: string): CaseLookupRow | null {
  const row = queryRow(
    db,
    sql`SELECT c.id AS caseId, c.code, c.counsellor_id AS counsellorId, u.name AS counsellorName
        FROM cases c JOIN users u ON u.id = c.counsellor_id WHERE c.code = ${code}`,
  );
  return row === undefined ? null : lookupRowSchema.parse(row);
}

export function listStatuses(db: VaultDatabase, caseId: string): StatusRecordRow[] {
  const rows = queryRows(
    db,
    sql`SELECT id, status, valid_from AS validFrom, valid_until AS validUntil, work_permission AS workPermission,
          residence_obligation AS residenceObligation, identity_clarified AS identityClarified, document_seen_on AS documentSeenOn,
          created_at AS createdAt
        FROM residence_statuses WHERE case_id = ${caseId}
        ORDER BY valid_from IS NULL, valid_from DESC, created_at DESC, rowid DESC`,
  );
  return z.array(statusRecordSchema).parse(rows);
}

export function insertStatus(db: VaultDatabase, row: StatusInput & { id: string; caseId: string; at: string }): void {
  execute(
    db,
    sql`INSERT INTO residence_statuses (id, case_id, status, valid_from, valid_until, work_permission, residence_obligation,
          identity_clarified, document_seen_on, created_at)
        VALUES (${row.id}, ${row.caseId}, ${row.status}, ${row.validFrom}, ${row.validUntil}, ${row.workPermission},
          ${row.residenceObligation}, ${row.identityClarified}, ${row.documentSeenOn}, ${row.at})`,
  );
}

export function findStatusCase(db: VaultDatabase, statusId: string): string | null {
  const caseId = queryValue(db, sql`SELECT case_id FROM residence_statuses WHERE id = ${statusId}`);
  return typeof caseId === 'string' ? caseId : null;
}

/**
 * „Dokument gesehen am“ of a status entry, set when a document of the case is linked to it (a later
 * day never goes back to an earlier one). Returns the value before, or undefined when nothing changed.
 */
export function markStatusDocumentSeen(db: VaultDatabase, statusId: string, on: string): { before: string | null } | undefined {
  const before = queryValue(db, sql`SELECT document_seen_on FROM residence_statuses WHERE id = ${statusId}`);
  if (before === undefined || (typeof before === 'string' && before >= on)) return undefined;
  execute(db, sql`UPDATE residence_statuses SET document_seen_on = ${on} WHERE id = ${statusId}`);
  return { before: typeof before === 'string' ? before : null };
}

export function deleteStatus(db: VaultDatabase, statusId: string): void {
  execute(db, sql`DELETE FROM residence_statuses WHERE id = ${statusId}`);
}

export function listTrainingStarts(db: VaultDatabase, caseId: string) {
  const rows = queryRows(
    db,
    sql`SELECT id, starts_on AS startsOn, description FROM training_starts WHERE case_id = ${caseId} ORDER BY starts_on`,
  );
  return z.array(trainingStartSchema).parse(rows);
}

export function insertTrainingStart(
  db: VaultDatabase,
  row: { id: string; caseId: string; startsOn: string; description: string | null; at: string },
): void {
  execute(
    db,
    sql`INSERT INTO training_starts (id, case_id, starts_on, description, created_at)
        VALUES (${row.id}, ${row.caseId}, ${row.startsOn}, ${row.description}, ${row.at})`,
  );
}

export function deleteTrainingStart(db: VaultDatabase, id: string): string | null {
  const caseId = queryValue(db, sql`DELETE FROM training_starts WHERE id = ${id} RETURNING case_id`);
  return typeof caseId === 'string' ? caseId : null;
}

/** Codes of a counsellor's own cases (the case list's and the search's access filter). */
export function listOwnCaseCodes(db: VaultDatabase, counsellorId: string): string[] {
  return z.array(z.string()).parse(queryColumn(db, sql`SELECT code FROM cases WHERE counsellor_id = ${counsellorId}`));
}

const identityRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  familyName: z.string(),
  givenNames: z.string(),
  birthDate: z.string().nullable(),
  counsellorId: z.string(),
});

/** Name, birth date and holder of every case: what finding a duplicate needs, read in one pass. */
export function listCaseIdentities(db: VaultDatabase): z.infer<typeof identityRowSchema>[] {
  const rows = queryRows(
    db,
    sql`SELECT id, code, family_name AS familyName, given_names AS givenNames, birth_date AS birthDate, counsellor_id AS counsellorId
        FROM cases`,
  );
  return z.array(identityRowSchema).parse(rows);
}

export function isActiveCounsellor(db: VaultDatabase, userId: string): boolean {
  return queryValue(db, sql`SELECT 1 FROM users WHERE id = ${userId} AND role = 'counsellor' AND disabled_at IS NULL`) === 1;
}

export function setCounsellor(db: VaultDatabase, caseId: string, counsellorId: string, at: string): void {
  execute(db, sql`UPDATE cases SET counsellor_id = ${counsellorId}, updated_at = ${at} WHERE id = ${caseId}`);
}
