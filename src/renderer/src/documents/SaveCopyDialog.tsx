import type { DocumentSummary } from '@shared/documents/domain';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { useAnnounce } from '../ui/Announcer';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/** „Kopie speichern unter …“ only after the warning that the copy leaves the encryption. */
export function SaveCopyDialog({ document, onClose }: { document: DocumentSummary; onClose: () => void }) {
  const { t } = useI18n();
  const { call } = useSession();
  const announce = useAnnounce();
  return (
    <ConfirmDialog
      title={t('documents.saveCopyTitle')}
      text={t('documents.saveCopyWarning')}
      confirmLabel={t('documents.saveCopyConfirm')}
      confirmClassName="button button-primary"
      onClose={onClose}
      onConfirm={async () => {
        const result = await call((api) => api.documents.saveCopy({ id: document.id }));
        if (result.ok) {
          if (!result.value.cancelled) announce(t('documents.saved', { file: result.value.file.fileName }));
          onClose();
        }
        return result;
      }}
    />
  );
}
