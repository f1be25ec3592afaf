/** The channels of the feature "cases" (plain strings: the preload bundle reads them). */
export const CASES_CHANNELS = [
  'cases:list',
  'cases:create',
  'cases:get',
  'cases:update',
  'status:add',
  'status:delete',
  'training:add',
  'training:delete',
  'search:query',
  'access:lookupCase',
] as const;
