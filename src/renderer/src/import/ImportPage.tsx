import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../kernel/i18n';
import { PageHeading } from '../ui/PageHeading';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { BatchesSection } from './BatchesSection';
import { ImportSteps } from './ImportSteps';
import './import.css';

/**
 * "Liste übernehmen": the counsellor's caseload from an Excel or CSV list into the vault, step by
 * step (file, table, columns, values, dry run, done), and the earlier imports with their undo.
 */
export function ImportPage() {
  const { t } = useI18n();
  useDocumentTitle(t('importUi.title'));
  const [batchesVersion, setBatchesVersion] = useState(0);
  // Stable, so the wizard announces one import once (a new function each render would loop).
  const imported = useCallback(() => setBatchesVersion((version) => version + 1), []);
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => {
    heading.current?.querySelector<HTMLElement>('h1')?.focus();
  }, []);
  return (
    <div className="import-page" ref={heading}>
      <PageHeading>{t('importUi.title')}</PageHeading>
      <p className="import-intro">{t('importUi.intro')}</p>
      <ImportSteps onImported={imported} />
      <BatchesSection key={batchesVersion} />
    </div>
  );
}
