import { isMessageKey, type MessageKey } from '@shared/i18n';
import { displayDate } from '../ui/dates';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Label of a changed field: the case form's label for case fields, our own for the other tables. */
export function fieldLabel(t: Translate, table: string, field: string): string {
  const candidates =
    table === 'cases'
      ? [`caseForm.${field}`, `rightsUi.field.${field}`]
      : [`rightsUi.field.${table}.${field}`, `rightsUi.field.${field}`, `consentUi.${field}`];
  for (const candidate of candidates) if (isMessageKey(candidate)) return t(candidate);
  return field;
}

export function tableLabel(t: Translate, table: string): string {
  for (const candidate of [`history.table.${table}`, `rightsUi.table.${table}`]) if (isMessageKey(candidate)) return t(candidate);
  return table;
}

/** A stored value (JSON text) in words: dates as TT.MM.JJJJ, yes/no, codes of closed lists by their label. */
export function valueText(t: Translate, field: string, stored: string | null): string {
  if (stored === null) return t('rightsUi.history.empty');
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return stored;
  }
  return plain(t, field, value);
}

function plain(t: Translate, field: string, value: unknown): string {
  if (value === null || value === '') return t('rightsUi.history.empty');
  if (typeof value === 'boolean') return t(value ? 'rightsUi.yes' : 'rightsUi.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return displayDate(value);
    for (const candidate of [
      `vocab.${field}.${value}`,
      `consent.category.${value}`,
      `consent.special.${value}`,
      `consent.form.${value}`,
      `consent.kind.${value}`,
    ]) {
      if (isMessageKey(candidate)) return t(candidate);
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => plain(t, field, item)).join(', ') || t('rightsUi.history.empty');
  return JSON.stringify(value);
}
