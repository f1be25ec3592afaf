/** The channels of the feature "deadlines" (plain strings: the preload bundle reads them). */
export const DEADLINES_CHANNELS = ['deadlines:list', 'deadlines:add', 'deadlines:resolve'] as const;
