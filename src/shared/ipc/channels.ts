/**
 * Every channel of the core, as plain strings. This file has no runtime imports so that the preload
 * bundle (which builds `window.fallbuch` from it) stays free of zod and everything else.
 * `contract.ts` must name exactly these channels; the compiler checks it.
 */
export const CHANNELS = [
  'app:info',
  'app:setLanguage',
  'vault:status',
  'vault:setup',
  'vault:suggestLocation',
  'vault:chooseFolder',
  'vault:unlock',
  'vault:unlockWithRecoveryKey',
  'vault:lock',
  'vault:changePassphrase',
  'session:touch',
  'settings:get',
  'settings:update',
  // case notebook (issue 3)
  'cases:list',
  'cases:create',
  'cases:get',
  'cases:update',
  'status:add',
  'status:delete',
  'training:add',
  'training:delete',
  'deadlines:list',
  'deadlines:add',
  'deadlines:resolve',
  'journal:add',
  'journal:update',
  'journal:delete',
  'search:query',
  'plan:get',
  'plan:saveAssessment',
  'plan:deleteAssessment',
  'plan:addGoal',
  'plan:updateGoal',
  'plan:deleteGoal',
  'plan:addReferral',
  'plan:updateReferral',
  'plan:deleteReferral',
  'partners:list',
  'partners:add',
  'partners:update',
  'partners:archive',
  'closure:close',
  'closure:reopen',
  'closure:list',
  'structuralNotes:list',
  'structuralNotes:add',
  'structuralNotes:delete',
  'prefs:get',
  'prefs:set',
  // accounts, access log, audit (issue 4)
  'accounts:list',
  'accounts:create',
  'accounts:disable',
  'accounts:enable',
  'accounts:resetAccess',
  'accounts:cases',
  'accounts:assignCases',
  'accounts:handOver',
  'audit:list',
  'audit:facets',
  'audit:verify',
  'audit:saveCheckpoint',
  'audit:verifyCheckpoint',
  'audit:export',
  'audit:retention',
  'audit:setRetention',
  'audit:archive',
  'access:lookupCase',
  // statistics (issue 5)
  'stats:profiles',
  'stats:saveProfile',
  'stats:deleteProfile',
  'stats:saveSettings',
  'stats:preview',
  'stats:export',
  'stats:history',
  'stats:combine',
  'stats:combineExport',
  // consent, rights, retention, backups (issue 6)
] as const;

export type ChannelName = (typeof CHANNELS)[number];

type AreaOf<C extends string> = C extends `${infer A}:${string}` ? A : never;
type VerbOf<C extends string> = C extends `${string}:${infer V}` ? V : never;
export type Area = AreaOf<ChannelName>;
export type ChannelsOf<A extends Area> = Extract<ChannelName, `${A}:${string}`>;
export type { AreaOf, VerbOf };
