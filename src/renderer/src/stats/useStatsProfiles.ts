import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '@shared/contract/contract';
import type { AppErrorData } from '@shared/kernel/result';
import { useSession } from '../kernel/session';

export type StatsSetup = ChannelOutput<'stats:profiles'>;
export type CatalogueTable = StatsSetup['catalogue']['tables'][number];

/** Recipient profiles, the consent rule and the catalogue's table list, with a reload. */
export function useStatsProfiles(): { setup: StatsSetup | null; error: AppErrorData | null; reload: () => Promise<void> } {
  const { call } = useSession();
  const [setup, setSetup] = useState<StatsSetup | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const reload = useCallback(async () => {
    const result = await call((api) => api.stats.profiles());
    if (result.ok) {
      setSetup(result.value);
      setError(null);
    } else setError(result.error);
  }, [call]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { setup, error, reload };
}
