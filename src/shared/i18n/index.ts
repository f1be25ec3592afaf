import type { Language } from '../kernel/language';
import { de, type MessageKey } from './de';
import { en } from './en';

export type { MessageKey };

const dictionaries: Record<Language, Record<MessageKey, string>> = { de, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(de, key);
}

/**
 * Looks a key up and fills `{placeholders}`. Unknown keys (e.g. from a newer core) fall back to a
 * generic message rather than showing the raw key.
 */
export function translate(language: Language, key: string, params: Record<string, string | number> = {}): string {
  const template = isMessageKey(key) ? dictionaries[language][key] : dictionaries[language]['validation.invalid'];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? value.toLocaleString(language === 'de' ? 'de-DE' : 'en-GB') : value;
  });
}
