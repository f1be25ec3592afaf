import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '@shared/ipc/contract';
import { useSession } from '../session';
import type { Loaded } from '../cases/list/useCaseSummaries';

export type DeadlineScope = 'mine' | 'all';
type DeadlineList = ChannelOutput<'deadlines:list'>;

/** The open deadlines for the scope; `reload` after marking one done or dismissed. */
export function useDeadlines(scope: DeadlineScope): { deadlines: Loaded<DeadlineList>; reload: () => void } {
  const { call } = useSession();
  const [deadlines, setDeadlines] = useState<Loaded<DeadlineList>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    void call((api) => api.deadlines.list({ scope })).then((result) => {
      if (!isCurrent) return;
      setDeadlines(result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error });
    });
    return () => {
      isCurrent = false;
    };
  }, [call, scope, attempt]);
  // Keeps the current list on screen while the new one loads, so nothing jumps after "Erledigt".
  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  return { deadlines, reload };
}
