import type { IsoDate } from '../kernel/dates';

/**
 * What the statistics read about one counted case, loaded by the core in one pass. Dates are used
 * only to classify into the period and into bands; none of them is ever part of an export.
 */
export interface StatStatus {
  status: string;
  validFrom: IsoDate | null;
  workPermission: string | null;
  /** Read for the plausibility checks only. */
  validUntil?: IsoDate | null;
}

export interface StatPerson {
  /** The Cell Key Method's per-person uint32 (never exported). */
  recordKey: number;
  /** Two independent 32-bit tags of the case id: identify contributor sets across exports. */
  tagA: number;
  tagB: number;
  gender: string;
  birthDate: IsoDate | null;
  countryOfOrigin: string | null;
  accessRoute: string;
  benefits: string | null;
  intakeDate: IsoDate;
  closedOn: IsoDate | null;
  /** Sorted by validFrom (unknown first). */
  statuses: StatStatus[];
  closure: { reason: string; whereabouts: string; statusAtClosure: string | null } | null;
  needs: string[];
  /** Whether any Handlungsfeld was assessed (with or without a need): data quality only. */
  assessed?: boolean;
  goals: { field: string; agreedOn: IsoDate | null; status: string; updatedOn: IsoDate }[];
  /** `startedOn`: when the offer began (catalogue 2026.2, median days from referral to start). */
  referrals: { offerKind: string; referredOn: IsoDate; result: string; startedOn?: IsoDate | null }[];
  trainingStarts: IsoDate[];
  /** Contacts (journal entries other than case conferences and file notes) inside the period. */
  contactsInPeriod: number;
}

/** A structural note is counted as a unit of its own (item 15); it has no person behind it. */
export interface StatNote {
  recordKey: number;
  tagA: number;
  tagB: number;
  field: string;
  kind: string;
  observedOn: IsoDate;
}

/**
 * A partner organisation of the directory (Bedarfs- und Angebotsanalyse): the Handlungsfelder it
 * serves, as seen from the offer kinds of the referrals it took up to the period's end.
 */
export interface StatPartner {
  recordKey: number;
  tagA: number;
  tagB: number;
  fields: string[];
}

export interface StatPopulation {
  persons: StatPerson[];
  notes: StatNote[];
  /** Active partners of the directory (absent in populations built before catalogue 2026.2). */
  partners?: StatPartner[];
}
