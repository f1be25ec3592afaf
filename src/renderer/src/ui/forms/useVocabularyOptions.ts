import { useMemo } from 'react';
import { VOCABULARIES, type VocabularyName } from '@shared/kernel/vocabulary';
import { isMessageKey } from '@shared/i18n';
import { useI18n } from '../../kernel/i18n';
import type { SelectOption } from './SelectField';

/** A closed list as select/radio options with the labels of the current language. */
export function useVocabularyOptions(name: VocabularyName): SelectOption[] {
  const { t, language } = useI18n();
  return useMemo(
    () =>
      VOCABULARIES[name].map((code) => {
        const key = `vocab.${name}.${code}`;
        return { value: code, label: isMessageKey(key) ? t(key) : code };
      }),
    // `t` changes with the language; both are listed so the options follow a switch at once.
    [name, t, language],
  );
}

/** The label of one code of a closed list. */
export function useVocabularyLabel(): (name: VocabularyName, code: string) => string {
  const { t } = useI18n();
  return (name, code) => {
    const key = `vocab.${name}.${code}`;
    return isMessageKey(key) ? t(key) : code;
  };
}
