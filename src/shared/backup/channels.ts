/** The channels of the feature "backup" (plain strings: the preload bundle reads them). */
export const BACKUP_CHANNELS = [
  'backup:status',
  'backup:setReminder',
  'backup:create',
  'backup:inspect',
  'backup:restore',
  'backup:chooseFresh',
  'backup:restoreFresh',
  'recovery:regenerate',
] as const;
