import { useMemo } from 'react';
import { PHASES, RESIDENCE_STATUSES } from '@shared/kernel/vocabulary';
import { useT } from '../../kernel/i18n';
import { FilterSelect, filterOptions, type FilterOption } from '../../ui/FilterSelect';
import type { CaseFilters, CaseRow } from './caseRows';

const DEADLINE_STATES = ['overdue', 'thisWeek', 'next30Days', 'later', 'none'] as const;
const OPEN_STATES = ['open', 'closed', 'all'] as const;

/**
 * The list filters. Values come from closed lists, so a select (keyboard: arrows, type-ahead) fits;
 * counsellors are the ones that occur in the cases. Every change applies at once.
 */
export function CaseFilterBar({
  rows,
  filters,
  onChange,
}: {
  rows: readonly CaseRow[];
  filters: CaseFilters;
  onChange: (filters: CaseFilters) => void;
}) {
  const t = useT();
  const counsellors = useMemo(() => {
    const byId = new Map<string, string>();
    for (const row of rows) byId.set(row.counsellorId, row.counsellorName);
    return [...byId].sort(([, left], [, right]) => left.localeCompare(right, 'de'));
  }, [rows]);
  const all = { value: 'all', label: t('caseList.filter.all') };
  const shown: { key: keyof CaseFilters; label: string; options: FilterOption[] }[] = [
    {
      key: 'status',
      label: t('caseList.filter.status'),
      options: [
        all,
        ...filterOptions(RESIDENCE_STATUSES, (status) => t(`caseList.statusShort.${status}`)),
        { value: 'none', label: t('caseList.noStatus') },
      ],
    },
    { key: 'phase', label: t('caseList.filter.phase'), options: [all, ...filterOptions(PHASES, (phase) => t(`vocab.phase.${phase}`))] },
    {
      key: 'counsellorId',
      label: t('caseList.filter.counsellor'),
      options: [all, ...counsellors.map(([id, name]) => ({ value: id, label: name }))],
    },
    {
      key: 'deadlineState',
      label: t('caseList.filter.deadline'),
      options: [all, ...filterOptions(DEADLINE_STATES, (state) => t(`caseList.deadline.${state}`))],
    },
    {
      key: 'openState',
      label: t('caseList.filter.openState'),
      options: filterOptions(OPEN_STATES, (state) => t(`caseList.openState.${state}`)),
    },
  ];
  return (
    <div className="filter-bar" role="group" aria-label={t('caseList.filters.label')}>
      {shown.map(({ key, label, options }) => (
        // The values are our own option values, so narrowing them back is safe.
        <FilterSelect
          key={key}
          label={label}
          value={filters[key]}
          options={options}
          onChange={(value) => onChange({ ...filters, [key]: value })}
        />
      ))}
    </div>
  );
}
