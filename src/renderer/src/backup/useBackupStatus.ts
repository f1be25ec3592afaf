import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '@shared/contract/contract';
import { useSession } from '../kernel/session';

export type BackupStatus = ChannelOutput<'backup:status'>;

/** The backup reminder state (last backup, days since, due). */
export function useBackupStatus() {
  const { call } = useSession();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const reload = useCallback(async () => {
    const result = await call((api) => api.backup.status({}));
    if (result.ok) setStatus(result.value);
  }, [call]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { status, setStatus, reload };
}
