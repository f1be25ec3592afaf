import highsLoader from 'highs';
import { findTable } from '../../../src/shared/stats/catalogue';
import type { ExportDocument } from '../../../src/shared/stats/schemas';
import { TOTAL } from '../../../src/shared/stats/tableDefinition';

/**
 * An attacker who holds published statistics files and knows the catalogue — its tables, which of
 * them partition their population, the relations it declares between tables, and how a year relates
 * to its quarters — and computes, with a linear programme of its own, the feasible interval of every
 * suppressed position. Written apart from the core's audit (src/main/stats/auditModel.ts) on
 * purpose: it sees only the files, never fingerprints or true counts.
 */
type Highs = Awaited<ReturnType<typeof highsLoader>>;
let solver: Promise<Highs> | null = null;

export interface AttackOptions {
  /** Use the relations the catalogue declares between tables (and inside T01). */
  declared: boolean;
  /** Use the relations between a year and its quarters. */
  acrossPeriods: boolean;
  /** Debugging: true counts, to name a relation the truth does not satisfy. */
  truth?: ReadonlyMap<string, number>;
}

interface Position {
  key: string;
  value: number | null;
}

/** `doc|table|row|column` — row and column are codes or TOTAL; a one-column table's cell is its row total. */
export const positionKey = (doc: number, table: string, row: string, column: string) => `${doc}|${table}|${row}|${column}`;

function positionsOf(doc: number, document: ExportDocument) {
  const byTable = new Map<string, { table: ExportDocument['tables'][number]; at: Map<string, Position> }>();
  for (const table of document.tables) {
    const single = table.columns.length === 1;
    const at = new Map<string, Position>();
    const put = (row: string, column: string, value: number | null) =>
      at.set(`${row}|${column}`, { key: positionKey(doc, table.id, row, column), value });
    for (const row of table.rows) {
      if (!single) table.columns.forEach((column, index) => put(row.code, column.code, row.values[index] ?? null));
      put(row.code, TOTAL, row.total);
    }
    if (!single) table.columns.forEach((column, index) => put(TOTAL, column.code, table.columnTotals[index] ?? null));
    put(TOTAL, TOTAL, table.grandTotal);
    byTable.set(table.id, { table, at });
  }
  return byTable;
}

type Term = [Position, number];
interface Constraint {
  terms: Term[];
  kind: '=' | '>=';
}

export async function attackIntervals(
  documents: readonly ExportDocument[],
  options: AttackOptions,
): Promise<Map<string, [number, number]>> {
  const highs = await (solver ??= highsLoader());
  const constraints: Constraint[] = [];
  // Σ parts (= | ≤) whole, written as whole − Σ parts (= | ≥) 0.
  const add = (parts: Position[], relation: 'equal' | 'atMost', whole: Position[]) =>
    constraints.push({
      terms: [...whole.map((p): Term => [p, 1]), ...parts.map((p): Term => [p, -1])],
      kind: relation === 'equal' ? '=' : '>=',
    });
  const maps = documents.map((document, doc) => positionsOf(doc, document));
  maps.forEach((byTable) => {
    for (const { table, at } of byTable.values()) {
      const definition = findTable(table.id);
      const rowsExclusive = definition?.rowsExclusive ?? false;
      const columnsExclusive = definition?.columnsExclusive ?? false;
      const single = table.columns.length === 1;
      const get = (row: string, column: string) => at.get(`${row}|${column}`)!;
      const grand = get(TOTAL, TOTAL);
      // Disjoint parts sum to their margin; overlapping ones reach it together; every part is at most its margin.
      const parts = (members: Position[], exclusive: boolean, whole: Position) => {
        if (exclusive) add(members, 'equal', [whole]);
        else add([whole], 'atMost', members);
        for (const member of members) add([member], 'atMost', [whole]);
      };
      if (!single)
        for (const row of table.rows)
          parts(
            table.columns.map((column) => get(row.code, column.code)),
            columnsExclusive,
            get(row.code, TOTAL),
          );
      const columns = single ? [TOTAL] : table.columns.map((column) => column.code);
      for (const column of columns)
        parts(
          table.rows.map((row) => get(row.code, column)),
          rowsExclusive,
          get(TOTAL, column),
        );
      if (!single) {
        parts(
          table.rows.map((row) => get(row.code, TOTAL)),
          rowsExclusive,
          grand,
        );
        parts(
          table.columns.map((column) => get(TOTAL, column.code)),
          columnsExclusive,
          grand,
        );
      }
    }
    if (options.declared) {
      for (const { table } of byTable.values()) {
        for (const relation of findTable(table.id)?.relations ?? []) {
          const resolve = (refs: typeof relation.left) =>
            refs.map((ref) => {
              const target = byTable.get(ref.table);
              if (!target) return undefined;
              const single = target.table.columns.length === 1;
              return target.at.get(`${ref.row}|${single ? TOTAL : ref.column}`);
            });
          const left = resolve(relation.left);
          const right = resolve(relation.right);
          if (left.every(Boolean) && right.every(Boolean)) add(left as Position[], relation.relation, right as Position[]);
        }
      }
    }
  });
  if (options.acrossPeriods) {
    documents.forEach((year, y) => {
      if (year.period.quarter !== null) return;
      for (const { table, at } of maps[y]!.values()) {
        const across = findTable(table.id)?.acrossPeriods;
        if (!across) continue;
        const quarters = documents
          .map((document, index) => ({ document, index }))
          .filter(({ document }) => document.period.year === year.period.year && document.period.quarter !== null);
        for (const [key, whole] of at) {
          const [row, column] = key.split('|') as [string, string];
          const kind = across(row, column);
          if (!kind) continue;
          const parts = quarters.flatMap(({ index }) => maps[index]!.get(table.id)?.at.get(key) ?? []);
          if (kind === 'superset') for (const part of parts) add([part], 'atMost', [whole]);
          else add(parts, new Set(quarters.map(({ document }) => document.period.quarter)).size === 4 ? 'equal' : 'atMost', [whole]);
        }
      }
    });
  }
  if (options.truth) {
    const violated = constraints.filter((constraint) => {
      const total = constraint.terms.reduce(
        (sum, [position, coefficient]) => sum + coefficient * (position.value ?? options.truth!.get(position.key) ?? NaN),
        0,
      );
      return constraint.kind === '=' ? total !== 0 : total < 0;
    });
    if (violated.length > 0)
      throw new Error(violated.map((constraint) => constraint.terms.map(([p, c]) => `${c}*${p.key}`).join(' ')).join('\n'));
  }
  // Fold constants, name the unknowns.
  const names = new Map<string, string>();
  const lines: string[] = [];
  for (const constraint of constraints) {
    let constant = 0;
    const terms = new Map<string, number>();
    for (const [position, coefficient] of constraint.terms) {
      if (position.value !== null) constant += coefficient * position.value;
      else terms.set(position.key, (terms.get(position.key) ?? 0) + coefficient);
    }
    const used = [...terms].filter(([, coefficient]) => coefficient !== 0);
    if (used.length === 0) continue;
    for (const [key] of used) if (!names.has(key)) names.set(key, `v${names.size}`);
    lines.push(
      ` c${lines.length}: ${used.map(([key, c]) => `${c >= 0 ? '+' : '-'} ${Math.abs(c)} ${names.get(key)!}`).join(' ')} ${constraint.kind} ${-constant}`,
    );
  }
  for (const byTable of maps)
    for (const { at } of byTable.values())
      for (const position of at.values())
        if (position.value === null && !names.has(position.key)) names.set(position.key, `v${names.size}`);
  const intervals = new Map<string, [number, number]>();
  if (names.size === 0) return intervals;
  const body = `Subject To\n${lines.length > 0 ? lines.join('\n') : ' c0: + 1 v0 >= 0'}\nBounds\n${[...names.values()].map((name) => ` 0 <= ${name} <= 1000000`).join('\n')}\nEnd\n`;
  for (const [key, name] of names) {
    const solve = (sense: string) => {
      const solution = highs.solve(`${sense}\n obj: ${name}\n${body}`);
      if (solution.Status !== 'Optimal') throw new Error(`attack LP ${solution.Status}`);
      return solution.ObjectiveValue;
    };
    intervals.set(key, [solve('Minimize'), solve('Maximize')]);
  }
  return intervals;
}

/** True counts of every position of a computed release, keyed as the attacker keys them. */
export function truthOf(doc: number, published: readonly { table: TrueTableLike }[]): Map<string, number> {
  const truth = new Map<string, number>();
  for (const { table } of published) {
    const single = table.columns.length === 1;
    for (const row of table.rows) {
      if (!single)
        table.columns.forEach((column, index) => truth.set(positionKey(doc, table.meta.id, row.code, column), row.cells[index]!.n));
      truth.set(positionKey(doc, table.meta.id, row.code, TOTAL), row.total.n);
    }
    if (!single)
      table.columns.forEach((column, index) => truth.set(positionKey(doc, table.meta.id, TOTAL, column), table.columnTotals[index]!.n));
    truth.set(positionKey(doc, table.meta.id, TOTAL, TOTAL), table.grandTotal.n);
  }
  return truth;
}

interface TrueTableLike {
  meta: { id: string };
  columns: string[];
  rows: { code: string; cells: { n: number }[]; total: { n: number } }[];
  columnTotals: { n: number }[];
  grandTotal: { n: number };
}

/** Suppressed positions with persons in them whose interval is narrower than k: what the attacker learns. */
export function narrowIntervals(intervals: ReadonlyMap<string, [number, number]>, truth: ReadonlyMap<string, number>, k: number) {
  return [...intervals]
    .filter(([key, [low, high]]) => (truth.get(key) ?? 0) > 0 && high - low < k - 1e-6)
    .map(([key, [low, high]]) => ({ key, low, high, truth: truth.get(key) }));
}
