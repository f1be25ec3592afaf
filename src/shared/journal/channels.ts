/** The channels of the feature "journal" (plain strings: the preload bundle reads them). */
export const JOURNAL_CHANNELS = ['journal:add', 'journal:update', 'journal:delete'] as const;
