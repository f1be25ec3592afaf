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
import { TOTAL, ref, type AcrossPeriods, type TableDefinition } from './tableDefinition';

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
      newIn(person, period) ? one(inList(statusAtIntake(person), DIMENSIONS.residenceStatus.categories)) : [],
    relations: [{ left: [total('T03a_statusAtIntake')], relation: 'equal', right: [NEW] }],
    acrossPeriods: sum,
    items: ['residenceStatus'],
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
      closedIn(person, period) ? one(inList(statusAtClosure(person), DIMENSIONS.residenceStatus.categories)) : [],
    relations: [{ left: [total('T03b_statusAtClosure')], relation: 'equal', right: [CLOSED] }],
    items: ['statusAtClosure'],
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
      if (!isActive(person, period)) return [];
      const cells: [string, string][] = [];
      for (let index = 1; index < person.statuses.length; index += 1) {
        const before = statusGroupOf(person.statuses[index - 1]!.status);
        const after = statusGroupOf(person.statuses[index]!.status);
        if (before !== after && within(person.statuses[index]!.validFrom, period)) cells.push([before, after]);
      }
      return unique(cells);
    },
    population: active,
    relations: [{ left: [total('T04_statusTransitions')], relation: 'atMost', right: [ACTIVE] }],
    items: ['residenceStatus'],
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
    relations: [{ left: [total('T05_workPermission')], relation: 'equal', right: [ACTIVE] }],
    acrossPeriods: totalSuperset,
    items: ['workPermission'],
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
    relations: [{ left: [total('T06_origin')], relation: 'equal', right: [ACTIVE] }],
    acrossPeriods: rowsAndTotalSuperset,
    items: ['countryOfOrigin'],
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
    cellsOf: (person, { period }) => (newIn(person, period) ? one(inList(person.accessRoute, DIMENSIONS.accessRoute.categories)) : []),
    relations: [{ left: [total('T07_accessRoute')], relation: 'equal', right: [NEW] }],
    acrossPeriods: sum,
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
    population: active,
    relations: [{ left: [total('T08_needs')], relation: 'atMost', right: [ACTIVE] }],
    // Needs have no history: a person's needs are the same in the year and in its quarters.
    acrossPeriods: rowsAndTotalSuperset,
    items: ['assessment'],
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
      if (!isActive(person, period)) return [];
      const cells: [string, string][] = [];
      for (const goal of person.goals) {
        const field = inList(goal.field, DIMENSIONS.fieldOfAction.categories);
        if (within(goal.agreedOn, period)) cells.push([field, 'agreed']);
        if (goal.status === 'achieved' && within(goal.updatedOn, period)) cells.push([field, 'achieved']);
      }
      return unique(cells);
    },
    population: active,
    relations: [{ left: [total('T09_goals')], relation: 'atMost', right: [ACTIVE] }],
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
      isActive(person, period)
        ? unique(
            person.referrals
              .filter((referral) => within(referral.referredOn, period))
              .map((referral) => [
                inList(referral.offerKind, OFFER_KINDS_2026) === OTHER ? 'other' : referral.offerKind,
                inList(referral.result, DIMENSIONS.referralResult.categories),
              ]),
          )
        : [],
    population: active,
    relations: [{ left: [total('T10_referrals')], relation: 'atMost', right: [ACTIVE] }],
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
      if (!isActive(person, period)) return [];
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
    population: active,
    relations: [{ left: [total('T11_transitions')], relation: 'atMost', right: [ACTIVE] }],
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
      closedIn(person, period) && person.closedOn ? one(durationBandOf(person.intakeDate, person.closedOn)) : [],
    relations: [{ left: [total('T13a_caseDuration')], relation: 'equal', right: [CLOSED] }],
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
    relations: [{ left: [total('T13b_contacts')], relation: 'equal', right: [ACTIVE] }],
    acrossPeriods: totalSuperset,
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
      newIn(person, period) ? one(inList(person.benefits ?? 'notRecorded', DIMENSIONS.benefit.categories)) : [],
    relations: [{ left: [total('T14a_benefitsAtIntake')], relation: 'equal', right: [NEW] }],
    acrossPeriods: sum,
    items: ['benefits'],
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
      closedIn(person, period) ? one(inList(person.benefits ?? 'notRecorded', DIMENSIONS.benefit.categories)) : [],
    relations: [{ left: [total('T14b_benefitsAtClosure')], relation: 'equal', right: [CLOSED] }],
    items: ['benefits'],
  },
];
