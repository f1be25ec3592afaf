import { useEffect, useState } from 'react';
import { callCore } from '../../kernel/bridge';
import { useI18n } from '../../kernel/i18n';
import { formatDateTime } from '../../ui/dates';
import { FreshRestoreEntry } from './FreshRestoreEntry';
import type { Chosen } from './FreshRestoreForm';

/**
 * For a vault put aside as damaged: the newest backup this computer knows of (the last one made
 * here, or the newest in the organisation's backup folder) is offered first, to restore into the
 * same folder; any other backup can still be chosen.
 */
export function NewestBackupRestore({ vaultDir, onRestored }: { vaultDir: string; onRestored: () => void }) {
  const { t, language } = useI18n();
  const [newest, setNewest] = useState<Chosen | null | undefined>(undefined);

  useEffect(() => {
    let isCurrent = true;
    void callCore((api) => api.backup.chooseFresh({ newest: true })).then((result) => {
      if (isCurrent) setNewest(result.ok && !result.value.cancelled ? result.value : null);
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  if (newest === undefined) return null;
  return (
    <>
      {newest ? (
        <FreshRestoreEntry
          onRestored={onRestored}
          intro={t('vault.damaged.newest', { file: `${newest.fileName} (${formatDateTime(newest.createdAt, language)})` })}
          label={t('vault.damaged.restoreNewest')}
          preset={{ chosen: newest, vaultDir }}
        />
      ) : (
        <p>{t('vault.damaged.noNewest')}</p>
      )}
      <FreshRestoreEntry onRestored={onRestored} intro="" label={t('vault.damaged.chooseOther')} preset={{ chosen: null, vaultDir }} />
    </>
  );
}
