import highsLoader from 'highs';
import type { PublishedTable } from '@shared/stats/ckm';
import type { CellData, TrueTable } from '@shared/stats/tabulate';

/**
 * Cell suppression for recipients that need exact, additive figures (BA/Destatis practice):
 * primary suppression of 1 ≤ n < k, group-disclosure rows, secondary suppression so no suppressed
 * cell can be recomputed, and an LP audit (HiGHS) that every suppressed cell's feasible interval
 * under non-negativity and all published cells and margins is at least k wide. A suppressed cell
 * is identified by its contributor set, so the same quantity is suppressed in every table of the
 * export (and stays suppressed in later exports of the same period).
 */
type Highs = Awaited<ReturnType<typeof highsLoader>>;
let solver: Promise<Highs> | null = null;
function loadSolver(): Promise<Highs> {
  solver ??= highsLoader();
  return solver;
}

/** One linear relation over table entries: Σ members (= | ≥) other. */
interface Relation {
  members: CellData[];
  other: CellData;
  kind: 'equal' | 'atLeast';
}

function relationsOf(table: TrueTable): { relations: Relation[]; bounds: [CellData, CellData][] } {
  const { rowsExclusive, columnsExclusive } = table.meta;
  const relations: Relation[] = [];
  const bounds: [CellData, CellData][] = [];
  const singleColumn = table.columns.length === 1;
  for (const row of table.rows) {
    if (!singleColumn) relations.push({ members: row.cells, other: row.total, kind: columnsExclusive ? 'equal' : 'atLeast' });
    for (const cell of row.cells) bounds.push([cell, row.total]);
    bounds.push([row.total, table.grandTotal]);
  }
  table.columns.forEach((_, index) => {
    const column = table.rows.map((row) => row.cells[index]!);
    relations.push({ members: column, other: table.columnTotals[index]!, kind: rowsExclusive ? 'equal' : 'atLeast' });
    for (const cell of column) bounds.push([cell, table.columnTotals[index]!]);
  });
  relations.push({ members: table.rows.map((row) => row.total), other: table.grandTotal, kind: rowsExclusive ? 'equal' : 'atLeast' });
  if (!singleColumn) relations.push({ members: table.columnTotals, other: table.grandTotal, kind: columnsExclusive ? 'equal' : 'atLeast' });
  return { relations, bounds };
}

export interface SuppressionInput {
  tables: TrueTable[];
  k: number;
  /** Fingerprints suppressed in earlier exports of the same period: suppressed again. */
  earlierSuppressed: ReadonlySet<string>;
  /** Exact values earlier exports of the period published, by fingerprint: known to the recipient. */
  earlierPublished: ReadonlyMap<string, number>;
}

export interface SuppressionResult {
  published: PublishedTable[];
  suppressed: Set<string>;
  primary: number;
  secondary: number;
  /** Narrowest feasible interval width over all suppressed cells (Infinity when none). */
  narrowestInterval: number;
  lpSolves: number;
}

export interface AuditFinding {
  fingerprint: string;
  low: number;
  high: number;
}

const MAX_ROUNDS = 60;
const UNBOUNDED = 1e9;

function allEntries(table: TrueTable): CellData[] {
  return [...table.rows.flatMap((row) => [...row.cells, row.total]), ...table.columnTotals, table.grandTotal];
}

/** Entries that may be suppressed to protect `target`: same row/column or its margins, smallest first. */
function partnersOf(table: TrueTable, target: string, suppressed: ReadonlySet<string>): CellData[] {
  const candidates: CellData[] = [];
  table.rows.forEach((row) => {
    const index = row.cells.findIndex((cell) => cell.fingerprint === target);
    if (index >= 0 || row.total.fingerprint === target) {
      candidates.push(...row.cells, row.total);
      if (index >= 0) candidates.push(...table.rows.map((other) => other.cells[index]!), table.columnTotals[index]!);
    }
  });
  table.columnTotals.forEach((cell, index) => {
    if (cell.fingerprint === target) candidates.push(...table.rows.map((row) => row.cells[index]!));
  });
  if (table.grandTotal.fingerprint === target) candidates.push(...table.rows.map((row) => row.total));
  return candidates
    .filter((cell) => cell.n > 0 && cell.fingerprint !== target && !suppressed.has(cell.fingerprint))
    .sort((left, right) => left.n - right.n || left.fingerprint.localeCompare(right.fingerprint));
}

/** The classic rule: no equation may have exactly one suppressed member. */
function addSecondary(tables: TrueTable[], suppressed: Set<string>): number {
  let added = 0;
  for (let changed = true; changed;) {
    changed = false;
    for (const table of tables) {
      for (const relation of relationsOf(table).relations) {
        if (relation.kind !== 'equal') continue;
        const entries = [...relation.members, relation.other];
        const hidden = entries.filter((cell) => suppressed.has(cell.fingerprint) && cell.n >= 0);
        const distinct = new Set(hidden.map((cell) => cell.fingerprint));
        if (distinct.size !== 1) continue;
        const target = hidden[0]!.fingerprint;
        const partner = entries
          .filter((cell) => cell.n > 0 && !suppressed.has(cell.fingerprint) && cell.fingerprint !== target)
          .sort((left, right) => left.n - right.n || left.fingerprint.localeCompare(right.fingerprint))[0];
        if (!partner) continue;
        suppressed.add(partner.fingerprint);
        added += 1;
        changed = true;
      }
    }
  }
  return added;
}

const variableName = (index: number) => `x${index}`;

/** Min and max of every suppressed quantity under everything the recipient knows. */
export async function auditIntervals(
  tables: TrueTable[],
  suppressed: ReadonlySet<string>,
  earlierPublished: ReadonlyMap<string, number> = new Map(),
): Promise<{ findings: AuditFinding[]; solves: number }> {
  const highs = await loadSolver();
  const variables = new Map<string, number>();
  const variableOf = (cell: CellData): string | null => {
    if (!suppressed.has(cell.fingerprint)) return null;
    let index = variables.get(cell.fingerprint);
    if (index === undefined) {
      index = variables.size;
      variables.set(cell.fingerprint, index);
    }
    return variableName(index);
  };
  const constraints: string[] = [];
  const linear = (plus: CellData[], minus: CellData[], operator: '=' | '>=') => {
    const terms = new Map<string, number>();
    let constant = 0;
    for (const [cells, sign] of [
      [plus, 1],
      [minus, -1],
    ] as const) {
      for (const cell of cells) {
        const name = variableOf(cell);
        if (name) terms.set(name, (terms.get(name) ?? 0) + sign);
        else constant += sign * cell.n;
      }
    }
    const used = [...terms].filter(([, coefficient]) => coefficient !== 0);
    if (used.length === 0) return;
    const left = used.map(([name, coefficient]) => `${coefficient >= 0 ? '+' : '-'} ${Math.abs(coefficient)} ${name}`).join(' ');
    constraints.push(`${left} ${operator} ${-constant}`);
  };
  for (const table of tables) {
    if (!allEntries(table).some((cell) => suppressed.has(cell.fingerprint))) continue;
    const { relations, bounds } = relationsOf(table);
    for (const relation of relations) linear(relation.members, [relation.other], relation.kind === 'equal' ? '=' : '>=');
    for (const [part, whole] of bounds) linear([whole], [part], '>=');
  }
  for (const [fingerprint, value] of earlierPublished) {
    const index = variables.get(fingerprint);
    if (index !== undefined) constraints.push(`+ 1 ${variableName(index)} = ${value}`);
  }
  const names = [...variables.values()].map(variableName);
  // A large finite upper bound keeps every LP bounded: "no upper limit" shows as a width of 10⁹.
  const body = `Subject To\n${constraints.map((text, index) => ` c${index}: ${text}`).join('\n')}\nBounds\n${names.map((name) => ` 0 <= ${name} <= ${UNBOUNDED}`).join('\n')}\nEnd\n`;
  const findings: AuditFinding[] = [];
  let solves = 0;
  for (const [fingerprint, index] of variables) {
    const name = variableName(index);
    const extreme = (sense: 'Minimize' | 'Maximize'): number => {
      solves += 1;
      const solution = highs.solve(`${sense}\n obj: ${name}\n${body}`);
      if (solution.Status === 'Optimal') return solution.ObjectiveValue;
      // Anything else (infeasible, limits) counts as "recoverable": never write unaudited.
      return 0;
    };
    findings.push({ fingerprint, low: extreme('Minimize'), high: extreme('Maximize') });
  }
  return { findings, solves };
}

export async function suppress(input: SuppressionInput): Promise<SuppressionResult> {
  const { tables, k } = input;
  const suppressed = new Set<string>();
  let primary = 0;
  for (const table of tables) {
    for (const cell of allEntries(table)) {
      if ((cell.n >= 1 && cell.n < k) || input.earlierSuppressed.has(cell.fingerprint)) {
        if (!suppressed.has(cell.fingerprint)) primary += 1;
        suppressed.add(cell.fingerprint);
      }
    }
    for (const row of table.rows) if (row.groupSuppressed) for (const cell of row.cells) suppressed.add(cell.fingerprint);
  }
  let secondary = addSecondary(tables, suppressed);
  let solves = 0;
  let narrowest = Number.POSITIVE_INFINITY;
  for (let round = 0; ; round += 1) {
    if (suppressed.size === 0) break;
    const audit = await auditIntervals(tables, suppressed, input.earlierPublished);
    solves += audit.solves;
    // Zero cells hidden only to protect a group row may be implied by a published zero margin;
    // they hold no person. What must stay uncertain are the quantities with persons in them.
    const persons = audit.findings.filter((finding) => !finding.fingerprint.startsWith('0:'));
    const failing = persons.filter((finding) => finding.high - finding.low < k - 1e-6);
    narrowest = Math.min(...persons.map((finding) => (finding.high >= UNBOUNDED ? Number.POSITIVE_INFINITY : finding.high - finding.low)));
    if (failing.length === 0) break;
    if (round >= MAX_ROUNDS) throw new AuditFailedError();
    let grew = false;
    for (const finding of failing) {
      for (const table of tables) {
        const partner = partnersOf(table, finding.fingerprint, suppressed)[0];
        if (partner) {
          suppressed.add(partner.fingerprint);
          secondary += 1;
          grew = true;
          break;
        }
      }
    }
    if (!grew) throw new AuditFailedError();
    secondary += addSecondary(tables, suppressed);
  }
  const value = (cell: CellData) => (suppressed.has(cell.fingerprint) ? null : cell.n);
  return {
    published: tables.map((table) => ({
      table,
      cells: table.rows.map((row) => row.cells.map(value)),
      rowTotals: table.rows.map((row) => value(row.total)),
      columnTotals: table.columnTotals.map(value),
      grandTotal: value(table.grandTotal),
    })),
    suppressed,
    primary,
    secondary,
    narrowestInterval: narrowest,
    lpSolves: solves,
  };
}

/** The suppression pattern could not be made safe; nothing may be written. */
export class AuditFailedError extends Error {
  constructor() {
    super('statistics audit failed');
    this.name = 'AuditFailedError';
  }
}
