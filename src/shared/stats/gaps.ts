import { OTHER } from './dimensions';
import type { ExportTable, Gap } from './documentSchema';

/**
 * The gap view of the Bedarfs- und Angebotsanalyse: Handlungsfelder with needs but few or no offers,
 * little uptake or long waits. It is computed from the published figures only (the same for the
 * preview, every file and a combined report), so it reveals nothing the tables do not.
 */
export const GAP_RULES = {
  /** A field is looked at only with at least this many persons with a need (published value). */
  minNeed: 10,
  /** Partners of the directory serving the field: this many or fewer (or withheld) is „few“. */
  fewOffers: 3,
  /** Share of persons with a need who were referred in the field. */
  fewReferrals: 0.25,
  /** Share of referred persons who took the offer up (with at least `minReferred` referred). */
  lowUptake: 0.5,
  minReferred: 3,
  /** Median days from referral to start. */
  longWait: 42,
  /** Structural notes of kind gap or waiting time. */
  reportedNotes: 3,
} as const;

export const GAP_REASONS = ['fewOffers', 'fewReferrals', 'lowUptake', 'longWait', 'reportedGaps'] as const;

function value(table: ExportTable | undefined, row: string, column: string): number | null | undefined {
  const found = table?.rows.find((candidate) => candidate.code === row);
  if (!table || !found) return undefined;
  const index = table.columns.findIndex((candidate) => candidate.code === column);
  return index < 0 ? undefined : table.columns.length === 1 ? found.total : found.values[index];
}

export function gapsOf(tables: readonly ExportTable[]): Gap[] {
  const byId = (id: string) => tables.find((table) => table.id === id);
  const analysis = byId('T16a_needsAndReferrals');
  if (!analysis) return [];
  const starts = byId('T16b_referralStart');
  const partners = byId('T16c_partners');
  const notes = byId('T15_structuralNotes');
  const gaps: Gap[] = [];
  for (const row of analysis.rows) {
    if (row.code === OTHER) continue;
    const need = value(analysis, row.code, 'need');
    if (need === null || need === undefined || need < GAP_RULES.minNeed) continue;
    const referred = value(analysis, row.code, 'referred') ?? null;
    const takenUp = value(analysis, row.code, 'takenUp') ?? null;
    const offers = partners ? value(partners, row.code, 'count') : undefined;
    const median = starts?.rows.find((candidate) => candidate.code === row.code)?.measure ?? null;
    const reported = (value(notes, row.code, 'gap') ?? 0) + (value(notes, row.code, 'waitingTime') ?? 0);
    const reasons: string[] = [];
    if (partners && (offers === undefined || offers === null || offers <= GAP_RULES.fewOffers)) reasons.push('fewOffers');
    if (referred !== null && referred / need < GAP_RULES.fewReferrals) reasons.push('fewReferrals');
    if (referred !== null && takenUp !== null && referred >= GAP_RULES.minReferred && takenUp / referred < GAP_RULES.lowUptake)
      reasons.push('lowUptake');
    if (median !== null && median >= GAP_RULES.longWait) reasons.push('longWait');
    if (reported >= GAP_RULES.reportedNotes) reasons.push('reportedGaps');
    if (reasons.length > 0) gaps.push({ code: row.code, label: row.label, labelEn: row.labelEn, reasons });
  }
  return gaps;
}
