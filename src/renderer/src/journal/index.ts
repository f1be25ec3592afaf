export { JournalEntryDialog } from './JournalEntryDialog';
export { JournalSection } from './JournalSection';
export { JournalNote } from './JournalNote';
export { isQuickEntryShortcut } from './shortcut';
export { journalDate } from './journalDate';
