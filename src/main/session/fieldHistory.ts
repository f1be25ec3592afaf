import { z } from 'zod';
import type { VaultDatabase } from '../kernel/db/database';

/**
 * Correction with history (DSGVO Art. 16): every change of a per-person field keeps who, when, the
 * old and the new value. The rows live in the encrypted vault and cascade away with the case, so an
 * erased person leaves no old value behind. Values are stored as JSON text (null for empty), which
 * keeps arrays and booleans exact for the Auskunft.
 */
export interface FieldChange {
  caseId: string;
  /** Table of the changed row: `cases`, `journal_entries`, `consents` … */
  table: string;
  rowId: string;
  actor: { userId: string; name: string } | null;
  at: string;
  before: Readonly<Record<string, unknown>>;
  after: Readonly<Record<string, unknown>>;
}

function asStored(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value);
}

/** Writes one history row per field whose value differs; returns the names of the changed fields. */
export function recordFieldChanges(db: VaultDatabase, change: FieldChange): string[] {
  const insert = db.prepare(
    `INSERT INTO field_history (case_id, at, user_id, user_name, table_name, row_id, field, old_value, new_value)
     VALUES (@caseId, @at, @userId, @userName, @table, @rowId, @field, @oldValue, @newValue)`,
  );
  const changed: string[] = [];
  for (const field of Object.keys(change.after)) {
    const oldValue = asStored(change.before[field]);
    const newValue = asStored(change.after[field]);
    if (oldValue === newValue) continue;
    changed.push(field);
    insert.run({
      caseId: change.caseId,
      at: change.at,
      userId: change.actor?.userId ?? null,
      userName: change.actor?.name ?? null,
      table: change.table,
      rowId: change.rowId,
      field,
      oldValue,
      newValue,
    });
  }
  return changed;
}

export const fieldHistoryRowSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userName: z.string().nullable(),
  table: z.string(),
  rowId: z.string(),
  field: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
});
export type FieldHistoryRow = z.infer<typeof fieldHistoryRowSchema>;

/** Newest first, as a correction history is read. */
export function listFieldHistory(db: VaultDatabase, caseId: string): FieldHistoryRow[] {
  const rows = db
    .prepare(
      `SELECT id, at, user_name AS userName, table_name AS "table", row_id AS rowId, field, old_value AS oldValue, new_value AS newValue
       FROM field_history WHERE case_id = ? ORDER BY at DESC, id DESC`,
    )
    .all(caseId);
  return z.array(fieldHistoryRowSchema).parse(rows);
}
