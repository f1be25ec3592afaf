import type { AuditEntry, AuditFilter } from '@shared/audit/domain';
import {
  ACCESS_REASON_LABEL,
  ACCOUNT_OBJECT_KEY,
  SYSTEM_ACTOR_KEY,
  UNKNOWN_ACTION_KEY,
  actionLabelKeys,
  erasureReasonKeyOf,
  itemWordsKey,
} from '@shared/audit/words';
import { isMessageKey, translate } from '@shared/i18n';
import type { Language } from '@shared/kernel/language';

/**
 * The words of the access-log files (CSV and PDF) for the data-protection officer: the same words
 * as the log screen (actions, accounts, reasons; shared rules in @shared/audit/words), every time
 * with its time zone, and a head that says exactly what the file counts — up to which entry, and
 * whether and when that state was checked.
 */

export const EXPORT_COLUMNS = [
  'seq',
  'at',
  'atIso',
  'user',
  'role',
  'action',
  'object',
  'item',
  'reason',
  'breakGlass',
  'detailsHash',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** The last check of the log in this session (set by „Protokoll prüfen“ and the checkpoint comparison). */
export interface LogCheck {
  upToSeq: number | null;
  at: string;
  intact: boolean;
}

export interface ExportContext {
  language: Language;
  /** IANA time zone of the workstation, e.g. Europe/Berlin. */
  timeZone: string;
  accountNames: ReadonlyMap<string, string>;
  /** What the file counts: `count` entries matching the filter, up to entry `upToSeq` (written at `upToAt`). */
  scope: { count: number; upToSeq: number; upToAt: string | null };
  check: LogCheck | null;
  filter: AuditFilter;
  createdAt: Date;
  createdBy: string;
  isTraining: boolean;
}

const LOCALE: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** "21.11.2026 10:00:05 MEZ": the screen's day and time to the second, with the zone's name. */
export function loggedTime(iso: string, language: Language, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString(LOCALE[language], { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const time = date.toLocaleTimeString(LOCALE[language], { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const zone = new Intl.DateTimeFormat(LOCALE[language], { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  return zone ? `${day} ${time} ${zone}` : `${day} ${time}`;
}

/** "2026-11-21T10:00:05+01:00": local time with its offset from UTC, for spreadsheets and scripts. */
export function isoWithOffset(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const offset = String(parts.timeZoneName ?? 'GMT').replace(/^GMT/, '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

function firstKey(candidates: readonly (string | null)[]): string | null {
  return candidates.find((key): key is string => key !== null && isMessageKey(key)) ?? null;
}

/** The action in the screen's words; an action without words shows its code inside them. */
export function actionWords(action: string, language: Language): string {
  const key = firstKey(actionLabelKeys(action));
  return key ? translate(language, key) : translate(language, UNKNOWN_ACTION_KEY, { action });
}

function objectWords(entry: AuditEntry, context: ExportContext): string {
  if (entry.object === null) return '';
  const account = context.accountNames.get(entry.object);
  return account === undefined ? entry.object : translate(context.language, ACCOUNT_OBJECT_KEY, { name: account });
}

/** „Dokument 6f1c…“: the item an entry names within its case, in the screen's words ('' for none). */
export function itemWords(entry: AuditEntry, language: Language): string {
  return entry.item === null ? '' : translate(language, itemWordsKey(entry.action), { item: entry.item });
}

function reasonWords(entry: AuditEntry, language: Language): string {
  const label = entry.reasonKind ? translate(language, ACCESS_REASON_LABEL[entry.reasonKind]) : null;
  const erasureKey = entry.reasonKind ? null : firstKey([erasureReasonKeyOf(entry.reasonText)]);
  const text = erasureKey ? translate(language, erasureKey) : entry.reasonText;
  return [label, text].filter(Boolean).join(': ');
}

/** One entry's cells in the order of EXPORT_COLUMNS. */
export function entryCells(entry: AuditEntry, context: ExportContext): Record<ExportColumn, string> {
  const { language } = context;
  return {
    seq: String(entry.seq),
    at: loggedTime(entry.at, language, context.timeZone),
    atIso: isoWithOffset(entry.at, context.timeZone),
    user: entry.userName ?? translate(language, SYSTEM_ACTOR_KEY),
    role: entry.role ? translate(language, entry.role === 'supervisor' ? 'role.supervisor' : 'role.counsellor') : '',
    action: actionWords(entry.action, language),
    object: objectWords(entry, context),
    // The bare id: a spreadsheet can match it against the case's documents.
    item: entry.item ?? '',
    reason: reasonWords(entry, language),
    breakGlass: translate(language, entry.breakGlass ? 'audit.export.yes' : 'audit.export.no'),
    detailsHash: entry.detailsHash ?? '',
  };
}

export function columnTitle(column: ExportColumn, language: Language): string {
  return translate(language, `audit.column.${column}`);
}

export function describeFilter(filter: AuditFilter, language: Language, userName: string | null): string {
  const parts: string[] = [];
  if (userName) parts.push(`${translate(language, 'audit.column.user')}: ${userName}`);
  if (filter.caseCode) parts.push(`${translate(language, 'audit.column.object')}: ${filter.caseCode}`);
  if (filter.item) parts.push(translate(language, 'audit.item.document', { item: filter.item }));
  if (filter.action) parts.push(`${translate(language, 'audit.column.action')}: ${actionWords(filter.action, language)}`);
  if (filter.from || filter.to) parts.push(`${translate(language, 'audit.export.period')}: ${filter.from ?? '…'} – ${filter.to ?? '…'}`);
  if (filter.breakGlassOnly) parts.push(translate(language, 'audit.export.breakGlassOnly'));
  return parts.length > 0 ? parts.join(' · ') : translate(language, 'audit.export.noFilter');
}

function checkWords(context: ExportContext): string {
  const { check, language, scope, timeZone } = context;
  if (!check || check.upToSeq === null) return translate(language, 'audit.export.notChecked');
  const params = { at: loggedTime(check.at, language, timeZone), seq: check.upToSeq };
  if (check.upToSeq !== scope.upToSeq) return translate(language, 'audit.export.checkedOther', params);
  return translate(language, check.intact ? 'audit.export.checkedIntact' : 'audit.export.checkedChanged', params);
}

/** The head of both files: label and value per line, in reading order. */
export function headLines(context: ExportContext): [string, string][] {
  const { language, scope, timeZone } = context;
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, key, params);
  const lines: [string, string][] = [];
  if (context.isTraining) lines.push([t('training.banner'), t('training.fileMarker')]);
  lines.push([
    t('audit.export.scopeLabel'),
    scope.upToAt
      ? t('audit.export.scope', { count: scope.count, seq: scope.upToSeq, at: loggedTime(scope.upToAt, language, timeZone) })
      : t('audit.export.scopeEmpty'),
  ]);
  lines.push([t('audit.export.checkLabel'), checkWords(context)]);
  const userName = context.filter.userId ? (context.accountNames.get(context.filter.userId) ?? null) : null;
  lines.push([t('audit.export.filterLabel'), describeFilter(context.filter, language, userName)]);
  lines.push([
    t('audit.export.createdLabel'),
    t('audit.export.created', { at: loggedTime(context.createdAt.toISOString(), language, timeZone), by: context.createdBy }),
  ]);
  lines.push([t('audit.export.timeZoneLabel'), t('audit.export.timeZone', { zone: timeZone })]);
  return lines;
}
