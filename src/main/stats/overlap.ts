import type { PublishedTable } from '@shared/stats/ckm';
import type { TrueTable } from '@shared/stats/tabulate';
import { differencingThreshold } from './differencing';
import { changedUnitsLowerBound, periodsOverlap, sameTables, storedTableOf, type Publication, type StoredTable } from './publications';

/**
 * Any two exports whose periods overlap (the same period again, a year and its quarters, a
 * Korrekturlieferung) must not single out the persons that differ between them (docs/statistics.md,
 * „Overlapping exports“). The difference of two releases of a table is a release of its own about
 * the persons who changed in it; it gets the protection every published row has: at least 10
 * persons (and at least k). A table of the new export is withheld when, against any earlier
 * publication of an overlapping period that contained it, between 1 and 9 persons changed — counted
 * on what the vault kept of that publication, not on a recomputation from today's data. Earlier
 * exports written before the vault kept their tables give no count: person tables are then withheld
 * too (never guessed). The case counts (T01, no person attribute) are never withheld.
 */
export interface Withholding {
  tableId: string;
  /** differencing: consecutive quarters; overlap: an overlapping publication; noStoredTables: one written before 0008; audit: the LP audit could not protect it. */
  reason: 'differencing' | 'overlap' | 'noStoredTables' | 'audit';
  /** The earlier period (code) the table was compared with. */
  period: string;
  /** Fewest persons that changed (lower bound), for the preview. */
  changed: number;
}

const NEVER_WITHHELD = 'T01_cases';

/** Fingerprints of a true table (values left empty): enough to count what changed. */
export function fingerprintsOf(table: TrueTable): StoredTable {
  const empty: PublishedTable = {
    table,
    cells: table.rows.map((row) => row.cells.map(() => null)),
    rowTotals: table.rows.map(() => null),
    columnTotals: table.columnTotals.map(() => null),
    grandTotal: null,
  };
  return storedTableOf(empty);
}

export function overlappingPublications(publications: readonly Publication[], periodCode: string): Publication[] {
  return publications.filter((publication) => periodsOverlap(publication.periodCode, periodCode));
}

/** Person tables to withhold from this export, compared with every earlier publication of an overlapping period. */
export function withholdAgainstPublications(
  tables: readonly TrueTable[],
  publications: readonly Publication[],
  periodCode: string,
  k: number,
): Map<string, Withholding> {
  const withheld = new Map<string, Withholding>();
  const threshold = differencingThreshold(k);
  const earlier = overlappingPublications(publications, periodCode);
  for (const table of tables) {
    if (table.meta.unit !== 'persons' || table.meta.id === NEVER_WITHHELD) continue;
    const now = fingerprintsOf(table);
    const partition = table.meta.rowsExclusive && table.meta.columnsExclusive;
    for (const publication of earlier) {
      if (publication.tables === null) {
        withheld.set(table.meta.id, { tableId: table.meta.id, reason: 'noStoredTables', period: publication.periodCode, changed: 0 });
        break;
      }
      const before = publication.tables.find((candidate) => candidate.tableId === table.meta.id);
      if (!before) continue;
      const changed = changedUnitsLowerBound(before, now, partition);
      if (changed > 0 && changed < threshold) {
        withheld.set(table.meta.id, { tableId: table.meta.id, reason: 'overlap', period: publication.periodCode, changed });
        break;
      }
    }
  }
  return withheld;
}

export type Delivery =
  | { kind: 'first'; revision: 0 }
  | { kind: 'repeat'; revision: number }
  | { kind: 'correction'; revision: number; corrects: Publication }
  | { kind: 'correctionRequired'; earlier: Publication }
  | { kind: 'nothingToCorrect' };

/**
 * A period already delivered to this recipient profile: the same tables again are a plain repeat;
 * anything else only as an explicit Korrekturlieferung (the next revision).
 */
export function deliveryOf(
  publications: readonly Publication[],
  profileId: string,
  periodCode: string,
  stored: readonly StoredTable[],
  correction: boolean,
): Delivery {
  const delivered = publications.filter((publication) => publication.profileId === profileId && publication.periodCode === periodCode);
  const latest = delivered.at(-1);
  if (!latest) return correction ? { kind: 'nothingToCorrect' } : { kind: 'first', revision: 0 };
  const revision = Math.max(...delivered.map((publication) => publication.revision));
  if (latest.tables !== null && sameTables(stored, latest.tables)) return { kind: 'repeat', revision: latest.revision };
  if (!correction) return { kind: 'correctionRequired', earlier: latest };
  return { kind: 'correction', revision: revision + 1, corrects: latest };
}
