import { daysBetween } from '../kernel/dates';
import { fieldOfOffer, inList, isActive, one, unique, within } from './classify';
import { DIMENSIONS, SINGLE_COLUMN } from './dimensions';
import type { StatPartner, StatPerson } from './population';
import { TOTAL, ref, type TableContext, type TableDefinition } from './tableDefinition';

/**
 * Item 16, the Bedarfs- und Angebotsanalyse (catalogue 2026.2): per Handlungsfeld the persons with
 * a need, referred, taking the offer up, completing it or breaking it off; how long it took from the
 * referral to the start; and how many partners of the directory serve the field. Referrals are
 * counted in the field their kind of offer serves. The gap view is derived from these published
 * figures (gaps.ts), so it tells nothing the tables do not.
 */
const fields = () => DIMENSIONS.fieldOfAction;
const fieldOf = (offerKind: string) => inList(fieldOfOffer(offerKind), DIMENSIONS.fieldOfAction.categories);
const active = (person: StatPerson, { period }: TableContext) => isActive(person, period);

export const ANALYSIS_TABLES: readonly TableDefinition<StatPerson>[] = [
  {
    id: 'T16a_needsAndReferrals',
    item: 16,
    yearlyOnly: true,
    unit: 'persons',
    rows: fields,
    columns: DIMENSIONS.analysisMeasure,
    rowsExclusive: false,
    columnsExclusive: false,
    cellsOf(person, { period }) {
      if (!isActive(person, period)) return [];
      const cells: [string, string][] = person.needs.map((field) => [inList(field, DIMENSIONS.fieldOfAction.categories), 'need']);
      for (const referral of person.referrals) {
        if (!within(referral.referredOn, period)) continue;
        const field = fieldOf(referral.offerKind);
        cells.push([field, 'referred']);
        if (referral.result === 'accepted' || referral.result === 'completed') cells.push([field, 'takenUp']);
        if (referral.result === 'completed') cells.push([field, 'completed']);
        if (referral.result === 'discontinued') cells.push([field, 'brokenOff']);
      }
      return unique(cells);
    },
    population: active,
    relations: [
      { left: [ref('T16a_needsAndReferrals', TOTAL, 'need')], relation: 'equal', right: [ref('T08_needs', TOTAL, TOTAL)] },
      { left: [ref('T16a_needsAndReferrals', TOTAL, 'referred')], relation: 'equal', right: [ref('T10_referrals', TOTAL, TOTAL)] },
      { left: [ref('T16a_needsAndReferrals', TOTAL, 'completed')], relation: 'equal', right: [ref('T10_referrals', TOTAL, 'completed')] },
      {
        left: [ref('T16a_needsAndReferrals', TOTAL, 'brokenOff')],
        relation: 'equal',
        right: [ref('T10_referrals', TOTAL, 'discontinued')],
      },
      { left: [ref('T10_referrals', TOTAL, 'accepted')], relation: 'atMost', right: [ref('T16a_needsAndReferrals', TOTAL, 'takenUp')] },
      { left: [ref('T10_referrals', TOTAL, 'completed')], relation: 'atMost', right: [ref('T16a_needsAndReferrals', TOTAL, 'takenUp')] },
    ],
    items: ['assessment'],
  },
  {
    id: 'T16b_referralStart',
    item: 16,
    yearlyOnly: true,
    unit: 'persons',
    rows: fields,
    columns: null,
    rowsExclusive: false,
    columnsExclusive: true,
    cellsOf: (person, { period }) =>
      isActive(person, period)
        ? unique(
            person.referrals
              .filter((referral) => within(referral.referredOn, period) && referral.startedOn)
              .map((referral) => [fieldOf(referral.offerKind), SINGLE_COLUMN]),
          )
        : [],
    population: active,
    relations: [
      {
        left: [ref('T16b_referralStart', TOTAL, TOTAL)],
        relation: 'atMost',
        right: [ref('T16a_needsAndReferrals', TOTAL, 'referred')],
      },
    ],
    items: ['referralStart'],
    // Days from each started referral to its start, in the field of its offer.
    measure: {
      code: 'medianDays',
      valuesOf: (person, { period }) =>
        isActive(person, period)
          ? person.referrals.flatMap((referral) =>
              within(referral.referredOn, period) && referral.startedOn
                ? [[fieldOf(referral.offerKind), Math.max(0, daysBetween(referral.referredOn, referral.startedOn))] as [string, number]]
                : [],
            )
          : [],
    },
  },
];

export const PARTNER_TABLES: readonly TableDefinition<StatPartner>[] = [
  {
    id: 'T16c_partners',
    item: 16,
    yearlyOnly: true,
    unit: 'partners',
    rows: () => DIMENSIONS.fieldOfActionOffered,
    columns: null,
    rowsExclusive: false,
    columnsExclusive: true,
    // Fields outside the list (offers of kind „other“) are not counted: the rows are the fields themselves.
    cellsOf: (partner) =>
      unique(partner.fields.filter((field) => DIMENSIONS.fieldOfAction.categories.includes(field)).map((field) => one(field)[0]!)),
    population: () => true,
  },
];
