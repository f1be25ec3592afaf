import { z } from 'zod';
import { PREFERENCES, preferenceSchema, type Preference, type PreferenceKey } from '@shared/settings/prefs';
import { DEFAULT_VAULT_SETTINGS, vaultSettingsSchema, type VaultSettings } from '@shared/settings/domain';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, queryRows, queryValue, sql } from '../kernel/sql';

/**
 * The vault's `settings` table: vault-wide settings under their own names, each feature's settings
 * under `lifecycle.*` keys, and per-user preferences under `pref:<userId>:<key>`. Every value is
 * JSON, parsed at the boundary; a stored value that no longer fits its schema (a newer version
 * removed an option) falls back to the default instead of failing a screen.
 */
const PREFERENCE_PREFIX = 'pref:';
const FEATURE_PREFIX = 'lifecycle.';

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function writeValue(db: VaultDatabase, key: string, value: unknown): void {
  execute(
    db,
    sql`INSERT INTO settings (key, value) VALUES (${key}, ${JSON.stringify(value)}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
}

const settingRowsSchema = z.array(z.object({ key: z.string(), value: z.string() }));

export function readVaultSettings(db: VaultDatabase): VaultSettings {
  const rows = settingRowsSchema.parse(
    queryRows(
      db,
      sql`SELECT key, value FROM settings WHERE key NOT LIKE ${`${PREFERENCE_PREFIX}%`} AND key NOT LIKE ${`${FEATURE_PREFIX}%`}`,
    ),
  );
  const stored: Record<string, unknown> = {};
  for (const row of rows) stored[row.key] = parseJson(row.value);
  const parsed = vaultSettingsSchema.safeParse({ ...DEFAULT_VAULT_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_VAULT_SETTINGS;
}

export function writeVaultSettings(db: VaultDatabase, change: Partial<VaultSettings>): VaultSettings {
  for (const [key, value] of Object.entries(change)) {
    if (value !== undefined) writeValue(db, key, value);
  }
  return readVaultSettings(db);
}

/** One feature's own setting (`lifecycle.<name>`), or its default. */
export function readFeatureSetting<T>(db: VaultDatabase, name: string, schema: z.ZodType<T>, fallback: T): T {
  const parsed = schema.safeParse(parseJson(queryValue(db, sql`SELECT value FROM settings WHERE key = ${FEATURE_PREFIX + name}`)));
  return parsed.success ? parsed.data : fallback;
}

export function writeFeatureSetting<T>(db: VaultDatabase, name: string, schema: z.ZodType<T>, value: T): void {
  writeValue(db, FEATURE_PREFIX + name, schema.parse(value));
}

function preferenceKey(userId: string, key: PreferenceKey): string {
  return `${PREFERENCE_PREFIX}${userId}:${key}`;
}

export function readPreference(db: VaultDatabase, userId: string, key: PreferenceKey): Preference {
  const value = parseJson(queryValue(db, sql`SELECT value FROM settings WHERE key = ${preferenceKey(userId, key)}`));
  const parsed = preferenceSchema.safeParse({ key, value });
  return parsed.success ? parsed.data : preferenceSchema.parse({ key, value: PREFERENCES[key].default });
}

export function writePreference(db: VaultDatabase, userId: string, preference: Preference): void {
  writeValue(db, preferenceKey(userId, preference.key), preference.value);
}
