import type { IsoDate } from '../kernel/dates';

/**
 * What the statistics read about one counted case, loaded by the core in one pass. Dates are used
 * only to classify into the period and into bands; none of them is ever part of an export.
 */
export interface StatStatus {
  status: string;
  validFrom: IsoDate | null;
  workPermission: string | null;
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
  goals: { field: string; agreedOn: IsoDate | null; status: string; updatedOn: IsoDate }[];
  referrals: { offerKind: string; referredOn: IsoDate; result: string }[];
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

export interface StatPopulation {
  persons: StatPerson[];
  notes: StatNote[];
}
