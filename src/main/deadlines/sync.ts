import { deriveDeadlines, type DeadlineSettings } from '@shared/deadlines/rules';
import type { VaultDatabase } from '../kernel/db/database';
import { readDerivationInput, syncDerivedDeadlines } from './repository';

/**
 * Keeps the stored derived deadlines equal to what the rules derive: for one case (after a status,
 * birthday or training start changed, or a closure) or for every open case (after the lead days
 * changed). A closed case has no open derived deadlines: they are removed on closure (done and
 * dismissed ones stay as history) and derived again on reopening. Returns how many cases were synced.
 */
function sync(db: VaultDatabase, caseId: string | null, settings: DeadlineSettings, at: string): number {
  const input = readDerivationInput(db, caseId);
  for (const row of input.cases) {
    const derived =
      row.closedOn !== null
        ? []
        : deriveDeadlines({
            birthDate: row.birthDate,
            statuses: input.statuses.get(row.id) ?? [],
            trainingStarts: input.trainingStarts.get(row.id) ?? [],
            settings,
          });
    syncDerivedDeadlines(db, row.id, derived, at);
  }
  return input.cases.length;
}

export function syncCaseDeadlines(db: VaultDatabase, caseId: string, settings: DeadlineSettings, at: string): void {
  sync(db, caseId, settings, at);
}

export function rederiveAllDeadlines(db: VaultDatabase, settings: DeadlineSettings, at: string): number {
  return sync(db, null, settings, at);
}
