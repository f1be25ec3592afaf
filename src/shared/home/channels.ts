/** The channels of the feature "home" (plain strings: the preload bundle reads them). */
export const HOME_CHANNELS = ['home:today'] as const;
