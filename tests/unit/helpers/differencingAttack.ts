import { PERSON_TABLES, type TableContext } from '../../../src/shared/stats/catalogue';
import { originDimension } from '../../../src/shared/stats/dimensions';
import { periodBounds } from '../../../src/shared/stats/period';
import type { StatPerson } from '../../../src/shared/stats/population';
import { PTABLE } from '../../../src/shared/stats/ptable.generated';
import { rowFor } from '../../../src/shared/stats/ptable';
import type { ExportDocument, ExportTable } from '../../../src/shared/stats/schemas';
import { profile, seededRandom } from './statsPopulation';
import { Q1, Q2, exportOf, scenario } from './quarterScenario';

/**
 * Differencing between two consecutive quarters (issue 5, test 7).
 *
 * Scenario — the strongest case of the issue: the persons counted in Q1 2026 are counted again in
 * Q2 2026 with exactly the same classification (nobody closes, no status, age band, need or contact
 * band changes), and one person X enters in Q2. Both quarterly exports go to the same recipient
 * with the same profile (Bündnis = Cell Key Method, Ministerium = cell suppression k = 3).
 *
 * Attacker: holds both exported documents (nothing else from the workstation: no record keys, no
 * true counts), knows the catalogue, the merge rules, the method, k and the ptable (all public),
 * and knows the scenario: the Q2 population is the Q1 population plus X, X is new in Q2, nobody else
 * changed. The attacker wants X's gender, age band, work-permission situation, origin category,
 * contact band, needs, residence status at intake, access route and benefits.
 *
 * How the attacker guesses: every placement of X in a table (the row category and column X would
 * fall into; for the needs table every set of fields) is a hypothesis. A hypothesis is rejected only
 * by a necessary consequence of the scenario that the published values contradict:
 * - a position (cell or margin) published in both quarters with the same categories behind it has
 *   the same contributors in both, plus X if X falls into it under the hypothesis. With suppression
 *   (exact values) its Q2 − Q1 difference must then be exactly 1 or 0. With the Cell Key Method a
 *   position without X must show the same value in both quarters (same contributors ⇒ same cell key
 *   ⇒ same noise), and a position with X must show values reachable from some n and n + 1 under the
 *   ptable;
 * - in the tables of new persons X is the only contributor in Q2: a position must show a value the
 *   method can publish for a true count of 1 (with X) or 0 (without).
 * The attacker does not reason about changed merge patterns or suppression patterns, so the figure is
 * a lower bound on what a cleverer attacker achieves under the method as built.
 *
 * "Revealed": every hypothesis consistent with both documents puts X into the same category of
 * the attribute (unique consistent explanation), which is then necessarily the truth — certainty,
 * not a lucky guess. For the needs: at least one field of action is established as X's need. The
 * baseline guesser has only the Q1 document and guesses the largest published row; we report its hit
 * rate next to the attacker's expected hit rate (one of the consistent categories at random).
 */

/** Values the method can publish for a true count. */
function publishable(method: ExportDocument['method'], n: number): ReadonlySet<number> {
  if (method === 'suppression') return new Set([n]);
  if (n === 0) return new Set([0]);
  const row = rowFor(PTABLE, n);
  return new Set(row.offsets.filter((_, index) => row.weights[index]! > 0).map((offset) => n + offset));
}

/** Can a position with true count n in Q1 and n + 1 in Q2 show v1 and then v2? */
function reachable(method: ExportDocument['method'], v1: number, v2: number): boolean {
  if (method === 'suppression') return v2 - v1 === 1;
  for (let n = Math.max(0, v1 - 3); n <= v1 + 3; n += 1)
    if (publishable(method, n).has(v1) && publishable(method, n + 1).has(v2)) return true;
  return false;
}

/** A placement: the raw [row category, column] pairs the newcomer falls into. */
export type Placement = readonly (readonly [string, string])[];

interface Position {
  /** Same key in both quarters ⇔ same categories behind it ⇔ same contributors apart from the newcomers. */
  key: string;
  /** Positions of one partition: every counted person is in exactly one of them (single-valued tables). */
  partition: string | null;
  value: number | null;
  contains: (placement: Placement) => boolean;
}

/**
 * Every published position of a table: cells, row margins and column margins (of tables with more
 * than one column), the grand total. A one-column table's cell is read from its row total, as the
 * product reads and stores it (publications.ts, gaps.ts): the cell and its row have the same
 * contributors, so the two carry the same value.
 */
function positionsOf(table: ExportTable, singleValued: boolean): Position[] {
  const positions: Position[] = [];
  const columns = table.columns.map((column) => column.code);
  const partition = (name: string) => (singleValued ? name : null);
  for (const row of table.rows) {
    const categories = new Set([row.code, ...row.merged]);
    const name = [...categories].sort().join(',');
    columns.forEach((column, index) => {
      positions.push({
        key: `cell|${name}|${column}`,
        partition: partition('cells'),
        value: columns.length === 1 ? row.total : row.values[index]!,
        contains: (placement) => placement.some(([r, c]) => categories.has(r) && c === column),
      });
    });
    if (columns.length > 1)
      positions.push({
        key: `row|${name}`,
        partition: partition('rows'),
        value: row.total,
        contains: (placement) => placement.some(([r]) => categories.has(r)),
      });
  }
  if (columns.length > 1) {
    columns.forEach((column, index) => {
      positions.push({
        key: `column|${column}`,
        partition: partition('columns'),
        value: table.columnTotals[index]!,
        contains: (placement) => placement.some(([, c]) => c === column),
      });
    });
  }
  positions.push({ key: 'total', partition: null, value: table.grandTotal, contains: (placement) => placement.length > 0 });
  return positions;
}

function rowCategories(...tables: (ExportTable | undefined)[]): string[] {
  const found = new Set<string>();
  for (const table of tables) for (const row of table?.rows ?? []) for (const code of [row.code, ...row.merged]) found.add(code);
  return [...found].sort();
}

/** Every placement the attacker considers possible for a table, before looking at values. */
function hypotheses(tableId: string, earlier: ExportTable | undefined, later: ExportTable): Placement[] {
  const rows = rowCategories(earlier, later);
  const columns = later.columns.map((column) => column.code);
  if (tableId === MULTI_RESPONSE) {
    // Any set of fields (the person may have no need at all).
    const placements: Placement[] = [];
    for (let mask = 0; mask < 1 << rows.length; mask += 1)
      placements.push(rows.filter((_, index) => mask & (1 << index)).map((row) => [row, columns[0]!] as const));
    return placements;
  }
  return rows.flatMap((row) => columns.map((column) => [[row, column] as const]));
}

/** The needs table: one person may fall into several rows. */
export const MULTI_RESPONSE = 'T08_needs';

/**
 * The placements of X consistent with both documents, when `newcomers` persons (X among them)
 * entered in Q2 and nothing else changed. Each check is a necessary consequence of that knowledge.
 * overlap.test.ts asks the same of any two overlapping releases, with every table a stock table.
 */
export function consistentPlacements(
  method: ExportDocument['method'],
  tableId: string,
  earlier: ExportTable | undefined,
  later: ExportTable,
  stock: boolean,
  newcomers: number,
): Placement[] {
  const singleValued = tableId !== MULTI_RESPONSE;
  const before = new Map((stock && earlier ? positionsOf(earlier, singleValued) : []).map((position) => [position.key, position.value]));
  const after = positionsOf(later, singleValued);
  const others = newcomers - 1;
  return hypotheses(tableId, earlier, later).filter((placement) => {
    // Per partition: how many of the other newcomers the published differences need, and whether
    // every position of the partition could be compared.
    const needed = new Map<string, { count: number; complete: boolean }>();
    for (const position of after) {
      const contains = position.contains(placement) ? 1 : 0;
      let required: number | null = null;
      if (position.value !== null && !stock) {
        // Tables of new persons: the newcomers are the only contributors in Q2.
        let possible = false;
        for (let count = contains; count <= contains + others; count += 1) possible ||= publishable(method, count).has(position.value);
        if (!possible) return false;
      } else if (position.value !== null) {
        const previous = before.get(position.key);
        if (previous !== undefined && previous !== null) {
          if (method === 'suppression') {
            required = position.value - previous - contains;
            if (required < 0 || required > others) return false;
          } else if (others === 0) {
            if (contains ? !reachable(method, previous, position.value) : position.value !== previous) return false;
            required = 0;
          } else {
            // Same contributors ⇒ same value: a changed position without X holds another newcomer.
            required = !contains && position.value !== previous ? 1 : 0;
          }
        }
      }
      if (position.partition) {
        const entry = needed.get(position.partition) ?? { count: 0, complete: true };
        if (required === null) entry.complete = false;
        else entry.count += required;
        needed.set(position.partition, entry);
      }
    }
    for (const { count, complete } of needed.values()) {
      if (count > others) return false;
      // Under suppression every other newcomer sits in exactly one position of a partition.
      if (method === 'suppression' && stock && complete && count !== others) return false;
    }
    return true;
  });
}

interface Attribute {
  name: string;
  table: string;
  /** Which part of a placement is the attribute. */
  of: (placement: Placement) => string;
  /** Counted in both quarters (stock) or only in Q2 (new persons). */
  stock: boolean;
}

const ATTRIBUTES: Attribute[] = [
  { name: 'gender', table: 'T02_genderAge', of: (placement) => placement[0]![0], stock: true },
  { name: 'ageBand', table: 'T02_genderAge', of: (placement) => placement[0]![1], stock: true },
  { name: 'workPermission', table: 'T05_workPermission', of: (placement) => placement[0]![0], stock: true },
  { name: 'origin', table: 'T06_origin', of: (placement) => placement[0]![0], stock: true },
  {
    name: 'needs',
    table: MULTI_RESPONSE,
    of: (placement) =>
      placement
        .map(([row]) => row)
        .sort()
        .join('+'),
    stock: true,
  },
  { name: 'contactBand', table: 'T13b_contacts', of: (placement) => placement[0]![0], stock: true },
  { name: 'statusAtIntake', table: 'T03a_statusAtIntake', of: (placement) => placement[0]![0], stock: false },
  { name: 'accessRoute', table: 'T07_accessRoute', of: (placement) => placement[0]![0], stock: false },
  { name: 'benefits', table: 'T14a_benefitsAtIntake', of: (placement) => placement[0]![0], stock: false },
];

interface Outcome {
  revealed: boolean;
  /** Whether the attacker's best guess (from both documents) is right. */
  attackerHit: number;
  baselineHit: number;
  withheld: boolean;
}

/** The guess without Q2: the largest published row of Q1 (its first code if merged). */
function baselineGuess(table: ExportTable | undefined, columns: boolean): string | undefined {
  if (!table) return undefined;
  if (columns) {
    const best = table.columnTotals.reduce<number>(
      (bestIndex, value, index) => ((value ?? 0) > (table.columnTotals[bestIndex] ?? 0) ? index : bestIndex),
      0,
    );
    return table.columns[best]?.code;
  }
  const top = [...table.rows].sort((left, right) => (right.total ?? 0) - (left.total ?? 0))[0];
  return top ? (top.code === '_other' ? top.merged[0] : top.code) : undefined;
}

function attack(
  method: ExportDocument['method'],
  attribute: Attribute,
  q1: ExportDocument,
  q2: ExportDocument,
  truth: Placement,
  newcomers: number,
): Outcome {
  const earlier = q1.tables.find((table) => table.id === attribute.table);
  const later = q2.tables.find((table) => table.id === attribute.table);
  const guess = baselineGuess(earlier, attribute.name === 'ageBand');
  const truthRows = new Set(truth.map(([row]) => row));
  const baselineHit =
    attribute.name === 'needs' ? (guess !== undefined && truthRows.has(guess) ? 1 : 0) : guess === attribute.of(truth) ? 1 : 0;
  // A withheld table tells nothing: the attacker is left with the baseline guess.
  if (!later) return { revealed: false, attackerHit: baselineHit, baselineHit, withheld: true };
  const consistent = consistentPlacements(method, attribute.table, earlier, later, attribute.stock, newcomers);
  if (!consistent.some((placement) => attribute.of(placement) === attribute.of(truth)))
    throw new Error(`the attacker model rejected the truth (${attribute.name})`);
  if (attribute.name === 'needs') {
    const certain = rowCategories(earlier, later).filter((field) =>
      consistent.every((placement) => placement.some(([row]) => row === field)),
    );
    // Without a certain field the attacker falls back to the baseline guess.
    return { revealed: certain.length > 0, attackerHit: certain.length > 0 ? 1 : baselineHit, baselineHit, withheld: false };
  }
  const values = new Set(consistent.map(attribute.of));
  // Best guess: the consistent category whose positions moved (an unchanged position with X needs
  // the noise to cancel X out), then the larger in Q1.
  const unchangedWithX = (placement: Placement) => {
    const before = new Map(attribute.stock && earlier ? positionsOf(earlier, true).map((position) => [position.key, position.value]) : []);
    return positionsOf(later, true).filter(
      (position) => position.contains(placement) && position.value !== null && before.get(position.key) === position.value,
    ).length;
  };
  const sizeInQ1 = (value: string) => {
    const row = earlier?.rows.find((candidate) => candidate.code === value || candidate.merged.includes(value));
    const column = earlier?.columns.findIndex((candidate) => candidate.code === value) ?? -1;
    return attribute.name === 'ageBand' ? (column >= 0 ? (earlier?.columnTotals[column] ?? 0) : 0) : (row?.total ?? 0);
  };
  const best = [...consistent].sort(
    (left, right) => unchangedWithX(left) - unchangedWithX(right) || sizeInQ1(attribute.of(right)) - sizeInQ1(attribute.of(left)),
  )[0]!;
  return { revealed: values.size === 1, attackerHit: attribute.of(best) === attribute.of(truth) ? 1 : 0, baselineHit, withheld: false };
}

/** Where the newcomer really falls in a table (the catalogue's own classification). */
function truthIn(tableId: string, newcomer: StatPerson, origin: string[]): Placement {
  const definition = PERSON_TABLES.find((table) => table.id === tableId);
  if (!definition) throw new Error(tableId);
  const context: TableContext = { period: periodBounds(Q2), origin: new Set(origin), originDimension: originDimension(origin) };
  return definition.cellsOf(newcomer, context);
}

export interface Tally {
  runs: number;
  anyRevealed: number;
  byAttribute: Map<string, { revealed: number; attackerHit: number; baselineHit: number; withheld: number; runs: number }>;
}

export async function simulate(method: 'buendnis' | 'ministerium', seed: number, runs: number, newcomers: number): Promise<Tally> {
  const random = seededRandom(seed);
  const chosen = profile(method);
  const tally: Tally = { runs: 0, anyRevealed: 0, byAttribute: new Map() };
  for (let run = 0; run < runs; run += 1) {
    const { q1, q2, newcomer } = scenario(random, newcomers);
    const first = await exportOf(q1, Q1, chosen, null);
    // The first export of the year froze the origin list; Q2 reuses it (as the service does).
    const second = await exportOf(q2, Q2, chosen, first.originCategories, [Q1]);
    let any = false;
    for (const attribute of ATTRIBUTES) {
      const truth = truthIn(attribute.table, newcomer, first.originCategories);
      const outcome = attack(first.document.method, attribute, first.document, second.document, truth, newcomers);
      const entry = tally.byAttribute.get(attribute.name) ?? { revealed: 0, attackerHit: 0, baselineHit: 0, withheld: 0, runs: 0 };
      entry.runs += 1;
      entry.revealed += outcome.revealed ? 1 : 0;
      entry.attackerHit += outcome.attackerHit;
      entry.baselineHit += outcome.baselineHit;
      entry.withheld += outcome.withheld ? 1 : 0;
      tally.byAttribute.set(attribute.name, entry);
      any ||= outcome.revealed;
    }
    tally.runs += 1;
    tally.anyRevealed += any ? 1 : 0;
  }
  return tally;
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

export function report(label: string, tally: Tally): string {
  const lines = [
    `${label}: an attribute of X revealed in ${tally.anyRevealed}/${tally.runs} simulations (${percent(tally.anyRevealed, tally.runs)})`,
  ];
  for (const [name, entry] of tally.byAttribute) {
    const figures = [
      `revealed ${percent(entry.revealed, entry.runs).padStart(7)}`,
      `attacker hit ${percent(entry.attackerHit, entry.runs).padStart(7)}`,
      `baseline hit ${percent(entry.baselineHit, entry.runs).padStart(7)}`,
      `table withheld ${percent(entry.withheld, entry.runs).padStart(7)}`,
    ];
    lines.push(`  ${name.padEnd(15)} ${figures.join('   ')}`);
  }
  return lines.join('\n');
}
