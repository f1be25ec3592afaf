import type { PublishedTable } from '@shared/stats/ckm';
import type { CellData, TrueTable } from '@shared/stats/tabulate';
import { buildAuditModel, type AuditModel } from './auditModel';
import { auditModel, UNBOUNDED, type AuditFinding } from './auditSolver';
import type { Publication } from './publications';

/**
 * Cell suppression for recipients that need exact, additive figures (BA/Destatis practice):
 * primary suppression of 1 ≤ n < k, group-disclosure and too-small rows, secondary suppression so no
 * suppressed cell can be recomputed, and an LP audit (HiGHS) that every suppressed quantity's
 * feasible interval is at least k wide — under everything a recipient knows: the catalogue as one
 * system of equations (auditModel.ts) and what earlier exports of the year published. A suppressed
 * cell is identified by its contributor set, so the same quantity is suppressed in every table of
 * the export (and stays suppressed in later exports of the same period).
 */
/** One linear relation over table entries: Σ members (= | ≥) other. */
interface Relation {
  members: CellData[];
  other: CellData;
  kind: 'equal' | 'atLeast';
}

function relationsOf(table: TrueTable): Relation[] {
  const { rowsExclusive, columnsExclusive } = table.meta;
  const relations: Relation[] = [];
  const singleColumn = table.columns.length === 1;
  for (const row of table.rows) {
    if (!singleColumn) relations.push({ members: row.cells, other: row.total, kind: columnsExclusive ? 'equal' : 'atLeast' });
  }
  table.columns.forEach((_, index) => {
    const column = table.rows.map((row) => row.cells[index]!);
    relations.push({ members: column, other: table.columnTotals[index]!, kind: rowsExclusive ? 'equal' : 'atLeast' });
  });
  relations.push({ members: table.rows.map((row) => row.total), other: table.grandTotal, kind: rowsExclusive ? 'equal' : 'atLeast' });
  if (!singleColumn) relations.push({ members: table.columnTotals, other: table.grandTotal, kind: columnsExclusive ? 'equal' : 'atLeast' });
  return relations;
}

export interface SuppressionInput {
  tables: TrueTable[];
  k: number;
  /** Fingerprints suppressed in earlier exports of the same period: suppressed again. */
  earlierSuppressed: ReadonlySet<string>;
  /** Exact values earlier exports of the period published, by fingerprint: known to the recipient. */
  earlierPublished: ReadonlyMap<string, number>;
  /** The period of this export (for the relations between a year and its quarters). */
  periodCode?: string;
  /** Earlier exports of overlapping periods with what they published. */
  publications?: readonly Publication[];
}

export interface SuppressionResult {
  published: PublishedTable[];
  suppressed: Set<string>;
  primary: number;
  secondary: number;
  /** Narrowest feasible interval width over all suppressed cells (Infinity when none). */
  narrowestInterval: number;
  lpSolves: number;
  /** Relations the last audit used, and the earlier exports it took into account. */
  relations: number;
  earlierExports: number;
}

const MAX_ROUNDS = 60;

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
/**
 * How many places of the export show a quantity: hiding a margin that T01 and half a dozen other
 * tables share (new, closed, active persons) costs more than hiding a cell of one table.
 */
function appearancesOf(tables: readonly TrueTable[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const table of tables) for (const cell of allEntries(table)) counts.set(cell.fingerprint, (counts.get(cell.fingerprint) ?? 0) + 1);
  return counts;
}

/** Cheapest first: fewest places, then the smallest count. */
function byCost(appearances: ReadonlyMap<string, number>) {
  return (left: CellData, right: CellData) =>
    (appearances.get(left.fingerprint) ?? 1) - (appearances.get(right.fingerprint) ?? 1) ||
    left.n - right.n ||
    left.fingerprint.localeCompare(right.fingerprint);
}

function addSecondary(tables: TrueTable[], suppressed: Set<string>): number {
  const cost = byCost(appearancesOf(tables));
  let added = 0;
  for (let changed = true; changed;) {
    changed = false;
    for (const table of tables) {
      for (const relation of relationsOf(table)) {
        if (relation.kind !== 'equal') continue;
        const entries = [...relation.members, relation.other];
        const hidden = entries.filter((cell) => suppressed.has(cell.fingerprint) && cell.n >= 0);
        const distinct = new Set(hidden.map((cell) => cell.fingerprint));
        if (distinct.size !== 1) continue;
        const target = hidden[0]!.fingerprint;
        const partner = entries
          .filter((cell) => cell.n > 0 && !suppressed.has(cell.fingerprint) && cell.fingerprint !== target)
          .sort(cost)[0];
        if (!partner) continue;
        suppressed.add(partner.fingerprint);
        added += 1;
        changed = true;
      }
    }
  }
  return added;
}

/** The audit of one set of tables on its own (no declared relations beyond the tables, no earlier exports but `earlierPublished`). */
export { type AuditFinding };

export async function auditIntervals(
  tables: TrueTable[],
  suppressed: ReadonlySet<string>,
  earlierPublished: ReadonlyMap<string, number> = new Map(),
  context: { k?: number; periodCode?: string; publications?: readonly Publication[] } = {},
): Promise<{ findings: AuditFinding[]; solves: number }> {
  const model = buildAuditModel({
    tables,
    suppressed,
    k: context.k ?? 1,
    periodCode: context.periodCode ?? '0000',
    publications: context.publications ?? [],
  });
  for (const [key, value] of earlierPublished) if (suppressed.has(key) && model.current.has(key)) model.known.set(key, value);
  // Audit every hidden quantity (also the empty ones kept for group disclosure), as before.
  for (const table of tables)
    for (const cell of allEntries(table))
      if (suppressed.has(cell.fingerprint) && !model.known.has(cell.fingerprint)) model.required.set(cell.fingerprint, 1);
  return auditModel(model);
}

/**
 * The quantity to hide next to protect `target`: a published quantity of this export that shares a
 * relation with it (inside its table or through the catalogue), the cheapest by `byCost`.
 */
function partnerFor(
  model: AuditModel,
  target: string,
  suppressed: ReadonlySet<string>,
  knownBefore: ReadonlySet<string>,
  tables: readonly TrueTable[],
  appearances: ReadonlyMap<string, number>,
): string | null {
  const cells = new Map<string, CellData>();
  for (const table of tables) for (const cell of allEntries(table)) cells.set(cell.fingerprint, cell);
  // One hop: quantities in a relation with the target; two hops: in a relation with one of its hidden neighbours.
  const candidates = new Map<string, { cell: CellData; hops: number }>();
  const consider = (key: string, hops: number) => {
    const cell = cells.get(key);
    if (!cell || cell.n === 0 || key === target || suppressed.has(key) || knownBefore.has(key) || candidates.has(key)) return;
    candidates.set(key, { cell, hops });
  };
  const neighbours = new Set<string>();
  for (const table of tables) for (const cell of partnersOf(table, target, suppressed)) consider(cell.fingerprint, 1);
  for (const relation of model.relations) {
    if (!relation.terms.some(([entry]) => entry.key === target)) continue;
    for (const [entry] of relation.terms) {
      consider(entry.key, 1);
      if (suppressed.has(entry.key) && entry.key !== target) neighbours.add(entry.key);
    }
  }
  for (const relation of model.relations)
    if (relation.terms.some(([entry]) => neighbours.has(entry.key))) for (const [entry] of relation.terms) consider(entry.key, 2);
  const cost = (candidate: { cell: CellData; hops: number }) => appearances.get(candidate.cell.fingerprint) ?? 1;
  const best = [...candidates.values()].sort(
    (left, right) =>
      cost(left) - cost(right) ||
      left.hops - right.hops ||
      left.cell.n - right.cell.n ||
      left.cell.fingerprint.localeCompare(right.cell.fingerprint),
  )[0];
  return best?.cell.fingerprint ?? null;
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
    for (const row of table.rows) {
      if (row.groupSuppressed || row.tooSmall) for (const cell of row.cells) suppressed.add(cell.fingerprint);
      if (row.tooSmall) suppressed.add(row.total.fingerprint);
    }
  }
  let secondary = addSecondary(tables, suppressed);
  let solves = 0;
  let narrowest = Number.POSITIVE_INFINITY;
  let relations = 0;
  let earlierExports = 0;
  const appearances = appearancesOf(tables);
  for (let round = 0; ; round += 1) {
    if (suppressed.size === 0) break;
    const model = buildAuditModel({
      tables,
      suppressed,
      k,
      periodCode: input.periodCode ?? '0000',
      publications: input.publications ?? [],
    });
    // What an earlier export of the period published exactly is known (also from exports before 0008).
    const knownBefore = new Set<string>();
    for (const [key, value] of input.earlierPublished) {
      if (!model.current.has(key)) continue;
      model.known.set(key, value);
      knownBefore.add(key);
    }
    for (const publication of input.publications ?? [])
      if (publication.method === 'suppression')
        for (const table of publication.tables ?? [])
          for (const position of table.positions) if (position.value !== null) knownBefore.add(position.fingerprint);
    relations = model.relations.length;
    earlierExports = model.exports;
    const audit = await auditModel(model);
    solves += audit.solves;
    const failing = audit.findings.filter((finding) => finding.high - finding.low < (model.required.get(finding.fingerprint) ?? k) - 1e-6);
    narrowest = Math.min(
      Number.POSITIVE_INFINITY,
      ...audit.findings.map((finding) => (finding.high >= UNBOUNDED ? Number.POSITIVE_INFINITY : finding.high - finding.low)),
    );
    if (failing.length === 0) break;
    if (round >= MAX_ROUNDS) throw new AuditFailedError(tablesHolding(tables, failing));
    let grew = false;
    for (const finding of failing) {
      // Hidden in an earlier export but published here: hide it here too.
      if (
        !suppressed.has(finding.fingerprint) &&
        tables.some((table) => allEntries(table).some((cell) => cell.fingerprint === finding.fingerprint))
      ) {
        suppressed.add(finding.fingerprint);
        secondary += 1;
        grew = true;
        continue;
      }
      const partner = partnerFor(model, finding.fingerprint, suppressed, knownBefore, tables, appearances);
      if (partner) {
        suppressed.add(partner);
        secondary += 1;
        grew = true;
      }
    }
    if (!grew) throw new AuditFailedError(tablesHolding(tables, failing));
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
    relations,
    earlierExports,
  };
}

function tablesHolding(tables: readonly TrueTable[], failing: readonly AuditFinding[]): string[] {
  const keys = new Set(failing.map((finding) => finding.fingerprint));
  const holding = tables.filter((table) => allEntries(table).some((cell) => keys.has(cell.fingerprint))).map((table) => table.meta.id);
  // A quantity of an earlier export alone: every table of this export is a suspect.
  return holding.length > 0 ? holding : tables.map((table) => table.meta.id);
}

/** The suppression pattern could not be made safe; nothing may be written. `tables` hold the quantities that stayed too narrow. */
export class AuditFailedError extends Error {
  constructor(readonly tables: string[] = []) {
    super('statistics audit failed');
    this.name = 'AuditFailedError';
  }
}
