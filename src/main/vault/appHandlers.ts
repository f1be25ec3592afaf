import type { AppConfigStore } from '../kernel/config';
import type { HandlersFor } from '../kernel/handlers';

export function createAppHandlers(deps: { config: AppConfigStore; appVersion: string; schemaVersion: number }): HandlersFor<'app'> {
  return {
    'app:info': () => ({ name: 'Fallbuch', version: deps.appVersion, schemaVersion: deps.schemaVersion }),
    'app:setLanguage': ({ language }) => ({ language: deps.config.setLanguage(language).language }),
  };
}
