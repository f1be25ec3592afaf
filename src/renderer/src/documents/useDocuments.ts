import { useCallback } from 'react';
import type { FallbuchApi } from '@shared/contract/api';
import { useCoreValue } from '../kernel/session';

/** The documents of one case, read when the tab opens and after every change. */
export function useDocuments(caseId: string) {
  const { value: documents, error, reload } = useCoreValue(useCallback((api: FallbuchApi) => api.documents.list({ caseId }), [caseId]));
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
