import { VAULT_CHANNELS } from '../vault/channels';
import { SETTINGS_CHANNELS } from '../settings/channels';
import { CASES_CHANNELS } from '../cases/channels';
import { JOURNAL_CHANNELS } from '../journal/channels';
import { DEADLINES_CHANNELS } from '../deadlines/channels';
import { PLANNING_CHANNELS } from '../planning/channels';
import { ACCOUNTS_CHANNELS } from '../accounts/channels';
import { AUDIT_CHANNELS } from '../audit/channels';
import { STATS_CHANNELS } from '../stats/channels';
import { PRIVACY_CHANNELS } from '../privacy/channels';
import { BACKUP_CHANNELS } from '../backup/channels';
import { DOCUMENTS_CHANNELS } from '../documents/channels';
import { IMPORT_CHANNELS } from '../import/channels';
import { POLICY_CHANNELS } from '../policy/channels';
import { EXIT_CHANNELS } from '../exit/channels';
import { HOME_CHANNELS } from '../home/channels';
import { TRAINING_CHANNELS } from '../training/channels';
import { PAPERS_CHANNELS } from '../papers/channels';
/**
 * Every channel of the core, as plain strings, from each feature's `channels.ts`. These files import
 * nothing at run time, so that the preload
 * bundle (which builds `window.fallbuch` from it) stays free of zod and everything else.
 * `contract.ts` must name exactly these channels; the compiler checks it.
 */
export const CHANNELS = [
  ...VAULT_CHANNELS,
  ...SETTINGS_CHANNELS,
  ...CASES_CHANNELS,
  ...JOURNAL_CHANNELS,
  ...DEADLINES_CHANNELS,
  ...PLANNING_CHANNELS,
  ...ACCOUNTS_CHANNELS,
  ...AUDIT_CHANNELS,
  ...STATS_CHANNELS,
  ...PRIVACY_CHANNELS,
  ...BACKUP_CHANNELS,
  ...DOCUMENTS_CHANNELS,
  ...IMPORT_CHANNELS,
  ...POLICY_CHANNELS,
  ...EXIT_CHANNELS,
  ...HOME_CHANNELS,
  ...TRAINING_CHANNELS,
  ...PAPERS_CHANNELS,
] as const;

export type ChannelName = (typeof CHANNELS)[number];

type AreaOf<C extends string> = C extends `${infer A}:${string}` ? A : never;
type VerbOf<C extends string> = C extends `${string}:${infer V}` ? V : never;
export type Area = AreaOf<ChannelName>;
export type ChannelsOf<A extends Area> = Extract<ChannelName, `${A}:${string}`>;
export type { AreaOf, VerbOf };
