import { useCallback } from 'react';
import type { CaseDetail } from '@shared/cases/domain';
import type { Result } from '@shared/kernel/result';
import { useSession } from '../../kernel/session';
import { useCaseAccess } from './CaseAccessProvider';

/**
 * Reads a case for the case screen (`cases:get`). A colleague's case answers REASON_REQUIRED:
 * then the reason dialog asks why, and the read is repeated with the reason (break-the-glass,
 * logged and flagged for the supervisor). Cancelling leaves the case unopened and goes back.
 */
export function useOpenCase(): (caseId: string) => Promise<Result<CaseDetail>> {
  const { call } = useSession();
  const { openWithReason } = useCaseAccess();
  return useCallback(
    async (caseId: string) => {
      const first = await call((api) => api.cases.get({ id: caseId }));
      if (first.ok || first.error.code !== 'REASON_REQUIRED') return first;
      const opened: { result: Result<CaseDetail> | null } = { result: null };
      const outcome = await openWithReason(caseId, async (access) => {
        opened.result = await call((api) => api.cases.get({ id: caseId, access }));
        return opened.result;
      });
      // A second ask for the same case shares the first one's dialog; it reads the case again
      // (the reason now holds for this session) rather than trusting a result of another type.
      if (outcome === null) return first;
      return opened.result ?? (await call((api) => api.cases.get({ id: caseId })));
    },
    [call, openWithReason],
  );
}
