import type { Dimension } from './dimensions';
import type { PeriodBounds } from './period';
import type { StatNote, StatPartner, StatPerson } from './population';

/**
 * The shape of a catalogue table: a population, a row dimension, at most one column dimension, the
 * cells a unit falls into — and, declared next to it, what a recipient knows about the table from
 * the catalogue alone: the linear relations it has with itself and with other tables (the
 * suppression audit uses all of them), how a year's positions relate to its quarters', and which
 * items of a case it needs (data quality).
 */
export interface TableContext {
  period: PeriodBounds;
  /** The frozen origin categories of the year. */
  origin: ReadonlySet<string>;
  originDimension: Dimension;
}

export type Unit = StatPerson | StatNote | StatPartner;

/** The margin marker of a position: (row, TOTAL) is a row total, (TOTAL, column) a column total, (TOTAL, TOTAL) the grand total. */
export const TOTAL = '*';

/** One published position of a table. In a one-column table a row's cell and its total are one position. */
export interface PositionRef {
  table: string;
  row: string;
  column: string;
}

/**
 * A linear relation the catalogue implies: Σ left = Σ right, or Σ left ≤ Σ right. It must hold for
 * every population by construction (a property test checks that); rows named here are never merged.
 */
export interface DeclaredRelation {
  left: readonly PositionRef[];
  relation: 'equal' | 'atMost';
  right: readonly PositionRef[];
}

/**
 * How a position of a year relates to the same position (same frozen categories) of a quarter of
 * that year: `sum` — disjoint flows, the year is at least the sum of its exported quarters;
 * `superset` — the year counts everyone the quarter counts (a fixed attribute of active persons).
 */
export type AcrossPeriods = 'sum' | 'superset' | null;

/** Items of a case a table needs filled (the „Datenqualität“ step). */
export const QUALITY_ITEMS = [
  'birthDate',
  'countryOfOrigin',
  'benefits',
  'residenceStatus',
  'workPermission',
  'assessment',
  'closure',
  'statusAtClosure',
  'referralStart',
] as const;
export type QualityItem = (typeof QUALITY_ITEMS)[number];

export interface TableDefinition<U extends Unit = Unit> {
  id: string;
  item: number;
  /** Flows and outcomes: only in yearly reports. */
  yearlyOnly: boolean;
  unit: U extends StatNote ? 'notes' : U extends StatPartner ? 'partners' : 'persons';
  rows: (context: TableContext) => Dimension;
  columns: Dimension | null;
  /** A unit is in at most one row / one column: margins are then sums (used by the LP audit). */
  rowsExclusive: boolean;
  columnsExclusive: boolean;
  /** The [row, column] cells of one unit; empty when it has none. */
  cellsOf: (unit: U, context: TableContext) => [string, string][];
  /**
   * Who the table is about, published or not (default: units with a cell). Two releases of a table
   * are compared on it too, so that a person who changes no cell (a newcomer without needs) still
   * counts as a change.
   */
  population?: (unit: U, context: TableContext) => boolean;
  /** Relations with itself and with tables defined before it. */
  relations?: readonly DeclaredRelation[];
  /** A year's position against the same position of a quarter of the year; absent: none. */
  acrossPeriods?: (row: string, column: string) => AcrossPeriods;
  /** Items of a case the table needs filled (absent: none). */
  items?: readonly QualityItem[];
  /**
   * A value per row that is not a count (median days from referral to start): the median of the
   * values of the row's units, rounded to whole weeks, published only where at least 10 values exist.
   */
  measure?: { code: string; valuesOf: (unit: U, context: TableContext) => [string, number][] };
}

export const ref = (table: string, row: string, column: string = TOTAL): PositionRef => ({ table, row, column });
