import { PREFERENCES, preferenceSchema, type Preference, type PreferenceKey } from '@shared/settings/prefs';
import type { VaultDatabase } from '../kernel/db/database';

/**
 * Per-user UI preferences in the vault's `settings` table under `pref:<userId>:<key>` (the vault
 * settings reader skips that prefix). A stored value that no longer fits its schema (a column was
 * removed in a newer version) falls back to the default instead of failing the screen.
 */
export const PREFERENCE_PREFIX = 'pref:';

function storageKey(userId: string, key: PreferenceKey): string {
  return `${PREFERENCE_PREFIX}${userId}:${key}`;
}

export function readPreference(db: VaultDatabase, userId: string, key: PreferenceKey): Preference {
  const raw: unknown = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(storageKey(userId, key));
  if (typeof raw === 'string') {
    const parsed = preferenceSchema.safeParse({ key, value: safeJson(raw) });
    if (parsed.success) return parsed.data;
  }
  return preferenceSchema.parse({ key, value: PREFERENCES[key].default });
}

export function writePreference(db: VaultDatabase, userId: string, preference: Preference): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    storageKey(userId, preference.key),
    JSON.stringify(preference.value),
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
