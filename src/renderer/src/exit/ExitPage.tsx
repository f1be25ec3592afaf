import { useT } from '../kernel/i18n';
import { PageHeading } from '../ui/PageHeading';
import { DataKeySection } from './DataKeySection';
import { FullExportSection } from './FullExportSection';
import './exit.css';

/** „Systemwechsel“ (supervisor): the exit kit — the data key for the audit and the Gesamtexport. */
export function ExitPage() {
  const t = useT();
  return (
    <>
      <PageHeading>{t('exit.page.title')}</PageHeading>
      <p className="page-intro">{t('exit.page.intro')}</p>
      <DataKeySection />
      <FullExportSection />
    </>
  );
}
