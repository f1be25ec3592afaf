import { useCallback, useEffect, useState } from 'react';
import type { ConsentRow } from '@shared/privacy/consent';
import type { Partner } from '@shared/planning/plan';
import type { AppErrorData } from '@shared/kernel/result';
import { useSession } from '../../kernel/session';

/** The consents of one case and the partner directory (recipients of a release). */
export function useConsents(caseId: string) {
  const { call } = useSession();
  const [consents, setConsents] = useState<ConsentRow[] | null>(null);
  const [partners, setPartners] = useState<Partner[]>([]);
  const [error, setError] = useState<AppErrorData | null>(null);
  const reload = useCallback(async () => {
    const [list, directory] = await Promise.all([
      call((api) => api.consents.list({ caseId })),
      call((api) => api.partners.list({ includeArchived: true })),
    ]);
    if (list.ok) {
      setConsents(list.value);
      setError(null);
    } else setError(list.error);
    if (directory.ok) setPartners(directory.value);
  }, [call, caseId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { consents, partners, error, reload };
}
