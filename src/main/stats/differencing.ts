import type { TableContext, TableDefinition } from '@shared/stats/catalogue';
import { periodBounds, type Period } from '@shared/stats/period';
import type { StatPerson } from '@shared/stats/population';
import { MIN_ROW_MARGIN } from '@shared/stats/tabulate';

/**
 * Guard against differencing between quarters (docs/statistics.md, "Differencing between quarters").
 *
 * Two quarterly releases of a table whose populations differ by one person give that person away:
 * every position without the person is the same in both (exactly under suppression, and under the
 * Cell Key Method because the same contributors get the same noise), so the positions that changed
 * are the person's. The difference of two releases is treated like a release of its own about the
 * persons who changed, and gets the protection every published row has: at least 10 persons (and at
 * least k). If between an exported earlier quarter (back to the last quarter of the previous year)
 * and this one fewer units changed their cells in a table, the table is withheld from this quarter's export;
 * the recipient keeps the earlier release, which is off by fewer than that many persons.
 */

/**
 * Tables whose earlier-quarter cells cannot be recomputed from the loaded data: contacts are counted
 * for the exported period only and needs have no history. Only entries and exits are seen for them,
 * a lower bound of the change, so "no change seen" is not trusted either.
 */
const LOWER_BOUND_ONLY: ReadonlySet<string> = new Set(['T08_needs', 'T13b_contacts']);

/** Fewest changed units for which two releases of a table may both be published. */
export function differencingThreshold(k: number): number {
  return Math.max(k, MIN_ROW_MARGIN);
}

/** Earlier quarters compared with this one: back to Q4 of the previous year. */
export function earlierQuarters(period: Period): Period[] {
  if (period.quarter === null) return [];
  const quarters: Period[] = [{ year: period.year - 1, quarter: 4 }];
  for (let quarter = 1; quarter < period.quarter; quarter += 1) quarters.push({ year: period.year, quarter: quarter as 1 | 2 | 3 });
  return quarters;
}

/** Only releases that exist can be differenced; later quarters are not loaded (export in order). */
export function comparedQuarters(period: Period, exported: readonly Period[]): Period[] {
  return earlierQuarters(period).filter((quarter) =>
    exported.some((other) => other.year === quarter.year && other.quarter === quarter.quarter),
  );
}

/** Quarters among period codes such as `2026-Q1` (yearly codes are left out). */
export function quartersOf(codes: readonly string[]): Period[] {
  return codes.flatMap((code) => {
    const match = /^(\d{4})-Q([1-4])$/.exec(code);
    return match ? [{ year: Number(match[1]), quarter: Number(match[2]) as 1 | 2 | 3 | 4 }] : [];
  });
}

/** First day the loaded population must cover so that earlier quarters can be compared. */
export function comparedFrom(period: Period): string {
  return period.quarter === null ? `${period.year}-01-01` : `${period.year - 1}-10-01`;
}

const placementKey = (cells: [string, string][]): string =>
  cells
    .map(([row, column]) => `${row}\u0000${column}`)
    .sort()
    .join('\u0001');

/**
 * Person tables of a quarterly export to withhold, with the smallest change that triggered each,
 * compared with the earlier quarters that were exported.
 * The fixed case counts (T01, no person attribute) and yearly tables are never compared.
 */
export function tablesToWithhold(
  definitions: readonly TableDefinition<StatPerson>[],
  persons: readonly StatPerson[],
  period: Period,
  exported: readonly Period[],
  context: TableContext,
  k: number,
): Map<string, number> {
  const withheld = new Map<string, number>();
  const earlier = comparedQuarters(period, exported).map((quarter) => ({ ...context, period: periodBounds(quarter) }));
  if (earlier.length === 0) return withheld;
  const threshold = differencingThreshold(k);
  for (const definition of definitions) {
    if (definition.yearlyOnly || definition.id === 'T01_cases') continue;
    const now = persons.map((person) => placementKey(definition.cellsOf(person, context)));
    for (const before of earlier) {
      let changed = 0;
      persons.forEach((person, index) => {
        if (placementKey(definition.cellsOf(person, before)) !== now[index]) changed += 1;
      });
      const tooFew = changed < threshold && (changed > 0 || LOWER_BOUND_ONLY.has(definition.id));
      if (tooFew) withheld.set(definition.id, Math.min(changed, withheld.get(definition.id) ?? changed));
    }
  }
  return withheld;
}
