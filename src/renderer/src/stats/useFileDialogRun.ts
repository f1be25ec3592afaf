import { useState } from 'react';
import type { AppErrorData, Result } from '@shared/kernel/result';

/**
 * The state of a statistics step that asks the core for something behind a file dialog (combine,
 * write an export): busy while it runs, the error it failed with, or a status line when the person
 * cancelled the dialog.
 */
export function useFileDialogRun() {
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  /** Runs `request`; `onDone` gets the answer unless it failed (`onFailed`) or was cancelled. */
  async function run<T extends { status: string }>(
    request: () => Promise<Result<T>>,
    cancelledText: string,
    onDone: (value: Exclude<T, { status: 'cancelled' }>) => void,
    onFailed?: () => void,
  ) {
    setBusy(true);
    setError(null);
    setStatus(null);
    const result = await request();
    setBusy(false);
    if (!result.ok) {
      onFailed?.();
      setError(result.error);
      return;
    }
    const value = result.value;
    if (isDone(value)) onDone(value);
    else setStatus(cancelledText);
  }

  return { isBusy, setBusy, error, setError, status, setStatus, run };
}

function isDone<T extends { status: string }>(value: T): value is Exclude<T, { status: 'cancelled' }> {
  return value.status !== 'cancelled';
}
