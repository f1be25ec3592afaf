import { useCallback, useEffect, useState } from 'react';
import type { CaseDetail } from '@shared/cases/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useSession } from '../../kernel/session';
import { useOpenCase } from '../access/useOpenCase';

/**
 * The case as the core returns it (`cases:get`, which logs the view). `reload` fetches it again
 * after a change, so every section shows what is stored, not what the screen assumes.
 */
export function useCaseDetail(caseId: string) {
  const { call } = useSession();
  const openCase = useOpenCase();
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  const reload = useCallback(async () => {
    const result = await call((api) => api.cases.get({ id: caseId }));
    if (result.ok) {
      setDetail(result.value);
      setError(null);
    } else setError(result.error);
  }, [call, caseId]);

  useEffect(() => {
    let isCancelled = false;
    // A colleague's case asks for a reason first (break-the-glass, access/useOpenCase.ts).
    void openCase(caseId).then((result) => {
      if (isCancelled) return;
      if (result.ok) setDetail(result.value);
      else setError(result.error);
    });
    return () => {
      isCancelled = true;
    };
  }, [openCase, caseId]);

  return { detail, error, reload };
}
