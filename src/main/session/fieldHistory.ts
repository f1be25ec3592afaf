import type { VaultDatabase } from '../kernel/db/database';
import { insertFieldHistory } from './repository';

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
  const changed: string[] = [];
  for (const field of Object.keys(change.after)) {
    const oldValue = asStored(change.before[field]);
    const newValue = asStored(change.after[field]);
    if (oldValue === newValue) continue;
    changed.push(field);
    insertFieldHistory(db, {
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
