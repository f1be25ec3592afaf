import { useCallback, useEffect, useState } from 'react';
import { FIRST_SCREEN_ROWS } from '@shared/cases/contract';
import type { CaseSummary } from '@shared/cases/domain';
import type { Loaded } from '../../kernel/session';
import { useSession } from '../../kernel/session';

export const CASES_LOADED_MARK = 'fallbuch.cases.loaded';

/**
 * Every case the user may see, closed ones included (the open/closed filter works on the client,
 * so switching it costs no round trip). The first screen comes first: the first open cases in code
 * order arrive in a few milliseconds whatever the office's size and are shown until the whole list
 * is there (`isComplete`). `reload` fetches again, e.g. after "Erneut versuchen".
 */
export function useCaseSummaries(): { summaries: Loaded<CaseSummary[]>; isComplete: boolean; reload: () => void } {
  const { call } = useSession();
  const [summaries, setSummaries] = useState<Loaded<CaseSummary[]>>({ state: 'loading' });
  const [isComplete, setComplete] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    // One after the other: the first screen's answer never waits behind the whole list's work.
    void call((api) => api.cases.list({ first: FIRST_SCREEN_ROWS }))
      .then((first) => {
        // Nothing to show yet (or a failure): the whole list decides what the page says.
        if (!isCurrent || !first.ok || first.value.length === 0) return;
        setSummaries({ state: 'ready', value: first.value });
      })
      .then(() => (isCurrent ? call((api) => api.cases.list({ includeClosed: true })) : null))
      .then((result) => {
        if (!isCurrent || !result) return;
        // User Timing (stays in this window): the renderer bench measures the list's render from here.
        performance.clearMarks(CASES_LOADED_MARK);
        performance.mark(CASES_LOADED_MARK);
        setComplete(true);
        setSummaries(result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error });
      });
    return () => {
      isCurrent = false;
    };
  }, [call, attempt]);
  const reload = useCallback(() => {
    setSummaries({ state: 'loading' });
    setComplete(false);
    setAttempt((value) => value + 1);
  }, []);
  return { summaries, isComplete, reload };
}
