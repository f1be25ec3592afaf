import { useId, useState } from 'react';
import { LANGUAGES, type Language } from '@shared/kernel/language';
import { translate } from '@shared/i18n';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { useAnnounce } from '../ui/Announcer';

/**
 * Language as two radio buttons, applied the moment one is chosen. The core keeps it in the device
 * configuration, so the sign-in screen speaks it too.
 */
export function LanguageSettings() {
  const { language, setLanguage, t } = useI18n();
  const { call } = useSession();
  const announce = useAnnounce();
  const [error, setError] = useState<AppErrorData | null>(null);
  // The radio follows the click at once; the language follows when the core has stored it.
  const [selected, setSelected] = useState<Language>(language);
  const headingId = useId();
  const explainId = useId();

  async function handleChange(next: Language) {
    setError(null);
    setSelected(next);
    // One call stores it in the device configuration (read before sign-in) and logs the change.
    const stored = await call((api) => api.settings.update({ language: next }));
    if (!stored.ok) {
      setSelected(language);
      setError(stored.error);
      return;
    }
    setLanguage(stored.value.language);
    announce(translate(next, 'language.changed'));
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.language.heading')}</h2>
      <fieldset className="field radio-group" aria-describedby={explainId}>
        {/* The section heading already says "Sprache"; the legend names the group for screen readers. */}
        <legend className="visually-hidden">{t('language.label')}</legend>
        <p className="field-hint" id={explainId}>
          {t('settings.language.explain')}
        </p>
        {LANGUAGES.map((option) => (
          <label key={option} className="radio" lang={option}>
            <input type="radio" name="language" value={option} checked={option === selected} onChange={() => void handleChange(option)} />
            <span>{t(option === 'de' ? 'language.de' : 'language.en')}</span>
          </label>
        ))}
      </fieldset>
      <ErrorAlert error={error} />
    </section>
  );
}
