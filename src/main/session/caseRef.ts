import { z } from 'zod';
import { AppError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';

/** What the lifecycle needs to know about a case without reading its contents: id and code. */
export interface CaseRef {
  id: string;
  code: string;
}

const caseRefSchema = z.object({ id: z.string(), code: z.string() });

export function requireCaseRef(db: VaultDatabase, caseId: string): CaseRef {
  const row = db.prepare('SELECT id, code FROM cases WHERE id = ?').get(caseId);
  if (!row) throw new AppError('NOT_FOUND');
  return caseRefSchema.parse(row);
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Every table that holds rows of one person: the tables with a `case_id` column, read from the
 * schema itself so tables added by later migrations are covered by the Auskunft and by erasure
 * without anyone remembering to list them here. FTS shadow tables are left to their triggers.
 * Names come from sqlite_master and are checked against a strict identifier pattern before use.
 */
export function personTables(db: VaultDatabase): string[] {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name`,
    )
    .pluck()
    .all()
    .filter((name): name is string => typeof name === 'string' && IDENTIFIER.test(name));
  return tables.filter((table) => {
    if (table === 'cases') return false;
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table);
    return columns.includes('case_id');
  });
}
