import { useCallback, useEffect, useState } from 'react';
import type { Account } from '@shared/accounts/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useSession } from '../kernel/session';

/** The vault's accounts as the core lists them; `reload` after every change. */
export function useAccounts() {
  const { call } = useSession();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  const reload = useCallback(async () => {
    const result = await call((api) => api.accounts.list({}));
    if (result.ok) {
      setAccounts(result.value);
      setError(null);
    } else setError(result.error);
  }, [call]);

  useEffect(() => {
    let isCancelled = false;
    void call((api) => api.accounts.list({})).then((result) => {
      if (isCancelled) return;
      if (result.ok) setAccounts(result.value);
      else setError(result.error);
    });
    return () => {
      isCancelled = true;
    };
  }, [call]);

  return { accounts, error, reload };
}
