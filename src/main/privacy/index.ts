export { createPrivacyHandlers } from './app';
// The import's undo erases the cases of a batch as Art. 17 erasure does (rows, full-text index, freed pages).
export { deletePeopleRows, personTables, scrubFreedPages } from './repository';
export { findRelease } from './consentService';
