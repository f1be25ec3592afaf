import type { CellContext, ColumnDef, SortingFn } from '@tanstack/react-table';
import { PHASES } from '@shared/kernel/vocabulary';
import type { MessageKey } from '@shared/i18n';
import { CASE_LIST_COLUMNS, DEFAULT_CASE_LIST_COLUMNS } from '@shared/settings/prefs';
import { useT } from '../../kernel/i18n';
import { PersonName } from '../../ui/privacyMode';
import { useFormatDate } from '../../ui/dates';
import { StateBadge } from '../../ui/StateBadge';
import type { CaseRow } from './caseRows';

/** The core's preference schema (`caseList.columns`) names the columns, in their default order. */
export const COLUMN_IDS = CASE_LIST_COLUMNS;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** The case code identifies the row (and is all that shows in privacy mode), so it cannot be hidden. */
export const FIXED_COLUMNS: ReadonlySet<ColumnId> = new Set(['code']);

/** Shown until the user chooses (the core answers the same default when nothing is stored). */
export const DEFAULT_VISIBLE_COLUMNS: readonly ColumnId[] = DEFAULT_CASE_LIST_COLUMNS;

/**
 * Each column's narrowest width in rem (caseList.css gives cells the same basis and lets them grow).
 * The default columns add up to 49 rem, which fits the 1024 px window beside the navigation.
 */
export const COLUMN_WIDTH_REM: Record<ColumnId, number> = {
  code: 8.5,
  name: 8,
  documentName: 9,
  birthDate: 7,
  age: 4,
  status: 9.5,
  statusUntil: 8,
  nextDeadline: 8,
  phase: 7,
  programme: 9,
  counsellor: 9,
  intakeDate: 6.5,
};

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
  return <span className="case-code">{row.original.code}</span>;
}

function NameCell({ row }: Cell) {
  return (
    <span className="case-grid-text">
      <PersonName familyName={row.original.familyName} givenNames={row.original.givenNames} />
    </span>
  );
}

/** A state badge whose words hide (for the eyes only) where the grid is too narrow for them. */
function GridBadge({ tone, label }: { tone: 'alert' | 'warning'; label: string }) {
  return (
    <StateBadge tone={tone}>
      <span className="badge-words">{label}</span>
    </StateBadge>
  );
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
  if (!currentStatus) return <span className="muted case-grid-text">{t('caseList.noStatus')}</span>;
  return <span className="status-name case-grid-text">{t(`caseList.statusShort.${currentStatus}`)}</span>;
}

/** The expiry as a date, and when it has passed or is near, a badge in words with an icon. */
function StatusUntilCell({ row }: Cell) {
  const t = useT();
  const formatDate = useFormatDate();
  const { currentStatus, currentStatusUntil, statusValidity } = row.original;
  if (!currentStatus) return null;
  if (!currentStatusUntil) return <span className="muted case-grid-text">{t('caseList.noExpiry')}</span>;
  return (
    <span className="status-cell">
      <span>{formatDate(currentStatusUntil)}</span>
      {statusValidity === 'expired' ? <GridBadge tone="alert" label={t('caseList.statusExpired')} /> : null}
      {statusValidity === 'expiring' ? <GridBadge tone="warning" label={t('caseList.statusExpiring')} /> : null}
    </span>
  );
}

const DEADLINE_TONE = { overdue: 'alert', thisWeek: 'warning' } as const;

/** Closed cases have no open deadline: the cell says the case is closed (the list's only mark of it). */
function NextDeadlineCell({ row }: Cell) {
  const t = useT();
  const formatDate = useFormatDate();
  const { nextDeadlineOn, deadlineState, isClosed } = row.original;
  if (isClosed) return <span className="case-closed case-grid-text">{t('caseList.closedCase')}</span>;
  if (!nextDeadlineOn) return <span className="muted case-grid-text">{t('caseList.deadline.none')}</span>;
  return (
    <span className="status-cell">
      <span>{formatDate(nextDeadlineOn)}</span>
      {/* Later deadlines need no mark: the date says it (the Fristen page lists the next 30 days). */}
      {deadlineState === 'overdue' || deadlineState === 'thisWeek' ? (
        <GridBadge tone={DEADLINE_TONE[deadlineState]} label={t(`caseList.deadline.${deadlineState}`)} />
      ) : null}
    </span>
  );
}

function PhaseCell({ row }: Cell) {
  const t = useT();
  return <span className="case-grid-text">{t(`vocab.phase.${row.original.phase}`)}</span>;
}

function ProgrammeCell({ row }: Cell) {
  const t = useT();
  return <span className="case-grid-text">{t(`vocab.programme.${row.original.programme}`)}</span>;
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
 * strings; a missing value sorts last in both directions. Every column says its first direction
 * (`sortDescFirst`): text and dates ascending (the soonest date first), numbers descending (TanStack's
 * own choice for them). Left to TanStack, the first click would depend on whether the first case
 * happens to have a value, and TanStack would build a row for every case to look at it.
 */
export const CASE_COLUMNS: ColumnDef<CaseRow, string | number | undefined>[] = [
  // Codes are ASCII with zero-padded numbers: a plain comparison orders them and is the cheapest.
  { id: 'code', accessorFn: (row) => row.code, cell: CodeCell, sortingFn: 'basic', sortDescFirst: false },
  { id: 'name', accessorFn: (row) => `${row.familyName} ${row.givenNames}`, cell: NameCell, sortingFn: byGermanText, sortDescFirst: false },
  {
    id: 'documentName',
    accessorFn: (row) =>
      row.documentFamilyName || row.documentGivenNames ? `${row.documentFamilyName ?? ''} ${row.documentGivenNames ?? ''}` : undefined,
    cell: DocumentNameCell,
    sortUndefined: 'last',
    sortingFn: byGermanText,
    sortDescFirst: false,
  },
  {
    id: 'birthDate',
    accessorFn: (row) => row.birthDate ?? undefined,
    cell: BirthDateCell,
    sortUndefined: 'last',
    sortingFn: 'basic',
    sortDescFirst: false,
  },
  { id: 'age', accessorFn: (row) => row.age ?? undefined, cell: AgeCell, sortUndefined: 'last', sortingFn: 'basic', sortDescFirst: true },
  {
    id: 'status',
    accessorFn: (row) => row.currentStatus ?? undefined,
    cell: StatusCell,
    sortUndefined: 'last',
    sortingFn: 'basic',
    sortDescFirst: false,
  },
  {
    id: 'statusUntil',
    accessorFn: (row) => row.currentStatusUntil ?? undefined,
    cell: StatusUntilCell,
    sortUndefined: 'last',
    sortingFn: 'basic',
    sortDescFirst: false,
  },
  {
    id: 'nextDeadline',
    accessorFn: (row) => row.nextDeadlineOn ?? undefined,
    cell: NextDeadlineCell,
    sortUndefined: 'last',
    sortingFn: 'basic',
    sortDescFirst: false,
  },
  { id: 'phase', accessorFn: (row) => PHASES.indexOf(row.phase), cell: PhaseCell, sortingFn: 'basic', sortDescFirst: true },
  { id: 'programme', accessorFn: (row) => row.programme, cell: ProgrammeCell, sortingFn: 'basic', sortDescFirst: false },
  {
    id: 'counsellor',
    accessorFn: (row) => row.counsellorName,
    cell: ({ row }) => <span className="case-grid-text">{row.original.counsellorName}</span>,
    sortingFn: byGermanText,
    sortDescFirst: false,
  },
  { id: 'intakeDate', accessorFn: (row) => row.intakeDate, cell: IntakeDateCell, sortingFn: 'basic', sortDescFirst: false },
];
