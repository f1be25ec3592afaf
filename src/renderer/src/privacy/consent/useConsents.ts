import { useCallback } from 'react';
import type { FallbuchApi } from '@shared/contract/api';
import type { Result } from '@shared/kernel/result';
import { useCoreValue } from '../../kernel/session';

function readPartners(api: FallbuchApi) {
  return api.partners.list({ includeArchived: true });
}

/**
 * A value of a case read together with the partner directory (the recipients of a release, the
 * partners of a referral); the directory is empty if it cannot be read. `reload` reads both again.
 */
export function useWithPartners<T>(read: (api: FallbuchApi) => Promise<Result<T>>) {
  const { value, error, reload: reloadValue } = useCoreValue(read);
  const { value: partners, reload: reloadPartners } = useCoreValue(readPartners);
  const reload = useCallback(async () => {
    await Promise.all([reloadValue(), reloadPartners()]);
  }, [reloadValue, reloadPartners]);
  return { value, partners: partners ?? [], error, reload };
}

/** The consents of one case and the partner directory. */
export function useConsents(caseId: string) {
  const { value: consents, ...rest } = useWithPartners(useCallback((api: FallbuchApi) => api.consents.list({ caseId }), [caseId]));
  return { consents, ...rest };
}
