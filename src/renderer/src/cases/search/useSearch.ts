import { useEffect, useState } from 'react';
import type { SearchHit } from '@shared/cases/domain';
import { useSession } from '../../kernel/session';
import type { Loaded } from '../../kernel/session';

/** Runs one full-text search; an empty query asks nothing of the core. */
export function useSearch(query: string): Loaded<SearchHit[]> {
  const { call } = useSession();
  const [hits, setHits] = useState<Loaded<SearchHit[]>>(query ? { state: 'loading' } : { state: 'ready', value: [] });
  useEffect(() => {
    if (!query) return;
    let isCurrent = true;
    void call((api) => api.search.query({ text: query })).then((result) => {
      if (isCurrent) setHits(result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error });
    });
    return () => {
      isCurrent = false;
    };
  }, [call, query]);
  return hits;
}
