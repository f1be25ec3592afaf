import { createContext, useContext, type ReactNode } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import type { AuditEntry } from '@shared/audit/domain';
import type { MessageKey } from '@shared/i18n';
import { useI18n } from '../kernel/i18n';
import { formatLoggedTime } from '../ui/dates';
import { actionLabel, erasureReasonKey, itemLabel } from './formatAudit';

/** One row of the virtualised table: its position in the filtered log and, once loaded, the entry. */
export interface AuditRow {
  index: number;
  entry: AuditEntry | null;
}

/** Account names by id, for entries whose object is an account (user.create, user.disable …). */
export const AccountNamesContext = createContext<ReadonlyMap<string, string>>(new Map());

/** Narrows the view to the entries about one item of a case (a click on „Dokument …“ in a row). */
export const FilterByItemContext = createContext<((caseCode: string, item: string) => void) | null>(null);

const REASON_LABEL = {
  substitution: 'access.reason.substitution',
  caseConference: 'access.reason.caseConference',
  other: 'access.reason.other',
} as const satisfies Record<NonNullable<AuditEntry['reasonKind']>, MessageKey>;

export const COLUMN_IDS = ['seq', 'at', 'user', 'action', 'object', 'reason'] as const;
export type AuditColumnId = (typeof COLUMN_IDS)[number];

export const COLUMN_LABEL: Record<AuditColumnId, MessageKey> = {
  seq: 'audit.column.seq',
  at: 'audit.column.at',
  user: 'audit.column.user',
  action: 'audit.column.action',
  object: 'audit.column.object',
  reason: 'auditUi.column.reason',
};

function Loading() {
  const { t } = useI18n();
  return <span className="audit-loading">{t('auditUi.table.loadingRow')}</span>;
}

function TimeCell({ entry }: { entry: AuditEntry }) {
  const { language } = useI18n();
  return <time dateTime={entry.at}>{formatLoggedTime(entry.at, language)}</time>;
}

/** Who, with the role in words after the name (one column keeps the log readable at 1024 px). */
function UserCell({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  return (
    <>
      {entry.userName ?? t('auditUi.table.system')}
      {entry.role ? <span className="audit-role"> · {t(entry.role === 'supervisor' ? 'role.supervisor' : 'role.counsellor')}</span> : null}
    </>
  );
}

function ActionCell({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const label = actionLabel(entry.action);
  return <>{t(label.key, label.params)}</>;
}

/** The case code (or account) and, below it, the item within the case (a document id) when the entry names one. */
function ObjectCell({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const names = useContext(AccountNamesContext);
  const filterByItem = useContext(FilterByItemContext);
  const { object, item } = entry;
  if (object === null) return <>–</>;
  const account = names.get(object);
  if (account !== undefined) return <>{t('auditUi.table.account', { name: account })}</>;
  const label = itemLabel(entry);
  const words = label ? t(label.key, label.params) : null;
  return (
    <>
      <span className="code-mono">{object}</span>
      {words && item !== null ? (
        filterByItem ? (
          <>
            {' '}
            <button
              type="button"
              className="audit-item audit-item-button"
              title={t('auditUi.table.filterItem')}
              onClick={() => filterByItem(object, item)}
            >
              {words}
            </button>
          </>
        ) : (
          <span className="audit-item" title={item}>
            {' '}
            {words}
          </span>
        )
      ) : null}
    </>
  );
}

/**
 * The reason given for a colleague's case. A break-the-glass access is marked with an icon and the
 * word "Notfallzugriff" (never colour alone); other entries have no reason.
 */
function ReasonCell({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const label = entry.reasonKind ? t(REASON_LABEL[entry.reasonKind]) : null;
  const erasureKey = entry.reasonKind ? null : erasureReasonKey(entry.reasonText);
  const text = erasureKey ? t(erasureKey) : entry.reasonText;
  const reason = [label, text].filter(Boolean).join(': ');
  if (!entry.breakGlass) return <>{reason || '–'}</>;
  return (
    <span className="break-glass-flag">
      <span className="break-glass-icon" aria-hidden="true">
        ⚠
      </span>
      {t('auditUi.table.breakGlass', { reason: reason || t('auditUi.table.noReason') })}
    </span>
  );
}

const column = createColumnHelper<AuditRow>();

function entryCell(render: (entry: AuditEntry) => ReactNode) {
  return ({ row }: { row: { original: AuditRow } }) => (row.original.entry ? render(row.original.entry) : <Loading />);
}

/** Column definitions at module scope (stable across renders); cells read words through hooks. */
export const AUDIT_COLUMNS = [
  column.display({ id: 'seq', cell: ({ row }) => row.original.entry?.seq.toString() ?? '' }),
  column.display({ id: 'at', cell: entryCell((entry) => <TimeCell entry={entry} />) }),
  column.display({ id: 'user', cell: ({ row }) => (row.original.entry ? <UserCell entry={row.original.entry} /> : null) }),
  column.display({ id: 'action', cell: ({ row }) => (row.original.entry ? <ActionCell entry={row.original.entry} /> : null) }),
  column.display({ id: 'object', cell: ({ row }) => (row.original.entry ? <ObjectCell entry={row.original.entry} /> : null) }),
  column.display({ id: 'reason', cell: ({ row }) => (row.original.entry ? <ReasonCell entry={row.original.entry} /> : null) }),
];
