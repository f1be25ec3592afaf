import { LANGUAGES, type Language } from '@shared/kernel/language';
import { useI18n } from '../kernel/i18n/I18nProvider';

/**
 * Two toggle buttons for the screens before sign-in. Each language name is written in its own
 * language and marked with `lang`, so a screen reader pronounces it correctly.
 */
export function LanguageSwitch({ onChange }: { onChange: (language: Language) => void }) {
  const { language, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="button button-quiet"
          aria-pressed={option === language}
          onClick={() => onChange(option)}
        >
          {t(option === 'de' ? 'language.de' : 'language.en')}
        </button>
      ))}
    </div>
  );
}
