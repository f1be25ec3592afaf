export { createJournalHandlers } from './app';
export { listJournal } from './repository';
// Bulk seeding of synthetic cases (training vaults).
export { insertJournalEntry } from './repository';
