import type { ReactNode } from 'react';
import type { Language } from '@shared/kernel/language';
import { translate } from '@shared/i18n';
import { callCore } from '../kernel/bridge';
import { useI18n } from '../kernel/i18n';
import { useAnnounce } from '../ui/Announcer';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The frame of the screens before sign-in (set-up, unlock): the app name, the language choice and
 * the page's main landmark. The language is stored by the core outside the vault, so it is known
 * before anyone signs in.
 */
export function PublicFrame({ children }: { children: ReactNode }) {
  const { t, setLanguage } = useI18n();
  const announce = useAnnounce();

  async function handleLanguageChange(language: Language) {
    const result = await callCore((api) => api.app.setLanguage({ language }));
    // Even if storing fails, this window follows the choice: the person asked for it now.
    setLanguage(result.ok ? result.value.language : language);
    announce(translate(language, 'language.changed'));
  }

  return (
    <div className="public-frame">
      <header className="public-header">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch onChange={(language) => void handleLanguageChange(language)} />
      </header>
      <main className="public-main" id="main">
        {children}
      </main>
    </div>
  );
}
