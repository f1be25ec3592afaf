import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary } from '@shared/documents/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useSession } from '../kernel/session';

/** The documents of one case, read when the tab opens and after every change. */
export function useDocuments(caseId: string) {
  const { call } = useSession();
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const reload = useCallback(async () => {
    const result = await call((api) => api.documents.list({ caseId }));
    if (result.ok) {
      setDocuments(result.value);
      setError(null);
    } else setError(result.error);
  }, [call, caseId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { documents, error, reload };
}

/** "1,2 MB": sizes as people read them. */
export function formatBytes(bytes: number, language: string): string {
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  if (bytes < 1024) return `${bytes.toLocaleString(locale)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString(locale, { maximumFractionDigits: 0 })} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 2 })} GB`;
}
