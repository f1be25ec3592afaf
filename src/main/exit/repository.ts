import { z } from 'zod';
import type { VaultDatabase } from '../kernel/db/database';
import { iterateRaw, queryRows, sql, sqlIdentifier, sqlJoin } from '../kernel/sql';

/**
 * The vault's tables as the Gesamtexport reads them: every table, generically, so tables that later
 * features add (documents, import batches …) are exported without a change here. Search indexes
 * (virtual tables and their shadow tables) are derived from the other tables and left out.
 */

const masterSchema = z.object({ name: z.string(), sql: z.string().nullable() });
const columnSchema = z.object({ name: z.string(), type: z.string(), notnull: z.number(), pk: z.number() });

export interface TableColumn {
  name: string;
  /** The declared type, as written in CREATE TABLE (may be empty). */
  declaredType: string;
  notNull: boolean;
}

export interface TableShape {
  name: string;
  columns: TableColumn[];
  /** STRICT tables enforce their declared types; others only have an affinity. */
  strict: boolean;
  /** The primary key of a WITHOUT ROWID table (its row order); null for ordinary tables (rowid order). */
  orderKey: string[] | null;
}

/** FTS5 keeps its index in tables named after the virtual table. */
const SHADOW_SUFFIXES = ['_data', '_idx', '_content', '_docsize', '_config'];

export function listTables(db: VaultDatabase): { tables: TableShape[]; derived: string[] } {
  const rows = queryRows(
    db,
    sql`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_' ORDER BY name`,
  ).map((row) => masterSchema.parse(row));
  const virtual = rows.filter((row) => /^CREATE VIRTUAL TABLE/i.test(row.sql ?? '')).map((row) => row.name);
  const isShadow = (name: string) => virtual.some((table) => SHADOW_SUFFIXES.some((suffix) => name === table + suffix));
  const tables = rows
    .filter((row) => !virtual.includes(row.name) && !isShadow(row.name))
    .map((row): TableShape => {
      const columns = queryRows(db, sql`SELECT name, type, "notnull", pk FROM pragma_table_info(${row.name}) ORDER BY cid`).map((column) =>
        columnSchema.parse(column),
      );
      const definition = row.sql ?? '';
      const withoutRowid = /WITHOUT\s+ROWID/i.test(definition);
      return {
        name: row.name,
        strict: /\)\s*[^)]*\bSTRICT\b[^)]*$/i.test(definition),
        // An INTEGER PRIMARY KEY is the rowid and never null, whatever NOT NULL says.
        columns: columns.map((column) => ({
          name: column.name,
          declaredType: column.type,
          notNull: column.notnull === 1 || (column.pk === 1 && /^INTEGER$/i.test(column.type)),
        })),
        orderKey: withoutRowid
          ? columns
              .filter((column) => column.pk > 0)
              .sort((first, second) => first.pk - second.pk)
              .map((column) => column.name)
          : null,
      };
    });
  return { tables, derived: virtual };
}

/**
 * Every row of one table as arrays in column order, in a stable order (rowid, or the primary key of
 * a WITHOUT ROWID table). Table and column names come from `listTables`, which is the allowlist.
 */
export function tableRows(db: VaultDatabase, table: TableShape, allTables: readonly TableShape[]): IterableIterator<unknown[]> {
  const tableNames = allTables.map((entry) => entry.name);
  const columnNames = table.columns.map((column) => column.name);
  const columns = sqlJoin(columnNames.map((name) => sqlIdentifier(name, columnNames)));
  const order = table.orderKey ? sqlJoin(table.orderKey.map((name) => sqlIdentifier(name, columnNames))) : sql`rowid`;
  return iterateRaw(db, sql`SELECT ${columns} FROM ${sqlIdentifier(table.name, tableNames)} ORDER BY ${order}`);
}
