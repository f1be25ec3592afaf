import { useCallback, useRef, useState } from 'react';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { PageHeading } from '../ui/PageHeading';
import { BackupSection, RecoveryKeySection, RestoreSection } from '../backup';
import { RetentionSection } from './retention/RetentionSection';
import { ProcessingRecordSection } from './ProcessingRecordSection';
import './privacyRights.css';

/**
 * "Datenschutz": backups, restore and recovery key (supervisor), retention, and the processing
 * record. The page's own forms report unsaved changes, so the restore can ask before it reopens
 * the vault.
 */
export function DataProtectionPage() {
  const { t } = useI18n();
  const { info } = useSession();
  const isSupervisor = info.role === 'supervisor';
  const dirty = useRef(new Set<string>());
  // After a restore the vault holds another state: the other sections read it afresh.
  const [generation, setGeneration] = useState(0);
  const tracker = useCallback(
    (name: string) => (isDirty: boolean) => {
      if (isDirty) dirty.current.add(name);
      else dirty.current.delete(name);
    },
    [],
  );
  const onRetentionDirty = useCallback((isDirty: boolean) => tracker('retention')(isDirty), [tracker]);
  const onRecordDirty = useCallback((isDirty: boolean) => tracker('record')(isDirty), [tracker]);
  return (
    <div className="data-protection-page">
      <PageHeading>{t('lifecycleUi.title')}</PageHeading>
      <p>{t('lifecycleUi.intro')}</p>
      <BackupSection key={`backup-${generation}`} />
      {isSupervisor ? (
        <>
          <RestoreSection hasUnsavedChanges={() => dirty.current.size > 0} onRestored={() => setGeneration((current) => current + 1)} />
          <RecoveryKeySection />
        </>
      ) : (
        <p className="notice">{t('lifecycleUi.supervisorOnly')}</p>
      )}
      <RetentionSection key={`retention-${generation}`} onDirtyChange={onRetentionDirty} />
      <ProcessingRecordSection key={`record-${generation}`} onDirtyChange={onRecordDirty} />
    </div>
  );
}
