import {
  ageBandOf,
  contactBandOf,
  durationBandOf,
  inList,
  isActive,
  isClosed,
  isNew,
  one,
  statusAtClosure,
  statusAtIntake,
  statusGroupOf,
  statusOn,
  unique,
  within,
} from './classify';
import { DIMENSIONS, OFFER_KINDS_2026, OTHER, SINGLE_COLUMN, originCategoryOf, type Dimension } from './dimensions';
import type { PeriodBounds } from './period';
import type { StatPerson } from './population';
import { TOTAL, ref, type AcrossPeriods, type QualityItem, type TableContext, type TableDefinition } from './tableDefinition';

/**
 * Items 1–14 of the catalogue (DOMAIN.md „Anonymised statistics“). Every person table counts only
 * persons active in the period (taken in before it ended, not closed before it began), so that the
 * populations the relations below name are the same sets by construction: active persons (T01's
 * total), new persons (T01 „new“) and closed persons (T01 „closed“).
 */
const fixed = (dimension: Dimension) => () => dimension;
const newIn = (person: StatPerson, period: PeriodBounds) => isActive(person, period) && isNew(person, period);
const closedIn = (person: StatPerson, period: PeriodBounds) => isActive(person, period) && isClosed(person, period);
const active = (person: StatPerson, { period }: { period: PeriodBounds }) => isActive(person, period);

const T01 = 'T01_cases';
const ACTIVE = ref(T01, TOTAL);
const NEW = ref(T01, 'new');
const CLOSED = ref(T01, 'closed');
const total = (table: string) => ref(table, TOTAL, TOTAL);

/** Flows of new or closed persons and notes: a year is at least the sum of its quarters, position by position. */
const sum = (): AcrossPeriods => 'sum';
/** Fixed attributes of active persons: the year counts everyone a quarter counts. */
const rowsAndTotalSuperset = (_row: string, column: string): AcrossPeriods => (column === TOTAL ? 'superset' : null);
const totalSuperset = (row: string, column: string): AcrossPeriods => (row === TOTAL && column === TOTAL ? 'superset' : null);

const benefitsRow = (person: StatPerson) => inList(person.benefits ?? 'notRecorded', DIMENSIONS.benefit.categories);

/**
 * A table in which an active person stands in any number of cells, each once: its total is at most the
 * active persons, and it is about all of them (a person without a cell still counts as a change).
 */
function cellsOfActivePerson(table: {
  id: string;
  item: number;
  yearlyOnly: boolean;
  rows: Dimension;
  columns: Dimension | null;
  cellsOf: (person: StatPerson, period: PeriodBounds) => [string, string][];
  acrossPeriods?: (row: string, column: string) => AcrossPeriods;
  items?: readonly QualityItem[];
}): TableDefinition<StatPerson> {
  const { id, item, yearlyOnly, rows, columns, cellsOf, acrossPeriods, items } = table;
  return {
    id,
    item,
    yearlyOnly,
    unit: 'persons',
    rows: fixed(rows),
    columns,
    rowsExclusive: false,
    columnsExclusive: columns === null,
    cellsOf: (person, { period }) => (isActive(person, period) ? unique(cellsOf(person, period)) : []),
    population: active,
    relations: [{ left: [total(id)], relation: 'atMost', right: [ACTIVE] }],
    ...(acrossPeriods ? { acrossPeriods } : {}),
    ...(items ? { items } : {}),
  };
}

/** Cells of a table without columns. */
const inRows = (rows: readonly string[]): [string, string][] => rows.map((row) => [row, SINGLE_COLUMN]);

/** The populations a one-row-per-person table counts, and the T01 position that is its total. */
const POPULATIONS = {
  active: { includes: isActive, total: ACTIVE },
  new: { includes: newIn, total: NEW },
  closed: { includes: closedIn, total: CLOSED },
} as const;

/**
 * A table without columns in which every person of the population stands in exactly one row (none
 * where `rowOf` gives null), so its total equals that population's T01 position.
 */
function oneRowPerPerson(table: {
  id: string;
  item: number;
  yearlyOnly: boolean;
  population: keyof typeof POPULATIONS;
  rows: Dimension | ((context: TableContext) => Dimension);
  rowOf: (person: StatPerson, context: TableContext) => string | null;
  acrossPeriods?: (row: string, column: string) => AcrossPeriods;
  items?: readonly QualityItem[];
}): TableDefinition<StatPerson> {
  const { id, item, yearlyOnly, rows, rowOf, acrossPeriods, items } = table;
  const population = POPULATIONS[table.population];
  return {
    id,
    item,
    yearlyOnly,
    unit: 'persons',
    rows: typeof rows === 'function' ? rows : fixed(rows),
    columns: null,
    rowsExclusive: true,
    columnsExclusive: true,
    cellsOf(person, context) {
      const row = population.includes(person, context.period) ? rowOf(person, context) : null;
      return row === null ? [] : one(row);
    },
    relations: [{ left: [total(id)], relation: 'equal', right: [population.total] }],
    ...(acrossPeriods ? { acrossPeriods } : {}),
    ...(items ? { items } : {}),
  };
}

export const PERSON_TABLES_2026_1: readonly TableDefinition<StatPerson>[] = [
  {
    id: T01,
    item: 1,
    yearlyOnly: false,
    unit: 'persons',
    rows: fixed(DIMENSIONS.measure),
    columns: null,
    rowsExclusive: false,
    columnsExclusive: true,
    cellsOf(person, { period }) {
      if (!isActive(person, period)) return [];
      const cells: [string, string][] = [];
      if (person.closedOn === null || person.closedOn > period.end) cells.push(['stock', SINGLE_COLUMN]);
      if (isNew(person, period)) cells.push(['new', SINGLE_COLUMN]);
      if (isClosed(person, period)) cells.push(['closed', SINGLE_COLUMN]);
      return cells;
    },
    // Stock and closures never overlap, and every active person is in one of them.
    relations: [{ left: [ref(T01, 'stock'), CLOSED], relation: 'equal', right: [ACTIVE] }],
    acrossPeriods: (row, column) => (row === 'new' || row === 'closed' ? 'sum' : row === TOTAL && column === TOTAL ? 'superset' : null),
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
    relations: [{ left: [total('T02_genderAge')], relation: 'equal', right: [ACTIVE] }],
    acrossPeriods: rowsAndTotalSuperset,
    items: ['birthDate'],
  },
  oneRowPerPerson({
    id: 'T03a_statusAtIntake',
    item: 3,
    yearlyOnly: false,
    population: 'new',
    rows: DIMENSIONS.residenceStatus,
    rowOf: (person) => inList(statusAtIntake(person), DIMENSIONS.residenceStatus.categories),
    acrossPeriods: sum,
    items: ['residenceStatus'],
  }),
  oneRowPerPerson({
    id: 'T03b_statusAtClosure',
    item: 3,
    yearlyOnly: true,
    population: 'closed',
    rows: DIMENSIONS.residenceStatus,
    rowOf: (person) => inList(statusAtClosure(person), DIMENSIONS.residenceStatus.categories),
    items: ['statusAtClosure'],
  }),
  cellsOfActivePerson({
    id: 'T04_statusTransitions',
    item: 4,
    yearlyOnly: true,
    rows: DIMENSIONS.statusGroup,
    columns: DIMENSIONS.statusGroup,
    cellsOf(person, period) {
      const cells: [string, string][] = [];
      for (let index = 1; index < person.statuses.length; index += 1) {
        const before = statusGroupOf(person.statuses[index - 1]!.status);
        const after = statusGroupOf(person.statuses[index]!.status);
        if (before !== after && within(person.statuses[index]!.validFrom, period)) cells.push([before, after]);
      }
      return cells;
    },
    items: ['residenceStatus'],
  }),
  oneRowPerPerson({
    id: 'T05_workPermission',
    item: 5,
    yearlyOnly: false,
    population: 'active',
    rows: DIMENSIONS.workPermission,
    rowOf: (person, { period }) =>
      inList(statusOn(person, period.end)?.workPermission ?? 'notRecorded', DIMENSIONS.workPermission.categories),
    acrossPeriods: totalSuperset,
    items: ['workPermission'],
  }),
  oneRowPerPerson({
    id: 'T06_origin',
    item: 6,
    yearlyOnly: false,
    population: 'active',
    rows: (context) => context.originDimension,
    rowOf: (person, { origin }) => originCategoryOf(person.countryOfOrigin, origin),
    acrossPeriods: rowsAndTotalSuperset,
    items: ['countryOfOrigin'],
  }),
  oneRowPerPerson({
    id: 'T07_accessRoute',
    item: 7,
    yearlyOnly: false,
    population: 'new',
    rows: DIMENSIONS.accessRoute,
    rowOf: (person) => inList(person.accessRoute, DIMENSIONS.accessRoute.categories),
    acrossPeriods: sum,
  }),
  cellsOfActivePerson({
    id: 'T08_needs',
    item: 8,
    yearlyOnly: false,
    rows: DIMENSIONS.fieldOfAction,
    columns: null,
    cellsOf: (person) => inRows(person.needs.map((field) => inList(field, DIMENSIONS.fieldOfAction.categories))),
    // Needs have no history: a person's needs are the same in the year and in its quarters.
    acrossPeriods: rowsAndTotalSuperset,
    items: ['assessment'],
  }),
  cellsOfActivePerson({
    id: 'T09_goals',
    item: 9,
    yearlyOnly: true,
    rows: DIMENSIONS.fieldOfAction,
    columns: DIMENSIONS.goalOutcome,
    cellsOf(person, period) {
      const cells: [string, string][] = [];
      for (const goal of person.goals) {
        const field = inList(goal.field, DIMENSIONS.fieldOfAction.categories);
        if (within(goal.agreedOn, period)) cells.push([field, 'agreed']);
        if (goal.status === 'achieved' && within(goal.updatedOn, period)) cells.push([field, 'achieved']);
      }
      return cells;
    },
  }),
  cellsOfActivePerson({
    id: 'T10_referrals',
    item: 10,
    yearlyOnly: true,
    rows: DIMENSIONS.offerKind,
    columns: DIMENSIONS.referralResult,
    cellsOf: (person, period) =>
      person.referrals
        .filter((referral) => within(referral.referredOn, period))
        .map((referral) => [
          inList(referral.offerKind, OFFER_KINDS_2026) === OTHER ? 'other' : referral.offerKind,
          inList(referral.result, DIMENSIONS.referralResult.categories),
        ]),
  }),
  cellsOfActivePerson({
    id: 'T11_transitions',
    item: 11,
    yearlyOnly: true,
    rows: DIMENSIONS.transition,
    columns: null,
    cellsOf(person, period) {
      const closed = isClosed(person, period) ? person.closure?.whereabouts : undefined;
      const training =
        person.trainingStarts.some((date) => within(date, period)) || closed === 'vocationalTraining' || closed === 'entryQualification';
      return inRows([
        ...(training ? ['vocationalTraining'] : []),
        ...(closed === 'employment' ? ['employment'] : []),
        ...(closed === 'schoolOrCertificate' ? ['schoolCertificate'] : []),
        ...(closed === 'languageCourse' ? ['languageCourse'] : []),
      ]);
    },
  }),
  {
    id: 'T12_closures',
    item: 12,
    yearlyOnly: true,
    unit: 'persons',
    rows: fixed(DIMENSIONS.closureReason),
    columns: DIMENSIONS.whereabouts,
    rowsExclusive: true,
    columnsExclusive: true,
    // A closed case without a closure record (not made through the app) still counts: reason unknown.
    cellsOf: (person, { period }) =>
      closedIn(person, period)
        ? [
            person.closure
              ? [
                  inList(person.closure.reason, DIMENSIONS.closureReason.categories),
                  inList(person.closure.whereabouts, DIMENSIONS.whereabouts.categories),
                ]
              : [OTHER, 'unknown'],
          ]
        : [],
    relations: [
      { left: [total('T12_closures')], relation: 'equal', right: [CLOSED] },
      // T11 counts the same people as these whereabouts columns (transitions ⊇ whereabouts).
      { left: [ref('T12_closures', TOTAL, 'employment')], relation: 'equal', right: [ref('T11_transitions', 'employment')] },
      {
        left: [ref('T12_closures', TOTAL, 'schoolOrCertificate')],
        relation: 'equal',
        right: [ref('T11_transitions', 'schoolCertificate')],
      },
      { left: [ref('T12_closures', TOTAL, 'languageCourse')], relation: 'equal', right: [ref('T11_transitions', 'languageCourse')] },
      {
        left: [ref('T12_closures', TOTAL, 'vocationalTraining'), ref('T12_closures', TOTAL, 'entryQualification')],
        relation: 'atMost',
        right: [ref('T11_transitions', 'vocationalTraining')],
      },
    ],
    items: ['closure'],
  },
  oneRowPerPerson({
    id: 'T13a_caseDuration',
    item: 13,
    yearlyOnly: true,
    population: 'closed',
    rows: DIMENSIONS.durationBand,
    rowOf: (person) => (person.closedOn ? durationBandOf(person.intakeDate, person.closedOn) : null),
  }),
  oneRowPerPerson({
    id: 'T13b_contacts',
    item: 13,
    yearlyOnly: false,
    population: 'active',
    rows: DIMENSIONS.contactBand,
    rowOf: (person) => contactBandOf(person.contactsInPeriod),
    acrossPeriods: totalSuperset,
  }),
  oneRowPerPerson({
    id: 'T14a_benefitsAtIntake',
    item: 14,
    yearlyOnly: false,
    population: 'new',
    rows: DIMENSIONS.benefit,
    rowOf: benefitsRow,
    acrossPeriods: sum,
    items: ['benefits'],
  }),
  oneRowPerPerson({
    id: 'T14b_benefitsAtClosure',
    item: 14,
    yearlyOnly: true,
    population: 'closed',
    rows: DIMENSIONS.benefit,
    rowOf: benefitsRow,
    items: ['benefits'],
  }),
];
