import { useCallback, useEffect, useState } from 'react';
import { PREFERENCES, type PreferenceKey, type PreferenceValue } from '@shared/settings/prefs';
import type { AppErrorData } from '@shared/kernel/result';
import { useSession } from './SessionProvider';

export interface PreferenceState<K extends PreferenceKey> {
  value: PreferenceValue<K>;
  /** Applies at once and stores it for the signed-in account (in the vault, never in localStorage). */
  setValue: (value: PreferenceValue<K>) => void;
  /** Why storing the last change failed (it still applies until the app is locked). */
  saveError: AppErrorData | null;
}

/**
 * One per-user preference of `prefs:*`. Until the core has answered, the preference's default
 * applies, so a screen never waits for it.
 */
export function usePreference<K extends PreferenceKey>(key: K): PreferenceState<K> {
  const { call } = useSession();
  // Held as unknown: the compiler cannot relate a generic key's value type to React's state types.
  // Only this key's default and values the core parsed for this key are ever stored.
  const [value, setLocal] = useState<unknown>(() => PREFERENCES[key].default);
  const [saveError, setSaveError] = useState<AppErrorData | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void call((api) => api.prefs.get({ key })).then((result) => {
      if (isCurrent && result.ok && result.value.key === key) setLocal(() => result.value.value);
    });
    return () => {
      isCurrent = false;
    };
  }, [call, key]);

  const setValue = useCallback(
    (next: PreferenceValue<K>) => {
      setLocal(() => next);
      setSaveError(null);
      // Every key's value schema is in preferenceSchema; the pair is checked again by the core.
      void call((api) => api.prefs.set({ key, value: next } as Parameters<typeof api.prefs.set>[0])).then((result) => {
        if (!result.ok) setSaveError(result.error);
      });
    },
    [call, key],
  );
  return { value: value as PreferenceValue<K>, setValue, saveError };
}
