import { ageOn, daysBetween, type IsoDate } from '../kernel/dates';
import type { PeriodBounds } from './period';
import type { StatNote, StatPerson } from './population';
import { DIMENSIONS, OFFER_KINDS_2026, OTHER, SINGLE_COLUMN, originCategoryOf, type Dimension } from './dimensions';

/**
 * The versioned indicator catalogue (DOMAIN.md "Anonymised statistics", items 1–15) as declarative
 * table definitions: a population, a row dimension, at most one column dimension, and the cells a
 * unit falls into. No ad-hoc queries: a recipient gets these tables or a subset of them.
 */
export const CATALOGUE_VERSION = '2026.1';

export interface TableContext {
  period: PeriodBounds;
  /** The frozen origin categories of the year. */
  origin: ReadonlySet<string>;
  originDimension: Dimension;
}

export type Unit = StatPerson | StatNote;

export interface TableDefinition<U extends Unit = Unit> {
  id: string;
  item: number;
  /** Flows and outcomes: only in yearly reports. */
  yearlyOnly: boolean;
  unit: U extends StatNote ? 'notes' : 'persons';
  rows: (context: TableContext) => Dimension;
  columns: Dimension | null;
  /** A unit is in at most one row / one column: margins are then sums (used by the LP audit). */
  rowsExclusive: boolean;
  columnsExclusive: boolean;
  /** The [row, column] cells of one unit; empty when it is not in the table's population. */
  cellsOf: (unit: U, context: TableContext) => [string, string][];
}

// ----- classification helpers ------------------------------------------------------------------

const within = (date: IsoDate | null, period: PeriodBounds): boolean => date !== null && date >= period.start && date <= period.end;

export function isActive(person: StatPerson, period: PeriodBounds): boolean {
  return person.intakeDate <= period.end && (person.closedOn === null || person.closedOn >= period.start);
}
const isNew = (person: StatPerson, period: PeriodBounds) => within(person.intakeDate, period);
const isClosed = (person: StatPerson, period: PeriodBounds) => within(person.closedOn, period);
const inList = (code: string | null, list: readonly string[]): string => (code !== null && list.includes(code) ? code : OTHER);

/** Latest status in force on `date` (statuses without a start count as the oldest). */
export function statusOn(person: StatPerson, date: IsoDate) {
  let found = null;
  for (const status of person.statuses) if (status.validFrom === null || status.validFrom <= date) found = status;
  return found;
}

function statusAtIntake(person: StatPerson): string {
  return (statusOn(person, person.intakeDate) ?? person.statuses[0])?.status ?? 'unknown';
}

function statusAtClosure(person: StatPerson): string {
  if (person.closure?.statusAtClosure) return person.closure.statusAtClosure;
  return (person.closedOn ? statusOn(person, person.closedOn)?.status : undefined) ?? 'unknown';
}

export function statusGroupOf(status: string): string {
  switch (status) {
    case 'gestattung55':
      return 'gestattung';
    case 'duldung60a':
    case 'duldung60b':
      return 'duldung';
    case 'duldung60c':
    case 'duldung60d':
    case 'ae104c':
    case 'ae25a':
    case 'ae25b':
      return status;
    case 'ae16g':
    case 'ae25abs1to3':
    case 'ae25abs5':
    case 'ae24':
    case 'aeOther':
      return 'aeOther';
    case 'settlementPermit':
    case 'naturalised':
      return 'permanent';
    default:
      return 'unknown';
  }
}

export function ageBandOf(birthDate: IsoDate | null, on: IsoDate): string {
  if (!birthDate) return 'outside';
  const age = ageOn(birthDate, on);
  if (age >= 18 && age <= 20) return '18to20';
  if (age >= 21 && age <= 24) return '21to24';
  if (age >= 25 && age <= 27) return '25to27';
  return 'outside';
}

export function durationBandOf(from: IsoDate, to: IsoDate): string {
  const months = daysBetween(from, to) / 30.4375;
  if (months < 6) return 'under6';
  if (months < 12) return '6to11';
  if (months < 24) return '12to23';
  return '24plus';
}

export function contactBandOf(contacts: number): string {
  if (contacts === 0) return '0';
  if (contacts <= 2) return '1to2';
  if (contacts <= 5) return '3to5';
  return '6plus';
}

const one = (row: string): [string, string][] => [[row, SINGLE_COLUMN]];
const unique = (cells: [string, string][]): [string, string][] => {
  const seen = new Set<string>();
  return cells.filter(([row, column]) => {
    const key = `${row}\u0000${column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
const fixed = (dimension: Dimension) => () => dimension;

// ----- the tables --------------------------------------------------------------------------------

const personTables: TableDefinition<StatPerson>[] = [
  {
    id: 'T01_cases',
    item: 1,
    yearlyOnly: false,
    unit: 'persons',
    rows: fixed(DIMENSIONS.measure),
    columns: null,
    rowsExclusive: false,
    columnsExclusive: true,
    cellsOf(person, { period }) {
      const cells: [string, string][] = [];
      if (person.intakeDate <= period.end && (person.closedOn === null || person.closedOn > period.end))
        cells.push(['stock', SINGLE_COLUMN]);
      if (isNew(person, period)) cells.push(['new', SINGLE_COLUMN]);
      if (isClosed(person, period)) cells.push(['closed', SINGLE_COLUMN]);
      return cells;
    },
  },
  {
    id: 'T02_genderAge',
    item: 2,
    yearlyOnly: false,
    unit: 'persons',
    rows: fixed(DIMENSIONS.gender),
    columns: DIMENSIONS.ageBand,
    rowsExclusive: true,
    columnsExclusive: true,
    cellsOf: (person, { period }) =>
      isActive(person, period) ? [[inList(person.gender, DIMENSIONS.gender.categories), ageBandOf(person.birthDate, period.end)]] : [],
  },
  {
    id: 'T03a_statusAtIntake',
    item: 3,
    yearlyOnly: false,
    unit: 'persons',
    rows: fixed(DIMENSIONS.residenceStatus),
    columns: null,
    rowsExclusive: true,
    columnsExclusive: true,
    cellsOf: (person, { period }) =>
      isNew(person, period) ? one(inList(statusAtIntake(person), DIMENSIONS.residenceStatus.categories)) : [],
  },
  {
    id: 'T03b_statusAtClosure',
    item: 3,
    yearlyOnly: true,
    unit: 'persons',
    rows: fixed(DIMENSIONS.residenceStatus),
    columns: null,
    rowsExclusive: true,
    columnsExclusive: true,
    cellsOf: (person, { period }) =>
      isClosed(person, period) ? one(inList(statusAtClosure(person), DIMENSIONS.residenceStatus.categories)) : [],
  },
  {
    id: 'T04_statusTransitions',
    item: 4,
    yearlyOnly: true,
    unit: 'persons',
    rows: fixed(DIMENSIONS.statusGroup),
    columns: DIMENSIONS.statusGroup,
    rowsExclusive: false,
    columnsExclusive: false,
    cellsOf(person, { period }) {
      const cells: [string, string][] = [];
      for (let index = 1; index < person.statuses.length; index += 1) {
        const before = statusGroupOf(person.statuses[index - 1]!.status);
        const after = statusGroupOf(person.statuses[index]!.status);
        if (before !== after && within(person.statuses[index]!.validFrom, period)) cells.push([before, after]);
      }
      return unique(cells);
    },
  },
  {
    id: 'T05_workPermission',
    item: 5,
    yearlyOnly: false,
    unit: 'persons',
    rows: fixed(DIMENSIONS.workPermission),
    columns: null,
    rowsExclusive: true,
    columnsExclusive: true,
    cellsOf: (person, { period }) =>
      isActive(person, period)
        ? one(inList(statusOn(person, period.end)?.workPermission ?? 'notRecorded', DIMENSIONS.workPermission.categories))
        : [],
  },
  {
    id: 'T06_origin',
    item: 6,
    yearlyOnly: false,
    unit: 'persons',
    rows: (context) => context.originDimension,
    columns: null,
    rowsExclusive: true,
    columnsExclusive: true,
    cellsOf: (person, { period, origin }) => (isActive(person, period) ? one(originCategoryOf(person.countryOfOrigin, origin)) : []),
  },
  {
    id: 'T07_accessRoute',
    item: 7,
    yearlyOnly: false,
    unit: 'persons',
    rows: fixed(DIMENSIONS.accessRoute),
    columns: null,
    rowsExclusive: true,
    columnsExclusive: true,
    cellsOf: (person, { period }) => (isNew(person, period) ? one(inList(person.accessRoute, DIMENSIONS.accessRoute.categories)) : []),
  },
  {
    id: 'T08_needs',
    item: 8,
    yearlyOnly: false,
    unit: 'persons',
    rows: fixed(DIMENSIONS.fieldOfAction),
    columns: null,
    rowsExclusive: false,
    columnsExclusive: true,
    cellsOf: (person, { period }) =>
      isActive(person, period)
        ? unique(person.needs.map((field) => [inList(field, DIMENSIONS.fieldOfAction.categories), SINGLE_COLUMN]))
        : [],
  },
  {
    id: 'T09_goals',
    item: 9,
    yearlyOnly: true,
    unit: 'persons',
    rows: fixed(DIMENSIONS.fieldOfAction),
    columns: DIMENSIONS.goalOutcome,
    rowsExclusive: false,
    columnsExclusive: false,
    cellsOf(person, { period }) {
      const cells: [string, string][] = [];
      for (const goal of person.goals) {
        const field = inList(goal.field, DIMENSIONS.fieldOfAction.categories);
        if (within(goal.agreedOn, period)) cells.push([field, 'agreed']);
        if (goal.status === 'achieved' && within(goal.updatedOn, period)) cells.push([field, 'achieved']);
      }
      return unique(cells);
    },
  },
  {
    id: 'T10_referrals',
    item: 10,
    yearlyOnly: true,
    unit: 'persons',
    rows: fixed(DIMENSIONS.offerKind),
    columns: DIMENSIONS.referralResult,
    rowsExclusive: false,
    columnsExclusive: false,
    cellsOf: (person, { period }) =>
      unique(
        person.referrals
          .filter((referral) => within(referral.referredOn, period))
          .map((referral) => [
            inList(referral.offerKind, OFFER_KINDS_2026) === OTHER ? 'other' : referral.offerKind,
            inList(referral.result, DIMENSIONS.referralResult.categories),
          ]),
      ),
  },
  {
    id: 'T11_transitions',
    item: 11,
    yearlyOnly: true,
    unit: 'persons',
    rows: fixed(DIMENSIONS.transition),
    columns: null,
    rowsExclusive: false,
    columnsExclusive: true,
    cellsOf(person, { period }) {
      const cells: [string, string][] = [];
      const closed = isClosed(person, period) ? person.closure?.whereabouts : undefined;
      if (
        person.trainingStarts.some((date) => within(date, period)) ||
        closed === 'vocationalTraining' ||
        closed === 'entryQualification'
      ) {
        cells.push(['vocationalTraining', SINGLE_COLUMN]);
      }
      if (closed === 'employment') cells.push(['employment', SINGLE_COLUMN]);
      if (closed === 'schoolOrCertificate') cells.push(['schoolCertificate', SINGLE_COLUMN]);
      if (closed === 'languageCourse') cells.push(['languageCourse', SINGLE_COLUMN]);
      return cells;
    },
  },
  {
    id: 'T12_closures',
    item: 12,
    yearlyOnly: true,
    unit: 'persons',
    rows: fixed(DIMENSIONS.closureReason),
    columns: DIMENSIONS.whereabouts,
    rowsExclusive: true,
    columnsExclusive: true,
    cellsOf: (person, { period }) =>
      isClosed(person, period) && person.closure
        ? [
            [
              inList(person.closure.reason, DIMENSIONS.closureReason.categories),
              inList(person.closure.whereabouts, DIMENSIONS.whereabouts.categories),
            ],
          ]
        : [],
  },
  {
    id: 'T13a_caseDuration',
    item: 13,
    yearlyOnly: true,
    unit: 'persons',
    rows: fixed(DIMENSIONS.durationBand),
    columns: null,
    rowsExclusive: true,
    columnsExclusive: true,
    cellsOf: (person, { period }) =>
      isClosed(person, period) && person.closedOn ? one(durationBandOf(person.intakeDate, person.closedOn)) : [],
  },
  {
    id: 'T13b_contacts',
    item: 13,
    yearlyOnly: false,
    unit: 'persons',
    rows: fixed(DIMENSIONS.contactBand),
    columns: null,
    rowsExclusive: true,
    columnsExclusive: true,
    cellsOf: (person, { period }) => (isActive(person, period) ? one(contactBandOf(person.contactsInPeriod)) : []),
  },
  {
    id: 'T14a_benefitsAtIntake',
    item: 14,
    yearlyOnly: false,
    unit: 'persons',
    rows: fixed(DIMENSIONS.benefit),
    columns: null,
    rowsExclusive: true,
    columnsExclusive: true,
    cellsOf: (person, { period }) =>
      isNew(person, period) ? one(inList(person.benefits ?? 'notRecorded', DIMENSIONS.benefit.categories)) : [],
  },
  {
    id: 'T14b_benefitsAtClosure',
    item: 14,
    yearlyOnly: true,
    unit: 'persons',
    rows: fixed(DIMENSIONS.benefit),
    columns: null,
    rowsExclusive: true,
    columnsExclusive: true,
    cellsOf: (person, { period }) =>
      isClosed(person, period) ? one(inList(person.benefits ?? 'notRecorded', DIMENSIONS.benefit.categories)) : [],
  },
];

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
};

export const PERSON_TABLES: readonly TableDefinition<StatPerson>[] = personTables;
export const NOTE_TABLES: readonly TableDefinition<StatNote>[] = [noteTable];
export const TABLE_IDS: readonly string[] = [...personTables, noteTable].map((table) => table.id);

export function findTable(id: string): TableDefinition<StatPerson> | TableDefinition<StatNote> | undefined {
  return personTables.find((table) => table.id === id) ?? (noteTable.id === id ? noteTable : undefined);
}
