import type { Language } from '@shared/kernel/language';
import { isMessageKey, translate } from '@shared/i18n';
import { formatIsoDate, isIsoDate } from '@shared/kernel/dates';
import { countryByCode } from '@shared/kernel/countries';
import { loggedTime } from '../audit';

/**
 * The words of the Auskunft's PDF (Art. 12 DSGVO: clear and plain language for a young person who
 * may read little German): every column it shows has a label, every code a word, every date the
 * form people write. The JSON next to the PDF keeps the raw values — only the PDF reads these.
 */

type Row = Record<string, unknown>;

/**
 * Columns that are internal plumbing, not information about the person: account and partner ids
 * (the names are shown instead), the statistics record key, a derived deadline's source key, a
 * document's chunk size and link. Left out of the PDF and the JSON. Anything that says something
 * about the person stays — when in doubt, shown.
 */
export const HIDDEN: ReadonlySet<string> = new Set([
  'case_id',
  'record_key',
  'counsellor_id',
  'author_id',
  'created_by',
  'user_id',
  'source_key',
  'partner_id',
  'recipient_partner_id',
  'added_by',
  'chunk_size',
  'link_id',
]);

/**
 * In the JSON (exact and complete, for machines), not in the PDF, where they would say nothing to a
 * person: random ids (the access log's entries name rows by them), and of an import link the batch's
 * id (its day is printed), the ids of the status and journal entry it wrote (printed in their own
 * sections) and the fingerprint an undo compares the case with.
 */
export const NOT_PRINTED: ReadonlySet<string> = new Set(['id', 'batch_id', 'status_id', 'journal_id', 'fingerprint']);

/**
 * Tables the Auskunft leaves out. `case_summaries` is a derived copy for the case list — the current
 * status, its end and the next open deadline, kept by triggers from the statuses and deadlines the
 * Auskunft already lists in full; printing it again would only repeat them.
 */
export const OMITTED_TABLES: ReadonlySet<string> = new Set(['case_summaries']);

/** Person tables printed in their own way, not column by column (documents as files, the history as lines). */
export const OWN_SECTION_TABLES: ReadonlySet<string> = new Set(['documents', 'field_history']);

/** Section heading of every person table printed column by column, in the PDF's order. */
export const SECTIONS: Record<string, string> = {
  residence_statuses: 'disclosure.section.statuses',
  training_starts: 'disclosure.section.trainingStarts',
  deadlines: 'disclosure.section.deadlines',
  journal_entries: 'disclosure.section.journal',
  assessments: 'disclosure.section.assessments',
  goals: 'disclosure.section.goals',
  referrals: 'disclosure.section.referrals',
  closures: 'disclosure.section.closures',
  consents: 'disclosure.section.consents',
  papers: 'disclosure.section.papers',
  import_batch_cases: 'disclosure.section.imports',
};

/** Column (or `table.column` where the same name means another list) → vocabulary of its codes. */
const VOCABULARY_OF: Record<string, string> = {
  gender: 'gender',
  housing: 'housingType',
  benefits: 'benefit',
  german_level: 'germanLevel',
  programme: 'programme',
  access_route: 'accessRoute',
  phase: 'phase',
  status: 'residenceStatus',
  'goals.status': 'goalStatus',
  status_at_closure: 'residenceStatus',
  work_permission: 'workPermissionNote',
  residence_obligation: 'residenceObligation',
  identity_clarified: 'identityClarified',
  field: 'fieldOfAction',
  priority: 'priority',
  result: 'referralResult',
  reason: 'closureReason',
  whereabouts: 'whereabouts',
  offer_kind: 'offerKind',
  state: 'deadlineState',
  'journal_entries.kind': 'contactKind',
  'deadlines.kind': 'deadlineKind',
};

/** JSON lists whose items are codes: the key of an item's word. */
const ITEM_KEY: Record<string, (item: string) => string> = {
  topics: (item) => `vocab.fieldOfAction.${item}`,
  data_categories: (item) => `consent.category.${item}`,
  special_categories: (item) => `consent.special.${item}`,
  merged_fields: (item) => `caseForm.${item}`,
};

const COUNTRY_COLUMNS: ReadonlySet<string> = new Set(['nationalities', 'country_of_origin', 'school_country']);
const YES_NO_COLUMNS: ReadonlySet<string> = new Set([
  'interpreter_needed',
  'interpreter',
  'has_need',
  'metadata_removed',
  'without_release',
]);
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** The message key of a column's label (the case form's words where it has the field), or null. */
export function labelKey(table: string, column: string): string | null {
  const candidates = [`disclosure.column.${table}.${column}`, `disclosure.column.${column}`, `caseForm.${camel(column)}`];
  return candidates.find(isMessageKey) ?? null;
}

export function label(language: Language, table: string, column: string): string {
  const key = labelKey(table, column);
  return key ? translate(language, key) : column;
}

function codeWords(language: Language, table: string, column: string, code: string): string | null {
  const vocabulary = VOCABULARY_OF[`${table}.${column}`] ?? VOCABULARY_OF[column];
  const keys = [
    vocabulary ? `vocab.${vocabulary}.${code}` : '',
    table === 'consents' ? `consent.${column}.${code}` : '',
    column === 'template_id' ? `papers.template.${code}` : '',
    `disclosure.value.${column}.${code}`,
  ];
  const key = keys.find((candidate) => candidate !== '' && isMessageKey(candidate));
  if (key) return translate(language, key);
  if (COUNTRY_COLUMNS.has(column)) return countryByCode(code)?.[language] ?? null;
  if (column === 'template_id' && code.startsWith('own:')) return translate(language, 'disclosure.value.ownTemplate');
  return null;
}

function itemWords(language: Language, table: string, column: string, item: unknown): string {
  if (typeof item === 'object' && item !== null && 'fileName' in item) return String(item.fileName);
  const text = String(item);
  const key = ITEM_KEY[column]?.(text);
  if (key && isMessageKey(key)) return translate(language, key);
  return codeWords(language, table, column, text) ?? text;
}

/** A value as the person reads it: words for codes, TT.MM.JJJJ for days, local time for instants, ja/nein. */
export function valueText(language: Language, timeZone: string, table: string, column: string, value: unknown): string {
  const t = (key: string) => translate(language, key);
  if (value === null || value === undefined || value === '') return t('disclosure.empty');
  if (YES_NO_COLUMNS.has(column) && (value === 0 || value === 1)) return t(value === 1 ? 'rightsUi.yes' : 'rightsUi.no');
  if (typeof value !== 'string') return String(value);
  // A separate name: isIsoDate's guard would otherwise narrow `value` to never for the checks below.
  const day: unknown = value;
  if (isIsoDate(day)) return formatIsoDate(day, language);
  if (TIMESTAMP.test(value)) return loggedTime(value, language, timeZone);
  const words = codeWords(language, table, column, value);
  if (words !== null) return words;
  if (value.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed))
        return parsed.length === 0 ? t('disclosure.empty') : parsed.map((item) => itemWords(language, table, column, item)).join(', ');
    } catch {
      return value;
    }
  }
  return value;
}

/** The history names a field as the core's input does (`familyName`); the Auskunft's words go by column. */
export function snake(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** An old or new value of the change history (stored as JSON) in the same words as the rows. */
export function historyValue(language: Language, timeZone: string, table: string, column: string, stored: unknown): string {
  if (stored === null || stored === undefined) return translate(language, 'disclosure.empty');
  let value: unknown = stored;
  try {
    value = JSON.parse(String(stored));
  } catch {
    // Stored before values were JSON: shown as it stands.
  }
  if (typeof value === 'boolean') value = value ? 1 : 0;
  if (Array.isArray(value)) value = JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return String(stored);
  return valueText(language, timeZone, table, column, value);
}

/** One row as a line of `label: value` pairs (the columns a person can read). */
export function rowText(language: Language, timeZone: string, table: string, row: Row): string[] {
  return Object.entries(row)
    .filter(([column]) => !NOT_PRINTED.has(column))
    .map(([column, value]) => `${label(language, table, column)}: ${valueText(language, timeZone, table, column, value)}`);
}
