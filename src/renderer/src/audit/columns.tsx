import { createContext, useContext, type ReactNode } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import type { AuditEntry } from '@shared/domain/audit';
import type { MessageKey } from '@shared/i18n';
import { useI18n } from '../i18n';
import { actionLabel, formatDateTime } from './formatAudit';

/** One row of the virtualised table: its position in the filtered log and, once loaded, the entry. */
export interface AuditRow {
  index: number;
  entry: AuditEntry | null;
}

/** Account names by id, for entries whose object is an account (user.create, user.disable …). */
export const AccountNamesContext = createContext<ReadonlyMap<string, string>>(new Map());

const REASON_LABEL = {
  substitution: 'access.reason.substitution',
  caseConference: 'access.reason.caseConference',
  other: 'access.reason.other',
} as const satisfies Record<NonNullable<AuditEntry['reasonKind']>, MessageKey>;

export const COLUMN_IDS = ['seq', 'at', 'user', 'role', 'action', 'object', 'reason', 'breakGlass'] as const;
export type AuditColumnId = (typeof COLUMN_IDS)[number];

export const COLUMN_LABEL: Record<AuditColumnId, MessageKey> = {
  seq: 'audit.column.seq',
  at: 'audit.column.at',
  user: 'audit.column.user',
  role: 'audit.column.role',
  action: 'audit.column.action',
  object: 'audit.column.object',
  reason: 'audit.column.reason',
  breakGlass: 'auditUi.column.breakGlass',
};

function Loading() {
  const { t } = useI18n();
  return <span className="audit-loading">{t('auditUi.table.loadingRow')}</span>;
}

function TimeCell({ entry }: { entry: AuditEntry }) {
  const { language } = useI18n();
  return <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>;
}

function UserCell({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  return <>{entry.userName ?? t('auditUi.table.system')}</>;
}

function RoleCell({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  if (!entry.role) return <>–</>;
  return <>{t(entry.role === 'supervisor' ? 'role.supervisor' : 'role.counsellor')}</>;
}

function ActionCell({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const label = actionLabel(entry.action);
  return <>{t(label.key, label.params)}</>;
}

function ObjectCell({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const names = useContext(AccountNamesContext);
  if (entry.object === null) return <>–</>;
  const account = names.get(entry.object);
  if (account !== undefined) return <>{t('auditUi.table.account', { name: account })}</>;
  return <span className="case-code">{entry.object}</span>;
}

function ReasonCell({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  if (!entry.reasonKind) return <>{entry.reasonText ?? ''}</>;
  const label = t(REASON_LABEL[entry.reasonKind]);
  return <>{entry.reasonText ? `${label}: ${entry.reasonText}` : label}</>;
}

function BreakGlassCell({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  if (!entry.breakGlass) return <span className="visually-hidden">{t('auditUi.table.noBreakGlass')}</span>;
  return (
    <span className="break-glass-flag">
      <span className="break-glass-icon" aria-hidden="true">
        ⚠
      </span>
      {t('auditUi.table.breakGlass')}
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
  column.display({ id: 'role', cell: ({ row }) => (row.original.entry ? <RoleCell entry={row.original.entry} /> : null) }),
  column.display({ id: 'action', cell: ({ row }) => (row.original.entry ? <ActionCell entry={row.original.entry} /> : null) }),
  column.display({ id: 'object', cell: ({ row }) => (row.original.entry ? <ObjectCell entry={row.original.entry} /> : null) }),
  column.display({ id: 'reason', cell: ({ row }) => (row.original.entry ? <ReasonCell entry={row.original.entry} /> : null) }),
  column.display({ id: 'breakGlass', cell: ({ row }) => (row.original.entry ? <BreakGlassCell entry={row.original.entry} /> : null) }),
];
