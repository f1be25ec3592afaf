import { useCallback } from 'react';
import type { FallbuchApi } from '@shared/contract/api';
import { useWithPartners } from '../privacy';

/** The case's plan (`plan:get`) and the partner directory for the referral chooser. */
export function usePlan(caseId: string) {
  const { value: plan, ...rest } = useWithPartners(useCallback((api: FallbuchApi) => api.plan.get({ caseId }), [caseId]));
  return { plan, ...rest };
}
