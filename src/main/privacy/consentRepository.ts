import { z } from 'zod';
import {
  CONSENT_DATA_CATEGORIES,
  SPECIAL_CATEGORIES,
  consentRowSchema,
  consentStateOn,
  type ConsentInput,
  type ConsentRow,
} from '@shared/privacy/consent';
import { addDays, type IsoDate } from '@shared/kernel/dates';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, queryRow, queryRows, sql } from '../kernel/sql';

const jsonArray = <T extends z.ZodType>(item: T) =>
  z.string().transform((text, context) => {
    const parsed = z.array(item).safeParse(JSON.parse(text));
    if (!parsed.success) {
      context.addIssue({ code: 'custom', message: 'invalid JSON array' });
      return z.NEVER;
    }
    return parsed.data;
  });

/** The row as stored: the categories are JSON text, the interpreter flag is 0 or 1; the state is derived. */
const storedConsentSchema = consentRowSchema.omit({ state: true }).extend({
  dataCategories: jsonArray(z.enum(CONSENT_DATA_CATEGORIES)),
  specialCategories: jsonArray(z.enum(SPECIAL_CATEGORIES)),
  interpreter: z
    .number()
    .int()
    .transform((value) => value === 1),
});
export type StoredConsent = z.infer<typeof storedConsentSchema>;

const COLUMNS = sql`k.id, k.case_id AS caseId, k.kind, k.recipient_partner_id AS recipientPartnerId, p.name AS recipientPartnerName,
  k.recipient_text AS recipientText, k.purpose, k.data_categories AS dataCategories, k.special_categories AS specialCategories,
  k.form, k.language, k.interpreter, k.given_on AS givenOn, k.valid_until AS validUntil, k.withdrawn_on AS withdrawnOn,
  k.note, k.created_at AS createdAt, k.updated_at AS updatedAt`;

export function withState(consent: StoredConsent, today: IsoDate): ConsentRow {
  return { ...consent, state: consentStateOn(consent, today) };
}

export function listConsents(db: VaultDatabase, caseId: string): StoredConsent[] {
  const rows = queryRows(
    db,
    sql`SELECT ${COLUMNS} FROM consents k LEFT JOIN partners p ON p.id = k.recipient_partner_id
        WHERE k.case_id = ${caseId} ORDER BY k.given_on DESC, k.created_at DESC`,
  );
  return z.array(storedConsentSchema).parse(rows);
}

export function findConsent(db: VaultDatabase, id: string): StoredConsent | null {
  const row = queryRow(db, sql`SELECT ${COLUMNS} FROM consents k LEFT JOIN partners p ON p.id = k.recipient_partner_id WHERE k.id = ${id}`);
  return row ? storedConsentSchema.parse(row) : null;
}

export function partnerExists(db: VaultDatabase, partnerId: string): boolean {
  return queryRow(db, sql`SELECT 1 FROM partners WHERE id = ${partnerId}`) !== undefined;
}

function columnsOf(input: ConsentInput) {
  return {
    kind: input.kind,
    recipientPartnerId: input.kind === 'release' ? input.recipientPartnerId : null,
    recipientText: input.kind === 'release' ? input.recipientText || null : null,
    purpose: input.purpose,
    dataCategories: JSON.stringify(input.dataCategories),
    specialCategories: JSON.stringify(input.specialCategories),
    form: input.form,
    language: input.language || null,
    interpreter: input.interpreter ? 1 : 0,
    givenOn: input.givenOn,
    validUntil: input.validUntil,
    note: input.note,
  };
}

export function insertConsent(
  db: VaultDatabase,
  row: { id: string; caseId: string; input: ConsentInput; createdBy: string; at: string },
): void {
  const columns = columnsOf(row.input);
  execute(
    db,
    sql`INSERT INTO consents (id, case_id, kind, recipient_partner_id, recipient_text, purpose, data_categories, special_categories, form,
          language, interpreter, given_on, valid_until, note, created_by, created_at, updated_at)
        VALUES (${row.id}, ${row.caseId}, ${columns.kind}, ${columns.recipientPartnerId}, ${columns.recipientText}, ${columns.purpose}, ${columns.dataCategories},
          ${columns.specialCategories}, ${columns.form}, ${columns.language}, ${columns.interpreter}, ${columns.givenOn}, ${columns.validUntil}, ${columns.note}, ${row.createdBy},
          ${row.at}, ${row.at})`,
  );
}

export function updateConsent(db: VaultDatabase, id: string, input: ConsentInput, at: string): void {
  const columns = columnsOf(input);
  execute(
    db,
    sql`UPDATE consents SET kind = ${columns.kind}, recipient_partner_id = ${columns.recipientPartnerId}, recipient_text = ${columns.recipientText},
          purpose = ${columns.purpose}, data_categories = ${columns.dataCategories}, special_categories = ${columns.specialCategories}, form = ${columns.form},
          language = ${columns.language}, interpreter = ${columns.interpreter}, given_on = ${columns.givenOn}, valid_until = ${columns.validUntil},
          note = ${columns.note}, updated_at = ${at}
        WHERE id = ${id}`,
  );
}

export function withdrawConsent(db: VaultDatabase, id: string, withdrawnOn: IsoDate, at: string): void {
  execute(db, sql`UPDATE consents SET withdrawn_on = ${withdrawnOn}, updated_at = ${at} WHERE id = ${id}`);
}

/** The fields a user can change, in the shape the history compares (input names, not columns). */
export function comparableFields(consent: StoredConsent | (ConsentInput & { withdrawnOn?: string | null })): Record<string, unknown> {
  return {
    kind: consent.kind,
    recipientPartnerId: consent.kind === 'release' ? consent.recipientPartnerId : null,
    recipientText: consent.kind === 'release' ? consent.recipientText || null : null,
    purpose: consent.purpose,
    dataCategories: consent.dataCategories,
    specialCategories: consent.specialCategories,
    form: consent.form,
    language: consent.language || null,
    interpreter: consent.interpreter,
    givenOn: consent.givenOn,
    validUntil: consent.validUntil,
    note: consent.note,
  };
}

export const CONSENT_SOURCE_PREFIX = 'consent:';

/**
 * Keeps the consent's expiry deadline in the shared deadlines table in step with the consent: an
 * open `consentExpiry` deadline due on `valid_until` (reminder from 30 days before) while the consent
 * runs; removed when it is withdrawn or has no end. A done/dismissed mark stays while the date is
 * unchanged, like the derived deadlines of the case notebook.
 */
export function syncConsentDeadline(
  db: VaultDatabase,
  consent: { id: string; caseId: string; validUntil: string | null; withdrawnOn: string | null },
  leadDays: number,
  at: string,
): void {
  const sourceKey = `${CONSENT_SOURCE_PREFIX}${consent.id}`;
  if (consent.validUntil === null || consent.withdrawnOn !== null) {
    execute(db, sql`DELETE FROM deadlines WHERE case_id = ${consent.caseId} AND source_key = ${sourceKey} AND state = 'open'`);
    return;
  }
  const remindFrom = addDays(consent.validUntil, -leadDays);
  execute(
    db,
    sql`INSERT INTO deadlines (id, case_id, kind, source_key, due_on, remind_from, state, created_at)
        VALUES (lower(hex(randomblob(16))), ${consent.caseId}, 'consentExpiry', ${sourceKey}, ${consent.validUntil}, ${remindFrom}, 'open', ${at})
        ON CONFLICT (case_id, source_key) DO UPDATE SET
          state = CASE WHEN deadlines.due_on = excluded.due_on THEN deadlines.state ELSE 'open' END,
          resolved_on = CASE WHEN deadlines.due_on = excluded.due_on THEN deadlines.resolved_on ELSE NULL END,
          resolution_reason = CASE WHEN deadlines.due_on = excluded.due_on THEN deadlines.resolution_reason ELSE NULL END,
          due_on = excluded.due_on, remind_from = excluded.remind_from`,
  );
}
