import type { MessageKey } from '@shared/i18n';
import { useT } from '../kernel/i18n';
import { PageHeading } from '../ui/PageHeading';

/** An honest placeholder for an area that is not built yet. */
export function NotAvailablePage({ title, description }: { title: MessageKey; description: MessageKey }) {
  const t = useT();
  return (
    <>
      <PageHeading>{t(title)}</PageHeading>
      <div className="placeholder">
        <p className="placeholder-badge">{t('notAvailable.badge')}</p>
        <p>{t(description)}</p>
      </div>
    </>
  );
}
