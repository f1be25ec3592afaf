import type { ChannelName } from '@shared/contract/channels';
import { LANGUAGES, type Language } from '@shared/kernel/language';

/**
 * The shell shows a few strings of its own (folder dialog, menu). The language lives in the core's
 * config; rather than asking the core from inside a core call (the folder dialog runs during
 * `vault:chooseFolder`, and re-entering the core there could wait on itself), the shell notes the
 * language from the answers that carry it anyway.
 */
const CHANNELS_WITH_LANGUAGE: ReadonlySet<string> = new Set<ChannelName>([
  'vault:status',
  'app:setLanguage',
  'settings:get',
  'settings:update',
]);

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language a successful answer reports, or null when this answer says nothing about it. */
export function languageFromResult(channel: string, result: unknown): Language | null {
  if (!CHANNELS_WITH_LANGUAGE.has(channel)) return null;
  if (typeof result !== 'object' || result === null) return null;
  if (!('ok' in result) || result.ok !== true || !('value' in result)) return null;
  const value: unknown = result.value;
  if (typeof value !== 'object' || value === null || !('language' in value)) return null;
  return isLanguage(value.language) ? value.language : null;
}
