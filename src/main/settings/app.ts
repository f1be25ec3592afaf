import type { VaultSettings } from '@shared/settings/domain';
import type { Settings } from '@shared/settings/contract';
import type { AppConfigStore } from '../kernel/config';
import { DONE, type HandlersFor } from '../session/handlers';
import type { Session } from '../session/session';
import { rederiveAllDeadlines } from '../deadlines';
import type { PolicyRules } from '../policy';
import { readPreference, readVaultSettings, writePreference, writeVaultSettings } from './repository';

/** The settings in force (within the machine policy's limits) and the stored auto-lock, which may exceed them. */
function current(session: Session, config: AppConfigStore): Settings {
  const { settings } = session;
  return {
    language: config.get().language,
    autoLockMinutes: settings.autoLockMinutes,
    storedAutoLockMinutes: readVaultSettings(session.db).autoLockMinutes,
    caseCodePrefix: settings.caseCodePrefix,
    deadlines: settings.deadlines,
  };
}

/** The settings screen (vault-wide settings, the device language) and per-user preferences. */
export function createSettingsHandlers(deps: { config: AppConfigStore; policy: PolicyRules }): HandlersFor<'settings' | 'prefs'> {
  const { config, policy } = deps;
  return {
    'settings:get': (_input, session) => current(session, config),
    'settings:update': ({ autoLockMinutes, language, caseCodePrefix, deadlines }, session) => {
      // Before anything is written: a value beyond the policy changes nothing, not even the language.
      policy.checkSettingsChange({ autoLockMinutes, caseCodePrefix });
      if (language !== undefined && language !== config.get().language) {
        config.setLanguage(language);
        session.transaction(() => session.record('settings.update', { details: { keys: ['language'] } }));
      }
      const before = session.settings;
      const change: Partial<VaultSettings> = {};
      if (autoLockMinutes !== undefined && autoLockMinutes !== before.autoLockMinutes) change.autoLockMinutes = autoLockMinutes;
      if (caseCodePrefix !== undefined && caseCodePrefix !== before.caseCodePrefix) change.caseCodePrefix = caseCodePrefix;
      const leadDays = { ...before.deadlines, ...deadlines };
      const leadDaysChanged = JSON.stringify(leadDays) !== JSON.stringify(before.deadlines);
      if (leadDaysChanged) change.deadlines = leadDays;
      if (Object.keys(change).length === 0) return current(session, config);
      // One transaction: the new lead days and the reminders derived from them are stored together;
      // the session takes the new values only once the transaction has committed.
      session.settings = session.transaction(() => {
        const stored = writeVaultSettings(session.db, change);
        session.record('settings.update', { details: { keys: Object.keys(change) } });
        if (leadDaysChanged) {
          const cases = rederiveAllDeadlines(session.db, leadDays, session.at());
          session.record('deadlines.rederive', { details: { cases } });
        }
        return policy.effectiveSettings(stored);
      });
      return current(session, config);
    },
    'prefs:get': ({ key }, session) => readPreference(session.db, session.actor.userId, key),
    'prefs:set': (preference, session) => {
      session.transaction(() => {
        writePreference(session.db, session.actor.userId, preference);
        session.record('prefs.update', { details: { key: preference.key } });
      });
      return DONE;
    },
  };
}
