/** The channels of the feature "stats" (plain strings: the preload bundle reads them). */
export const STATS_CHANNELS = [
  'stats:profiles',
  'stats:saveProfile',
  'stats:deleteProfile',
  'stats:saveSettings',
  'stats:preview',
  'stats:export',
  'stats:history',
  'stats:combine',
  'stats:combineExport',
] as const;
