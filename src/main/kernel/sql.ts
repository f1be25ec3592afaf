import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

type Database = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement;
type RunResult = BetterSqlite3.RunResult;

/**
 * SQL as data, in the manner of Signal Desktop's `sql`/`sqlFragment`/`sqlJoin`: every value is a
 * bound parameter, never text; identifiers (table and column names) come only from an allowlist.
 * Repositories are the only files that write SQL; they run it through the helpers below, which
 * prepare each distinct statement once per connection.
 */

export type SqlValue = string | number | bigint | Buffer | Uint8Array | null;

const SQL = Symbol('sql');

export interface Sql {
  readonly [SQL]: true;
  readonly text: string;
  readonly values: readonly SqlValue[];
}

type SqlPart = SqlValue | Sql | boolean;

function isSql(part: unknown): part is Sql {
  return typeof part === 'object' && part !== null && SQL in part;
}

function makeSql(text: string, values: readonly SqlValue[]): Sql {
  return { [SQL]: true, text, values };
}

function valueOf(part: SqlValue | boolean): SqlValue {
  // SQLite has no boolean: store 0/1 like the schema does.
  return typeof part === 'boolean' ? (part ? 1 : 0) : part;
}

/**
 * The text of a template without nested fragments, joined once per call site: a template's strings
 * array is the same object on every call, so hot paths (the access-log append) build no string and
 * the statement cache below finds the same string instance (whose hash V8 keeps).
 */
const plainTexts = new WeakMap<TemplateStringsArray, string>();

/** `sql\`SELECT … WHERE id = ${id}\``: values become `?` parameters; nested `sql` fragments are spliced in. */
export function sql(strings: TemplateStringsArray, ...parts: SqlPart[]): Sql {
  // The common case, one pass and no string built: only values, the text joined once per call site.
  const values: SqlValue[] = [];
  for (const part of parts) {
    if (isSql(part)) return spliced(strings, parts);
    values.push(valueOf(part));
  }
  let plain = plainTexts.get(strings);
  if (plain === undefined) {
    plain = strings.join('?');
    plainTexts.set(strings, plain);
  }
  return makeSql(plain, values);
}

/** A template with nested fragments: their text and values are spliced in where they stand. */
function spliced(strings: TemplateStringsArray, parts: readonly SqlPart[]): Sql {
  let text = strings[0] ?? '';
  const values: SqlValue[] = [];
  parts.forEach((part, index) => {
    if (isSql(part)) {
      text += part.text;
      values.push(...part.values);
    } else {
      text += '?';
      values.push(valueOf(part));
    }
    text += strings[index + 1] ?? '';
  });
  return makeSql(text, values);
}

/** The same tag, named for fragments that are not whole statements (a WHERE clause, a column list). */
export const sqlFragment = sql;

/** Joins fragments (e.g. conditions with ` AND `, values with `, `). */
export function sqlJoin(parts: readonly Sql[], separator = ', '): Sql {
  return makeSql(
    parts.map((part) => part.text).join(separator),
    parts.flatMap((part) => part.values),
  );
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A table or column name for places where SQL cannot bind a parameter. Only names of the given
 * allowlist pass, and only plain identifiers, so nothing a user typed can become SQL.
 */
export function sqlIdentifier<Name extends string>(name: Name, allowed: readonly Name[]): Sql {
  if (!allowed.includes(name) || !IDENTIFIER.test(name)) throw new Error('SQL identifier not allowed');
  return makeSql(`"${name}"`, []);
}

/** `IN (…)` for a list of values; an empty list gives `IN (NULL)`, which matches nothing. */
export function sqlList(values: readonly SqlValue[]): Sql {
  if (values.length === 0) return makeSql('(NULL)', []);
  return makeSql(`(${values.map(() => '?').join(', ')})`, values);
}

type Mode = 'rows' | 'pluck' | 'raw';
/** Per connection and mode, statement text → prepared statement (`.pluck()`/`.raw()` change how a statement returns rows). */
const statements = new WeakMap<Database, Record<Mode, Map<string, Statement>>>();

function prepared(db: Database, query: Sql, mode: Mode): Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = { rows: new Map(), pluck: new Map(), raw: new Map() };
    statements.set(db, cache);
  }
  const byText = cache[mode];
  let statement = byText.get(query.text);
  if (!statement) {
    statement = db.prepare(query.text);
    if (mode === 'pluck' && statement.reader) statement.pluck(true);
    if (mode === 'raw') statement.raw(true);
    byText.set(query.text, statement);
  }
  return statement;
}

/** Every row (objects keyed by column name); parse them at the repository's boundary. */
export function queryRows(db: Database, query: Sql): unknown[] {
  return prepared(db, query, 'rows').all(...query.values);
}

/** The first row, or undefined. */
export function queryRow(db: Database, query: Sql): unknown {
  return prepared(db, query, 'rows').get(...query.values);
}

/** The first column of every row. */
export function queryColumn(db: Database, query: Sql): unknown[] {
  return prepared(db, query, 'pluck').all(...query.values);
}

/** The first column of the first row, or undefined. */
export function queryValue(db: Database, query: Sql): unknown {
  return prepared(db, query, 'pluck').get(...query.values);
}

/** Rows one at a time, for large reads (the access log at a million entries). */
export function iterateRows(db: Database, query: Sql): IterableIterator<unknown> {
  return prepared(db, query, 'rows').iterate(...query.values);
}

/** Rows as arrays of column values, in column order (no object per row: the fastest read). */
/**
 * All rows as arrays in column order: for lists of thousands of rows, where better-sqlite3's named
 * row objects cost more than the query (cases.list at 5,000 cases: 21 ms as objects, 13 ms as arrays).
 */
export function queryRawRows(db: Database, query: Sql): unknown[][] {
  return prepared(db, query, 'raw').all(...query.values) as unknown[][];
}

export function iterateRaw(db: Database, query: Sql): IterableIterator<unknown[]> {
  return prepared(db, query, 'raw').iterate(...query.values) as IterableIterator<unknown[]>;
}

/** INSERT, UPDATE, DELETE. */
export function execute(db: Database, query: Sql): RunResult {
  return prepared(db, query, 'rows').run(...query.values);
}
