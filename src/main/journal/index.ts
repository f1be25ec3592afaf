export { createJournalHandlers } from './app';
export { listJournal } from './repository';
export { addJournalEntry, deleteJournalEntry } from './service';
// Bulk seeding of synthetic cases (training vaults).
export { insertJournalEntry } from './repository';
