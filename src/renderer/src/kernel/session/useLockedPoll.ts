import { useEffect } from 'react';
import { callCore } from '../bridge';

const POLL_INTERVAL_MS = 3_000;

/**
 * Asks the core every few seconds whether the vault is still unlocked; `vault:status` does not count
 * as activity, so polling never keeps a forgotten session open. When the core has locked itself,
 * `onLocked` runs and the screens with data disappear even if nobody touches the window.
 */
export function useLockedPoll(isActive: boolean, onLocked: () => void): void {
  useEffect(() => {
    if (!isActive) return;
    let isCancelled = false;
    const timer = window.setInterval(() => {
      void callCore((api) => api.vault.status()).then((result) => {
        if (isCancelled || !result.ok) return;
        if (result.value.state !== 'unlocked') onLocked();
      });
    }, POLL_INTERVAL_MS);
    return () => {
      isCancelled = true;
      window.clearInterval(timer);
    };
  }, [isActive, onLocked]);
}
