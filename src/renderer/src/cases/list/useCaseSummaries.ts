import { useCallback, useEffect, useState } from 'react';
import type { CaseSummary } from '@shared/cases/domain';
import type { Loaded } from '../../kernel/session';
import { useSession } from '../../kernel/session';

export const CASES_LOADED_MARK = 'fallbuch.cases.loaded';

/**
 * Every case the user may see, closed ones included (the open/closed filter works on the client,
 * so switching it costs no round trip). `reload` fetches again, e.g. after "Erneut versuchen".
 */
export function useCaseSummaries(): { summaries: Loaded<CaseSummary[]>; reload: () => void } {
  const { call } = useSession();
  const [summaries, setSummaries] = useState<Loaded<CaseSummary[]>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    void call((api) => api.cases.list({ includeClosed: true })).then((result) => {
      if (!isCurrent) return;
      // User Timing (stays in this window): the renderer bench measures the list's render from here.
      performance.clearMarks(CASES_LOADED_MARK);
      performance.mark(CASES_LOADED_MARK);
      setSummaries(result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error });
    });
    return () => {
      isCurrent = false;
    };
  }, [call, attempt]);
  const reload = useCallback(() => {
    setSummaries({ state: 'loading' });
    setAttempt((value) => value + 1);
  }, []);
  return { summaries, reload };
}
