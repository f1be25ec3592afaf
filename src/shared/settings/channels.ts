/** The channels of the feature "settings" (plain strings: the preload bundle reads them). */
export const SETTINGS_CHANNELS = ['settings:get', 'settings:update', 'prefs:get', 'prefs:set'] as const;
