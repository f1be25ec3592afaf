export { createJournalHandlers } from './app';
export { listJournal } from './repository';
