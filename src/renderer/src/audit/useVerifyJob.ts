import { useCallback, useEffect, useRef, useState } from 'react';
import type { VerifyProgress } from '@shared/audit/domain';
import type { Result } from '@shared/kernel/result';
import { callCore } from '../kernel/bridge';
import { useSession } from '../kernel/session';

/** How often the screen asks how far the check is (the core has no channel to the screen). */
const POLL_MS = 200;

/**
 * "Protokoll prüfen" as a job: start it, poll its progress until it is done or cancelled. Leaving
 * the screen stops the polling and cancels the job (nobody would see its result).
 */
export function useVerifyJob() {
  const { call } = useSession();
  const jobId = useRef<string | null>(null);
  const [progress, setProgress] = useState<{ checked: number; total: number } | null>(null);

  useEffect(
    () => () => {
      const id = jobId.current;
      jobId.current = null;
      // Straight to the core: after a lock the answer is LOCKED, which must not lock the app a second time.
      if (id) void callCore((api) => api.audit.verifyCancel({ jobId: id }));
    },
    [],
  );

  /** Runs the check to its end: the report, or `cancelled` (also when the screen was left). */
  const run = useCallback(async (): Promise<Result<VerifyProgress>> => {
    const started = await call((api) => api.audit.verifyStart({}));
    if (!started.ok) return started;
    const id = started.value.jobId;
    jobId.current = id;
    setProgress({ checked: 0, total: 0 });
    try {
      for (;;) {
        if (jobId.current !== id) return { ok: true, value: { state: 'cancelled' } };
        const answer = await call((api) => api.audit.verifyProgress({ jobId: id }));
        if (!answer.ok || answer.value.state !== 'running') return answer;
        setProgress({ checked: answer.value.checked, total: answer.value.total });
        await new Promise((resolve) => window.setTimeout(resolve, POLL_MS));
      }
    } finally {
      if (jobId.current === id) jobId.current = null;
      setProgress(null);
    }
  }, [call]);

  /** Asks the core to stop; the next poll then answers `cancelled` (or `done` if it was faster). */
  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (id) await call((api) => api.audit.verifyCancel({ jobId: id }));
  }, [call]);

  return { progress, run, cancel };
}
