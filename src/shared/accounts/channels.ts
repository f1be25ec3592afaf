/** The channels of the feature "accounts" (plain strings: the preload bundle reads them). */
export const ACCOUNTS_CHANNELS = [
  'accounts:list',
  'accounts:create',
  'accounts:disable',
  'accounts:enable',
  'accounts:resetAccess',
  'accounts:cases',
  'accounts:assignCases',
  'accounts:handOver',
] as const;
