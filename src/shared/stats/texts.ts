import { vocabularyDe } from '../kernel/vocabulary.de';
import { vocabularyEn } from '../kernel/vocabulary.en';
import { statsDe } from './i18n/de';
import { statsEn } from './i18n/en';

/**
 * The texts the exported files are written with: the vocabulary's labels and the statistics' own
 * texts, with `{placeholders}` filled — without the app's whole dictionary (shared/i18n assembles
 * every feature; a feature does not import it).
 */
const dictionaries: Record<'de' | 'en', Readonly<Record<string, string>>> = {
  de: { ...vocabularyDe, ...statsDe },
  en: { ...vocabularyEn, ...statsEn },
};

export function statsText(language: 'de' | 'en', key: string, params: Record<string, string | number> = {}): string {
  const template = dictionaries[language][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? value.toLocaleString(language === 'de' ? 'de-DE' : 'en-GB') : value;
  });
}
