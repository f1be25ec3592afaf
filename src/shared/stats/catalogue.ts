import { ANALYSIS_TABLES, PARTNER_TABLES } from './analysisTables';
import { inList, within } from './classify';
import { DIMENSIONS, type Dimension } from './dimensions';
import { PERSON_TABLES_2026_1 } from './personTables';
import type { StatNote, StatPartner, StatPerson } from './population';
import type { TableDefinition } from './tableDefinition';

/**
 * The versioned indicator catalogue (DOMAIN.md „Anonymised statistics“, items 1–16) as declarative
 * table definitions. No ad-hoc queries: a recipient gets these tables or a subset of them.
 *
 * Versions only ever add tables: 2026.1 has items 1–15, 2026.2 adds the Bedarfs- und
 * Angebotsanalyse (item 16). A table keeps its id and meaning in every version, so files of both
 * versions stay readable and can be combined over the tables they share.
 */
export const CATALOGUE_VERSION = '2026.2';

export { isActive, statusOn, statusGroupOf, ageBandOf, durationBandOf, contactBandOf } from './classify';
export type { TableContext, TableDefinition, Unit } from './tableDefinition';

const fixed = (dimension: Dimension) => () => dimension;

const noteTable: TableDefinition<StatNote> = {
  id: 'T15_structuralNotes',
  item: 15,
  yearlyOnly: false,
  unit: 'notes',
  rows: fixed(DIMENSIONS.fieldOfAction),
  columns: DIMENSIONS.structuralNoteKind,
  rowsExclusive: true,
  columnsExclusive: true,
  cellsOf: (note, { period }) =>
    within(note.observedOn, period)
      ? [[inList(note.field, DIMENSIONS.fieldOfAction.categories), inList(note.kind, DIMENSIONS.structuralNoteKind.categories)]]
      : [],
  // Notes are dated: a year holds the notes of its quarters.
  acrossPeriods: () => 'sum',
};

export const PERSON_TABLES: readonly TableDefinition<StatPerson>[] = [...PERSON_TABLES_2026_1, ...ANALYSIS_TABLES];
export const NOTE_TABLES: readonly TableDefinition<StatNote>[] = [noteTable];
export { PARTNER_TABLES };

type AnyTable = TableDefinition<StatPerson> | TableDefinition<StatNote> | TableDefinition<StatPartner>;

/** Every table in catalogue order (the order of exports, previews and reports). */
export const ALL_TABLES: readonly AnyTable[] = [...PERSON_TABLES_2026_1, noteTable, ...ANALYSIS_TABLES, ...PARTNER_TABLES];
export const TABLE_IDS: readonly string[] = ALL_TABLES.map((table) => table.id);

/** The tables of each catalogue version. */
export const CATALOGUES: Readonly<Record<string, readonly string[]>> = {
  '2026.1': [...PERSON_TABLES_2026_1, noteTable].map((table) => table.id),
  '2026.2': TABLE_IDS,
};

export function findTable(id: string): AnyTable | undefined {
  return ALL_TABLES.find((table) => table.id === id);
}

/** Number of the table as people say it („T02“). */
export function tableNumber(id: string): string {
  return id.split('_')[0] ?? id;
}
