import type { HandlersFor } from '../kernel/handlers';
import type { VaultService } from '../vault/vaultService';
import { readPreference, writePreference } from './prefsRepository';

/** Per-user UI preferences (column choice of the case list …), kept inside the vault. */
export function createPrefsHandlers(vault: VaultService): HandlersFor<'prefs'> {
  return {
    'prefs:get': ({ key }) => {
      const open = vault.requireOpen();
      return readPreference(open.db, open.actor.userId, key);
    },
    'prefs:set': (preference) => {
      const open = vault.requireOpen();
      open.db.transaction(() => {
        writePreference(open.db, open.actor.userId, preference);
        vault.record('prefs.update', { details: { key: preference.key } });
      })();
      return { done: true };
    },
  };
}
