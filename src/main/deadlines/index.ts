export { createDeadlinesHandlers } from './app';
export { rederiveAllDeadlines, refreshDerivedDeadlines, syncCaseDeadlines } from './sync';
export { listCaseDeadlines, queryDashboard } from './repository';
// Bulk seeding of synthetic cases (training vaults).
export { insertOwnDeadline, syncDerivedDeadlines, writeRulesVersion } from './repository';
