import type { AppConfigStore } from '../kernel/config';
import type { HandlersFor } from '../kernel/handlers';
import type { VaultService } from '../vault/vaultService';
import { rederiveAllDeadlines } from '../deadlines/sync';
import { readVaultSettings, type VaultSettings } from './repository';

function current(vault: VaultService, config: AppConfigStore) {
  const settings = vault.requireOpen().settings;
  return {
    language: config.get().language,
    autoLockMinutes: settings.autoLockMinutes,
    caseCodePrefix: settings.caseCodePrefix,
    deadlines: settings.deadlines,
  };
}

export function createSettingsHandlers(deps: { vault: VaultService; config: AppConfigStore; now: () => Date }): HandlersFor<'settings'> {
  const { vault, config, now } = deps;
  return {
    'settings:get': () => current(vault, config),
    'settings:update': ({ autoLockMinutes, language, caseCodePrefix, deadlines }) => {
      if (language !== undefined && language !== config.get().language) {
        config.setLanguage(language);
        vault.record('settings.update', { details: { keys: ['language'] } });
      }
      const open = vault.requireOpen();
      const change: Partial<VaultSettings> = {};
      if (autoLockMinutes !== undefined && autoLockMinutes !== open.settings.autoLockMinutes) change.autoLockMinutes = autoLockMinutes;
      if (caseCodePrefix !== undefined && caseCodePrefix !== open.settings.caseCodePrefix) change.caseCodePrefix = caseCodePrefix;
      const leadDays = { ...open.settings.deadlines, ...deadlines };
      const leadDaysChanged = JSON.stringify(leadDays) !== JSON.stringify(open.settings.deadlines);
      if (leadDaysChanged) change.deadlines = leadDays;
      if (Object.keys(change).length === 0) return current(vault, config);
      try {
        // One transaction: the new lead days and the reminders derived from them are stored together.
        open.db.transaction(() => {
          vault.updateSettings(change);
          if (leadDaysChanged) {
            const cases = rederiveAllDeadlines(open.db, leadDays, now().toISOString());
            vault.record('deadlines.rederive', { details: { cases } });
          }
        })();
      } catch (error) {
        // updateSettings already took the new values in memory; the rollback restored the file.
        open.settings = readVaultSettings(open.db);
        throw error;
      }
      return current(vault, config);
    },
  };
}
