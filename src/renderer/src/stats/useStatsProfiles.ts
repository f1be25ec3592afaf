import type { ChannelOutput } from '@shared/contract/contract';
import type { FallbuchApi } from '@shared/contract/api';
import { useCoreValue, type CoreValue } from '../kernel/session';

export type StatsSetup = ChannelOutput<'stats:profiles'>;
export type CatalogueTable = StatsSetup['catalogue']['tables'][number];

function readProfiles(api: FallbuchApi) {
  return api.stats.profiles();
}

/** Recipient profiles, the consent rule and the catalogue's table list, with a reload. */
export function useStatsProfiles(): CoreValue<StatsSetup> {
  return useCoreValue(readProfiles);
}
