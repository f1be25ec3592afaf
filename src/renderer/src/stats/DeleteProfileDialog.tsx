import { ErrorAlert } from '../ui/Alert';
import { useId, useState } from 'react';
import type { AppErrorData } from '@shared/kernel/result';
import type { StatsProfile } from '@shared/stats/schemas';
import { Modal } from '../ui/Modal';
import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';

/** "Really delete this profile?" — keeping it has the focus, so a stray Enter deletes nothing. */
export function DeleteProfileDialog({
  profile,
  onClose,
  onDeleted,
}: {
  profile: StatsProfile;
  onClose: () => void;
  onDeleted: () => Promise<void>;
}) {
  const t = useT();
  const { call } = useSession();
  const [error, setError] = useState<AppErrorData | null>(null);
  const [isWorking, setWorking] = useState(false);
  const textId = useId();

  async function remove() {
    setWorking(true);
    const result = await call((api) => api.stats.deleteProfile({ id: profile.id }));
    setWorking(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    await onDeleted();
  }

  return (
    <Modal title={t('statsUi.profiles.deleteTitle', { name: profile.name })} onClose={onClose} describedBy={textId}>
      <p id={textId}>{t('statsUi.profiles.deleteText')}</p>
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <button type="button" className="button button-primary" autoFocus onClick={onClose}>
          {t('statsUi.profiles.keep')}
        </button>
        <button type="button" className="button stats-button-danger" disabled={isWorking} onClick={() => void remove()}>
          {t('statsUi.profiles.deleteConfirm')}
        </button>
      </div>
    </Modal>
  );
}
