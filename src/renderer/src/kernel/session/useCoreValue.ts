import { useCallback, useEffect, useRef, useState } from 'react';
import type { FallbuchApi } from '@shared/contract/api';
import type { AppErrorData, Result } from '@shared/kernel/result';
import { useSession } from './SessionProvider';

export interface CoreValue<T> {
  /** The last value the core sent; null until the first answer. It stays while reading again. */
  value: T | null;
  /** The error of the last read; cleared by the next successful one. */
  error: AppErrorData | null;
  /** Reads again (after a change the screen made). */
  reload: () => Promise<void>;
  /** Takes a value the core sent with another answer (a save returns the stored state). */
  setValue: (value: T) => void;
}

/**
 * A value a screen reads from the core when it opens and again on `reload`. Only the newest read
 * counts: an older answer arriving late, or one for a screen already closed, changes nothing.
 * `read` must keep its identity between renders (useCallback) unless the screen wants a new read.
 */
export function useCoreValue<T>(read: (api: FallbuchApi) => Promise<Result<T>>): CoreValue<T> {
  const { call } = useSession();
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    latest.current += 1;
    const request = latest.current;
    const result = await call(read);
    if (request !== latest.current) return;
    if (result.ok) {
      setValue(result.value);
      setError(null);
    } else setError(result.error);
  }, [call, read]);

  useEffect(() => {
    void reload();
    return () => {
      latest.current += 1;
    };
  }, [reload]);

  return { value, error, reload, setValue };
}
