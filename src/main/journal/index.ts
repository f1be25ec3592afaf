export { createJournalHandlers } from './app';
export { listJournal } from './repository';
export { addJournalEntry, deleteJournalEntry } from './service';
