import { z } from 'zod';
import { fieldHistoryRowSchema, type FieldHistoryRow } from '@shared/privacy/contract';
import type { VaultDatabase } from '../kernel/db/database';
import { queryRows, sql } from '../kernel/sql';

/** A case's correction history (Art. 16), newest first, as it is read. */
export function listFieldHistory(db: VaultDatabase, caseId: string): FieldHistoryRow[] {
  const rows = queryRows(
    db,
    sql`SELECT id, at, user_name AS userName, table_name AS "table", row_id AS rowId, field, old_value AS oldValue, new_value AS newValue
        FROM field_history WHERE case_id = ${caseId} ORDER BY at DESC, id DESC`,
  );
  return z.array(fieldHistoryRowSchema).parse(rows);
}
