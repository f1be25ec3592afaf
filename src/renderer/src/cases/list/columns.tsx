import type { CellContext, ColumnDef, SortingFn } from '@tanstack/react-table';
import { PHASES } from '@shared/kernel/vocabulary';
import type { MessageKey } from '@shared/i18n';
import { useT } from '../../kernel/i18n';
import { PersonName } from '../../ui/privacyMode';
import { useFormatDate } from '../../ui/dates';
import { StateBadge } from '../../ui/StateBadge';
import type { CaseRow, DeadlineState } from './caseRows';

/** Same ids and order as the core's preference schema (`caseList.columns`). */
export const COLUMN_IDS = [
  'code',
  'name',
  'documentName',
  'birthDate',
  'age',
  'status',
  'statusUntil',
  'nextDeadline',
  'phase',
  'programme',
  'counsellor',
  'intakeDate',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** The case code identifies the row (and is all that shows in privacy mode), so it cannot be hidden. */
export const FIXED_COLUMNS: ReadonlySet<ColumnId> = new Set(['code']);

/** Shown until the user chooses (the core answers the same default when nothing is stored). */
export const DEFAULT_VISIBLE_COLUMNS: readonly ColumnId[] = [
  'code',
  'name',
  'status',
  'statusUntil',
  'nextDeadline',
  'phase',
  'counsellor',
];

export const COLUMN_LABEL: Record<ColumnId, MessageKey> = {
  code: 'caseList.column.code',
  name: 'caseList.column.name',
  documentName: 'caseList.column.documentName',
  birthDate: 'caseList.column.birthDate',
  age: 'caseList.column.age',
  status: 'caseList.column.status',
  statusUntil: 'caseList.column.statusUntil',
  nextDeadline: 'caseList.column.nextDeadline',
  phase: 'caseList.column.phase',
  programme: 'caseList.column.programme',
  counsellor: 'caseList.column.counsellor',
  intakeDate: 'caseList.column.intakeDate',
};

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
const byGermanText: SortingFn<CaseRow> = (left, right, columnId) =>
  collator.compare(String(left.getValue(columnId) ?? ''), String(right.getValue(columnId) ?? ''));

type Cell = CellContext<CaseRow, string | number | undefined>;

function CodeCell({ row }: Cell) {
  const t = useT();
  return (
    <span className="case-code-cell">
      <span className="case-code">{row.original.code}</span>
      {row.original.isClosed ? <span className="case-closed">{t('caseList.closed')}</span> : null}
    </span>
  );
}

function NameCell({ row }: Cell) {
  return <PersonName familyName={row.original.familyName} givenNames={row.original.givenNames} />;
}

/** The name as in the document (Latin letters), where one is recorded; hidden in privacy mode like the name. */
function DocumentNameCell({ row }: Cell) {
  const { documentFamilyName, documentGivenNames } = row.original;
  if (!documentFamilyName && !documentGivenNames) return null;
  return <PersonName familyName={documentFamilyName ?? ''} givenNames={documentGivenNames ?? ''} />;
}

function AgeCell({ row }: Cell) {
  const t = useT();
  return row.original.age === null ? <span className="muted">{t('caseList.unknown')}</span> : <>{row.original.age}</>;
}

function StatusCell({ row }: Cell) {
  const t = useT();
  const { currentStatus } = row.original;
  if (!currentStatus) return <span className="muted">{t('caseList.noStatus')}</span>;
  return <span className="status-name">{t(`caseList.statusShort.${currentStatus}`)}</span>;
}

/** The expiry as a date, and when it has passed or is near, a badge in words with an icon. */
function StatusUntilCell({ row }: Cell) {
  const t = useT();
  const formatDate = useFormatDate();
  const { currentStatus, currentStatusUntil, statusValidity } = row.original;
  if (!currentStatus) return null;
  if (!currentStatusUntil) return <span className="muted">{t('caseList.noExpiry')}</span>;
  return (
    <span className="status-cell">
      <span>{formatDate(currentStatusUntil)}</span>
      {statusValidity === 'expired' ? <StateBadge tone="alert">{t('caseList.statusExpired')}</StateBadge> : null}
      {statusValidity === 'expiring' ? <StateBadge tone="warning">{t('caseList.statusExpiring')}</StateBadge> : null}
    </span>
  );
}

const DEADLINE_TONE = { overdue: 'alert', thisWeek: 'warning', next30Days: 'info' } as const;

export function DeadlineStateText({ state }: { state: DeadlineState }) {
  const t = useT();
  const label = t(`caseList.deadline.${state}`);
  if (state === 'overdue' || state === 'thisWeek' || state === 'next30Days') {
    return <StateBadge tone={DEADLINE_TONE[state]}>{label}</StateBadge>;
  }
  return <span className="deadline-state-plain">{label}</span>;
}

function NextDeadlineCell({ row }: Cell) {
  const t = useT();
  const formatDate = useFormatDate();
  const { nextDeadlineOn, deadlineState } = row.original;
  if (!nextDeadlineOn) return <span className="muted">{t('caseList.deadline.none')}</span>;
  return (
    <span className="status-cell">
      <span>{formatDate(nextDeadlineOn)}</span>
      {deadlineState !== 'later' ? <DeadlineStateText state={deadlineState} /> : null}
    </span>
  );
}

function PhaseCell({ row }: Cell) {
  const t = useT();
  return <>{t(`vocab.phase.${row.original.phase}`)}</>;
}

function ProgrammeCell({ row }: Cell) {
  const t = useT();
  return <>{t(`vocab.programme.${row.original.programme}`)}</>;
}

function IntakeDateCell({ row }: Cell) {
  const formatDate = useFormatDate();
  return <>{formatDate(row.original.intakeDate)}</>;
}

function BirthDateCell({ row }: Cell) {
  const t = useT();
  const formatDate = useFormatDate();
  const { birthDate } = row.original;
  return birthDate ? <>{formatDate(birthDate)}</> : <span className="muted">{t('caseList.unknown')}</span>;
}

/**
 * Module scope, so the table never sees new column objects between renders. Dates sort as ISO
 * strings; a missing value sorts last in both directions.
 */
export const CASE_COLUMNS: ColumnDef<CaseRow, string | number | undefined>[] = [
  // Codes are ASCII with zero-padded numbers: a plain comparison orders them and is the cheapest.
  { id: 'code', accessorFn: (row) => row.code, cell: CodeCell, sortingFn: 'basic' },
  { id: 'name', accessorFn: (row) => `${row.familyName} ${row.givenNames}`, cell: NameCell, sortingFn: byGermanText },
  {
    id: 'documentName',
    accessorFn: (row) =>
      row.documentFamilyName || row.documentGivenNames ? `${row.documentFamilyName ?? ''} ${row.documentGivenNames ?? ''}` : undefined,
    cell: DocumentNameCell,
    sortUndefined: 'last',
    sortingFn: byGermanText,
  },
  { id: 'birthDate', accessorFn: (row) => row.birthDate ?? undefined, cell: BirthDateCell, sortUndefined: 'last', sortingFn: 'basic' },
  { id: 'age', accessorFn: (row) => row.age ?? undefined, cell: AgeCell, sortUndefined: 'last', sortingFn: 'basic' },
  { id: 'status', accessorFn: (row) => row.currentStatus ?? undefined, cell: StatusCell, sortUndefined: 'last', sortingFn: 'basic' },
  {
    id: 'statusUntil',
    accessorFn: (row) => row.currentStatusUntil ?? undefined,
    cell: StatusUntilCell,
    sortUndefined: 'last',
    sortingFn: 'basic',
  },
  {
    id: 'nextDeadline',
    accessorFn: (row) => row.nextDeadlineOn ?? undefined,
    cell: NextDeadlineCell,
    sortUndefined: 'last',
    sortingFn: 'basic',
  },
  { id: 'phase', accessorFn: (row) => PHASES.indexOf(row.phase), cell: PhaseCell, sortingFn: 'basic' },
  { id: 'programme', accessorFn: (row) => row.programme, cell: ProgrammeCell, sortingFn: 'basic' },
  {
    id: 'counsellor',
    accessorFn: (row) => row.counsellorName,
    cell: ({ row }) => <>{row.original.counsellorName}</>,
    sortingFn: byGermanText,
  },
  { id: 'intakeDate', accessorFn: (row) => row.intakeDate, cell: IntakeDateCell, sortingFn: 'basic' },
];
