import { DEADLINE_RULES_VERSION, deriveDeadlines, type DeadlineSettings } from '@shared/deadlines/rules';
import type { VaultDatabase } from '../kernel/db/database';
import type { Session } from '../session/session';
import { readDerivationInput, readRulesVersion, syncDerivedDeadlines, writeRulesVersion } from './repository';

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

/**
 * After an update that changed the rules, every open case is derived again once, at the first
 * unlock: otherwise a vault would keep deadlines of the old rules until each case is touched.
 */
export function refreshDerivedDeadlines(session: Session): void {
  if (readRulesVersion(session.db) >= DEADLINE_RULES_VERSION) return;
  session.transaction((db) => {
    const cases = rederiveAllDeadlines(db, session.settings.deadlines, session.at());
    writeRulesVersion(db, DEADLINE_RULES_VERSION);
    if (cases > 0) session.record('deadlines.rederive', { details: { cases, rulesVersion: DEADLINE_RULES_VERSION } });
  });
}
