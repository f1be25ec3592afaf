import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { FallbuchApi } from '@shared/contract/api';
import type { SessionInfo } from '@shared/vault/contract';
import type { Result } from '@shared/kernel/result';
import { callCore } from '../bridge';

export type LockReason = 'start' | 'manual' | 'auto';

export interface Session {
  info: SessionInfo;
  /** Locks the vault and leaves the signed-in screens. */
  lock: () => Promise<void>;
  /**
   * Calls the core for a signed-in screen. A LOCKED answer means the core has locked itself (auto
   * lock): the app goes to the unlock screen at once and drops everything it held.
   */
  call: <T>(run: (api: FallbuchApi) => Promise<Result<T>>) => Promise<Result<T>>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({
  info,
  onLocked,
  children,
}: {
  info: SessionInfo;
  onLocked: (reason: LockReason) => void;
  children: ReactNode;
}) {
  const call = useCallback(
    async <T,>(run: (api: FallbuchApi) => Promise<Result<T>>): Promise<Result<T>> => {
      const result = await callCore(run);
      if (!result.ok && result.error.code === 'LOCKED') onLocked('auto');
      return result;
    },
    [onLocked],
  );

  const lock = useCallback(async () => {
    // Whatever the answer (even LOCKED, when the timer was faster), the screens must go.
    await callCore((api) => api.vault.lock());
    onLocked('manual');
  }, [onLocked]);

  const value = useMemo<Session>(() => ({ info, lock, call }), [info, lock, call]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs a <SessionProvider> above it');
  return session;
}
