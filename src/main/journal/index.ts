export { createJournalHandlers } from './app';
export { listJournal } from './repository';
/** For papers: the journal entry „… erstellt für …“ (in the caller's transaction when there is one). */
export { addJournalEntry } from './service';
