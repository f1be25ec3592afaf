import { useState } from 'react';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';

export type ExitField = 'passphrase' | 'recoveryKey' | 'acknowledged' | 'confirmation';

/**
 * The state both exit forms share: the supervisor's passphrase, the recovery key, the acknowledged
 * warning, and the core's answer spread over the fields it names. Secrets are cleared after every
 * attempt: nothing typed here stays on the screen.
 */
export function useExitForm() {
  const { translateMessage } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [isAcknowledged, setAcknowledged] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ExitField, string>>>({});
  const [error, setError] = useState<AppErrorData | null>(null);
  const [isWorking, setWorking] = useState(false);

  /** Marks what the core refused; returns the first marked field (for the focus), or null. */
  function showError(failure: AppErrorData): ExitField | null {
    const marked: Partial<Record<ExitField, string>> = {};
    for (const [path, key] of Object.entries(failure.fields ?? {})) {
      if (path === 'passphrase' || path === 'recoveryKey' || path === 'acknowledged' || path === 'confirmation') {
        marked[path] = translateMessage(key, failure.params);
      }
    }
    setFieldErrors(marked);
    const first = (['passphrase', 'recoveryKey', 'acknowledged', 'confirmation'] as const).find((name) => marked[name]) ?? null;
    setError(first ? null : failure);
    return first;
  }

  function clearSecrets() {
    setPassphrase('');
    setRecoveryKey('');
  }

  return {
    passphrase,
    setPassphrase,
    recoveryKey,
    setRecoveryKey,
    isAcknowledged,
    setAcknowledged,
    fieldErrors,
    setFieldErrors,
    error,
    setError,
    isWorking,
    setWorking,
    showError,
    clearSecrets,
  };
}

export type ExitForm = ReturnType<typeof useExitForm>;
