import { useCallback, useEffect, useState } from 'react';
import type { CasePlan, Partner } from '@shared/planning/plan';
import type { AppErrorData } from '@shared/kernel/result';
import { useSession } from '../kernel/session';

/** The case's plan (`plan:get`) and the partner directory for the referral chooser. */
export function usePlan(caseId: string) {
  const { call } = useSession();
  const [plan, setPlan] = useState<CasePlan | null>(null);
  const [partners, setPartners] = useState<Partner[]>([]);
  const [error, setError] = useState<AppErrorData | null>(null);

  const reload = useCallback(async () => {
    const [planResult, partnerResult] = [
      await call((api) => api.plan.get({ caseId })),
      await call((api) => api.partners.list({ includeArchived: true })),
    ];
    if (planResult.ok) setPlan(planResult.value);
    else setError(planResult.error);
    if (partnerResult.ok) setPartners(partnerResult.value);
  }, [call, caseId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { plan, partners, error, reload };
}
