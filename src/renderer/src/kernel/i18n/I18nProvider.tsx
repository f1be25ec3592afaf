import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '@shared/kernel/language';
import { isMessageKey, translate, type MessageKey } from '@shared/i18n';
import type { AppErrorData, ErrorParams } from '@shared/kernel/result';

export interface I18n {
  language: Language;
  /** Changes the language of this window only; persisting it is the caller's job. */
  setLanguage: (language: Language) => void;
  /** Text for a key the code names (checked by the compiler). */
  t: (key: MessageKey, params?: ErrorParams) => string;
  /**
   * Text for a key that arrives as data (zod messages, core errors). A value that is not a key is
   * shown as it is: that is how already translated text with parameters is stored in form errors.
   */
  translateMessage: (message: string, params?: ErrorParams) => string;
  /** Text for an error from the core; falls back to the generic text of its code. */
  translateError: (error: AppErrorData) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initialLanguage = 'de' }: { children: ReactNode; initialLanguage?: Language }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);

  // Screen readers pick their voice from `lang`; it must follow the UI language at once.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const t = useCallback((key: MessageKey, params?: ErrorParams) => translate(language, key, params), [language]);

  const translateMessage = useCallback(
    (message: string, params?: ErrorParams) => (isMessageKey(message) ? translate(language, message, params) : message),
    [language],
  );

  const translateError = useCallback(
    (error: AppErrorData) => {
      if (isMessageKey(error.message)) return translate(language, error.message, error.params);
      const byCode = `error.${error.code}`;
      return translate(language, isMessageKey(byCode) ? byCode : 'error.INTERNAL', error.params);
    },
    [language],
  );

  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t, translateMessage, translateError }),
    [language, t, translateMessage, translateError],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() needs an <I18nProvider> above it');
  return value;
}

export function useT(): I18n['t'] {
  return useI18n().t;
}
