import { useEffect } from 'react';
import { useT } from '../kernel/i18n';

/** Keeps the window title in step with the screen, so assistive tech and the task bar name it. */
export function useDocumentTitle(page: string): void {
  const t = useT();
  useEffect(() => {
    document.title = t('app.documentTitle', { page });
  }, [page, t]);
}
