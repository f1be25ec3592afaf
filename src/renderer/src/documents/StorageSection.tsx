import { useEffect, useId, useState } from 'react';
import type { StorageFigures } from '@shared/documents/domain';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { formatBytes } from './useDocuments';

/** The vault's size on the settings page: how much of it documents take, and the limit per file. */
export function StorageSection() {
  const { t, language } = useI18n();
  const { call } = useSession();
  const [figures, setFigures] = useState<StorageFigures | null>(null);
  const headingId = useId();
  useEffect(() => {
    void call((api) => api.documents.storage()).then((result) => {
      if (result.ok) setFigures(result.value);
    });
  }, [call]);
  if (!figures) return null;
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('documents.storageHeading')}</h2>
      <dl className="fact-list">
        <dt>{t('documents.storageVault')}</dt>
        <dd>{formatBytes(figures.vaultBytes, language)}</dd>
        <dt>{t('documents.storageDocuments')}</dt>
        <dd>
          {figures.documentCount === 1
            ? t('documents.storageDocumentsValueOne', { size: formatBytes(figures.documentBytes, language) })
            : t('documents.storageDocumentsValue', { size: formatBytes(figures.documentBytes, language), count: figures.documentCount })}
        </dd>
        <dt>{t('documents.storageReclaimable')}</dt>
        <dd>{formatBytes(figures.reclaimableBytes, language)}</dd>
        <dt>{t('documents.storageLimit')}</dt>
        <dd>{formatBytes(figures.maxDocumentBytes, language)}</dd>
      </dl>
    </section>
  );
}
