import { useCallback } from 'react';
import { parseIsoDate, type IsoDate } from '@shared/kernel/dates';
import { useI18n } from '../../i18n';

/** An ISO calendar date as people write it: 26.11.2026 in German, 26/11/2026 in English. */
export function formatIsoDate(date: IsoDate, language: 'de' | 'en'): string {
  const { year, month, day } = parseIsoDate(date);
  const pad = (value: number) => String(value).padStart(2, '0');
  return language === 'de' ? `${pad(day)}.${pad(month)}.${year}` : `${pad(day)}/${pad(month)}/${year}`;
}

export function useFormatDate(): (date: IsoDate) => string {
  const { language } = useI18n();
  return useCallback((date: IsoDate) => formatIsoDate(date, language), [language]);
}
