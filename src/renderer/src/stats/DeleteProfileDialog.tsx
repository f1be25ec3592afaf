import type { StatsProfile } from '@shared/stats/schemas';
import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { ConfirmDialog } from '../ui/ConfirmDialog';

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
  return (
    <ConfirmDialog
      title={t('statsUi.profiles.deleteTitle', { name: profile.name })}
      text={t('statsUi.profiles.deleteText')}
      keepLabel={t('statsUi.profiles.keep')}
      confirmLabel={t('statsUi.profiles.deleteConfirm')}
      confirmClassName="button stats-button-danger"
      onClose={onClose}
      onConfirm={async () => {
        const result = await call((api) => api.stats.deleteProfile({ id: profile.id }));
        if (result.ok) await onDeleted();
        return result;
      }}
    />
  );
}
