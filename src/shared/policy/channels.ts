/** The channels of the feature "policy" (plain strings: the preload bundle reads them). */
export const POLICY_CHANNELS = ['policy:get'] as const;
