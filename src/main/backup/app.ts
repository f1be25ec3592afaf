import type { HandlersFor } from '../session/handlers';
import { FreshRestoreService, type FreshRestoreDependencies } from './freshRestore';
import { regenerateRecoveryKey } from './recovery';
import { BackupService } from './service';

/** Backups (create, restore, restore onto a fresh installation) and a new recovery key; the fresh restore's dependencies are all they need. */
export function createBackupHandlers(deps: FreshRestoreDependencies): HandlersFor<'backup' | 'recovery'> {
  const backups = new BackupService({
    vault: deps.vault,
    ports: deps.ports,
    nativeBinding: deps.nativeBinding,
    policy: deps.policy,
    config: deps.config,
  });
  const freshRestore = new FreshRestoreService(deps);
  return {
    'backup:status': (_input, session) => backups.status(session),
    'backup:setReminder': ({ reminderDays }, session) => backups.setReminder(session, reminderDays),
    'backup:create': (_input, session) => backups.create(session),
    'backup:inspect': (_input, session) => backups.inspect(session),
    'backup:restore': ({ file, passphrase }, session) => backups.restore(session, file, passphrase),
    'backup:chooseFresh': ({ newest }) => freshRestore.choose(newest ?? false),
    'backup:restoreFresh': (input) => freshRestore.restore(input),
    'recovery:regenerate': ({ passphrase }, session) => regenerateRecoveryKey(session, passphrase),
  };
}
