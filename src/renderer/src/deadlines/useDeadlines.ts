import { useCallback, useEffect, useState } from 'react';
import type { DashboardBucket } from '@shared/deadlines/domain';
import type { ChannelOutput } from '@shared/contract/contract';
import { useSession } from '../kernel/session';
import type { Loaded } from '../kernel/session';

export type DeadlineScope = 'mine' | 'all';
export type DeadlineLimits = Partial<Record<DashboardBucket, number>>;
type DeadlineList = ChannelOutput<'deadlines:list'>;

/**
 * The dashboard's deadlines for the scope, at most `limits[bucket]` per group (the core caps and
 * counts them, so thousands of cases stay a small answer); `reload` after marking one done.
 */
export function useDeadlines(scope: DeadlineScope, limits: DeadlineLimits): { deadlines: Loaded<DeadlineList>; reload: () => void } {
  const { call } = useSession();
  const [deadlines, setDeadlines] = useState<Loaded<DeadlineList>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const { overdue, thisWeek, next30Days } = limits;
  useEffect(() => {
    let isCurrent = true;
    void call((api) => api.deadlines.list({ scope, limits: { overdue, thisWeek, next30Days } })).then((result) => {
      if (!isCurrent) return;
      setDeadlines(result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error });
    });
    return () => {
      isCurrent = false;
    };
  }, [call, scope, overdue, thisWeek, next30Days, attempt]);
  // Keeps the current list on screen while the new one loads, so nothing jumps after "Erledigt".
  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  return { deadlines, reload };
}
