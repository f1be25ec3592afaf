import type { AppConfigStore } from '../config/appConfig';
import type { HandlersFor } from '../core/handlers';
import type { VaultService } from '../vault/vaultService';

export function createSettingsHandlers(deps: { vault: VaultService; config: AppConfigStore }): HandlersFor<'settings'> {
  const { vault, config } = deps;
  return {
    'settings:get': () => ({
      language: config.get().language,
      autoLockMinutes: vault.requireOpen().settings.autoLockMinutes,
    }),
    'settings:update': ({ autoLockMinutes, language }) => {
      if (language !== undefined && language !== config.get().language) {
        config.setLanguage(language);
        vault.record('settings.update', { details: { keys: ['language'] } });
      }
      const settings = autoLockMinutes !== undefined ? vault.updateSettings({ autoLockMinutes }) : vault.requireOpen().settings;
      return { language: config.get().language, autoLockMinutes: settings.autoLockMinutes };
    },
  };
}
